import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors/user-error.js';
import { compareText } from '../findings/sort.js';
import './messages.js';

/** Folders inside a policy tree that never hold rules. */
const SKIPPED_FOLDERS = new Set(['profiles', 'node_modules']);

/**
 * Every file under a policy folder, sorted, skipping `profiles/` (profiles are not rules),
 * hidden entries and node_modules. Which of them are rules is up to the loaders.
 */
export function listPolicyFiles(dir: string): string[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new UserError('rules.policies_dir_missing', { dir }, { file: dir });
  }
  if (!stat.isDirectory()) throw new UserError('rules.policies_dir_missing', { dir }, { file: dir });
  const out: string[] = [];
  walk(dir, out);
  return out.sort(compareText);
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(path, out);
    } else if (entry.isFile()) out.push(path);
  }
}
