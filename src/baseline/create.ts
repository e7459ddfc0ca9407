import type { Finding } from '../findings/types.js';
import { baselineKey, planPathFromBaseline } from './key.js';
import type { Baseline, BaselineEntry, BaselineFile } from './types.js';

export interface CreateBaselineOptions {
  /** Where the baseline will be written (entries' paths are relative to its folder). */
  baselineDir: string;
  cwd: string;
  /** `--now` as YYYY-MM-DD: recorded as `first_seen` for entries that are new. */
  today?: string;
  /** The baseline used in this run, if any: its entries keep their `first_seen`. */
  previous?: Baseline;
}

/** The current open findings as a baseline, sorted by file, rule id, pointer, fingerprint; no duplicates. */
export function createBaseline(findings: readonly Finding[], options: CreateBaselineOptions): BaselineFile {
  const firstSeen = new Map<string, string>();
  for (const entry of options.previous?.entries ?? []) {
    if (entry.first_seen !== undefined) firstSeen.set(baselineKey(entry.file, entry.fingerprint), entry.first_seen);
  }
  const byKey = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    if (finding.status === 'waived') continue;
    const file = planPathFromBaseline(options.baselineDir, finding.location.file, options.cwd);
    const key = baselineKey(file, finding.fingerprint);
    if (byKey.has(key)) continue;
    const seen = firstSeen.get(key) ?? options.today;
    byKey.set(key, {
      file,
      fingerprint: finding.fingerprint,
      rule_id: finding.rule_id,
      pointer: finding.target_pointer,
      ...(seen !== undefined ? { first_seen: seen } : {}),
    });
  }
  const entries = [...byKey.values()].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.rule_id, b.rule_id) || cmp(a.pointer, b.pointer) || cmp(a.fingerprint, b.fingerprint),
  );
  return { schema_version: '1', entries };
}

/** Deterministic JSON text of a baseline. */
export function serializeBaseline(baseline: BaselineFile): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
