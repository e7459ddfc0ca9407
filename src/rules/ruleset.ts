import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UserError, UserErrors } from '../errors/user-error.js';
import { packageRoot, toolVersion } from '../cli/version.js';
import { compareText } from '../findings/sort.js';
import { listPolicyFiles } from './discover.js';
import { policyLoaders, type PolicyLoader } from './loaders.js';
import type { RuleEvaluator } from './types.js';
import './messages.js';

/** The rules of one run and the identity of the files they came from. */
export interface Ruleset {
  /** Sorted by rule id; ids are unique. */
  rules: RuleEvaluator[];
  /** Tool version plus the first 12 hex digits of `sha256`. */
  revision: string;
  /** SHA-256 over the sorted SHA-256 digests of every rule file's content (independent of paths). */
  sha256: string;
  files: string[];
}

export interface RulesetOptions {
  /** Extra policy folders (`--policies`, repeatable), relative to `cwd`. */
  policyDirs?: string[];
  /** Load the shipped `policies/` folder (default true). */
  includeShipped?: boolean;
  cwd?: string;
  /** Engines to use (default: every registered loader). */
  loaders?: PolicyLoader[];
}

/** The shipped policy folder (holds the `pipl` pack; `profiles/` is skipped). */
export function shippedPoliciesDir(): string {
  return join(packageRoot(), 'policies');
}

/** Discovers, loads and checks every rule: all mistakes of all files are reported together. */
export async function loadRuleset(options: RulesetOptions = {}): Promise<Ruleset> {
  const cwd = options.cwd ?? process.cwd();
  const dirs = [
    ...(options.includeShipped === false ? [] : [shippedPoliciesDir()]),
    ...(options.policyDirs ?? []).map((dir) => resolve(cwd, dir)),
  ];
  const files = [...new Set(dirs.flatMap((dir) => listPolicyFiles(dir)))];
  const loaders = options.loaders ?? policyLoaders;
  const claimed: string[] = [];
  const rules: RuleEvaluator[] = [];
  const errors: UserError[] = [];
  for (const loader of loaders) {
    const mine = files.filter((file) => loader.claims(basename(file)));
    if (mine.length === 0) continue;
    claimed.push(...mine);
    try {
      rules.push(...(await loader.load(mine)));
    } catch (error) {
      if (error instanceof UserError) errors.push(error);
      else if (error instanceof UserErrors) errors.push(...error.errors);
      else throw error;
    }
  }
  errors.push(...duplicateIds(rules));
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new UserErrors(errors);
  return assembleRuleset(rules, claimed);
}

/** Builds a ruleset from rules already loaded (tests, `policy test`), hashing the given files. */
export function assembleRuleset(rules: RuleEvaluator[], files: string[]): Ruleset {
  const digests = files.map((file) => createHash('sha256').update(readFileSync(file)).digest('hex')).sort(compareText);
  const sha256 = createHash('sha256').update(digests.join('\n')).digest('hex');
  return {
    rules: [...rules].sort((a, b) => compareText(a.meta.id, b.meta.id)),
    revision: `${toolVersion()}+${sha256.slice(0, 12)}`,
    sha256,
    files: [...files].sort(compareText),
  };
}

/** The first definition (shipped policies, then `--policies` folders in order) wins; later ones are errors. */
function duplicateIds(rules: RuleEvaluator[]): UserError[] {
  const byId = new Map<string, RuleEvaluator>();
  const errors: UserError[] = [];
  for (const rule of rules) {
    const first = byId.get(rule.meta.id);
    if (!first) {
      byId.set(rule.meta.id, rule);
      continue;
    }
    errors.push(
      new UserError(
        'rules.duplicate_id',
        { id: rule.meta.id, other: `${first.meta.source.file}:${first.meta.source.line}` },
        { file: rule.meta.source.file, line: rule.meta.source.line, column: 1, pointer: '/id' },
      ),
    );
  }
  return errors;
}
