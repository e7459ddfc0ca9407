import type { Finding } from '../findings/types.js';
import type { StaleBaselineEntry } from '../reports/model.js';
import { baselineKey, planPathFromBaseline } from './key.js';
import type { Baseline } from './types.js';

export interface BaselineOutcome {
  findings: Finding[];
  stale: StaleBaselineEntry[];
}

/**
 * Open findings whose plan and fingerprint are in the baseline become `baselined` (they no longer
 * fail the run). Entries for a plan checked in this run that match no finding at all are stale.
 * Entries for plans not checked in this run are left alone.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, checkedPlans: readonly string[], cwd: string = process.cwd()): BaselineOutcome {
  const known = new Set(baseline.entries.map((e) => baselineKey(e.file, e.fingerprint)));
  const found = new Set<string>();
  const paths = new Map<string, string>();
  const pathOf = (file: string) => {
    let path = paths.get(file);
    if (path === undefined) {
      path = planPathFromBaseline(baseline.dir, file, cwd);
      paths.set(file, path);
    }
    return path;
  };
  const out = findings.map((finding) => {
    const key = baselineKey(pathOf(finding.location.file), finding.fingerprint);
    found.add(key);
    if (finding.status !== 'open' || !known.has(key)) return finding;
    return { ...finding, status: 'baselined' as const };
  });
  const checked = new Set(checkedPlans.map(pathOf));
  const stale = baseline.entries
    .filter((e) => checked.has(e.file) && !found.has(baselineKey(e.file, e.fingerprint)))
    .map((e) => ({ fingerprint: e.fingerprint, rule_id: e.rule_id, file: e.file, pointer: e.pointer }));
  return { findings: out, stale };
}
