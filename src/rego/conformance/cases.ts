/**
 * Reading OPA conformance case files (YAML 1.1, see the folder's README) and the INDEX.tsv
 * that classifies folders (core language vs builtin families).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ConformanceCase {
  note: string;
  query: string;
  modules?: string[];
  data?: unknown;
  input?: unknown;
  input_term?: string;
  want_result?: Record<string, unknown>[];
  want_error_code?: string;
  want_error?: string;
  strict_error?: boolean;
  sort_bindings?: boolean;
  ignore_generated_vars?: boolean;
}

export interface CaseRef {
  folder: string;
  file: string;
  index: number;
}

/** Every case file of a conformance root, as `folder/file.yaml`, sorted. */
export function listCaseFiles(root: string): { folder: string; file: string }[] {
  const out: { folder: string; file: string }[] = [];
  for (const folder of readdirSync(root).sort()) {
    const dir = join(root, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.yaml') || f.endsWith('.yml')) out.push({ folder, file: join(folder, f) });
  }
  return out;
}

/** Parses one case file with YAML 1.1 rules (`yes`/`no`/`on`/`off` are booleans) and exact integers. */
export function readCaseFile(path: string): ConformanceCase[] {
  const doc = parse(readFileSync(path, 'utf8'), { version: '1.1', intAsBigInt: true }) as { cases?: ConformanceCase[] } | null;
  return doc?.cases ?? [];
}

/** folder -> class (`core`, `builtin:strings`...) from INDEX.tsv next to the case root. */
export function readIndex(path: string): Map<string, string> {
  const out = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n').slice(1)) {
    const [folder, , , cls] = line.split('\t');
    if (folder && cls) out.set(folder, cls.trim());
  }
  return out;
}
