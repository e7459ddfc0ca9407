import { SEVERITIES, SEVERITY_RANK, type Finding, type FindingStatus, type Severity } from '../../findings/types.js';
import type { LintRun } from '../model.js';

export type Tally = Record<Severity, Record<FindingStatus, number>>;

/** Findings counted by severity and status. */
export function tally(findings: readonly Finding[]): Tally {
  const out = {} as Tally;
  for (const s of SEVERITIES) out[s] = { open: 0, waived: 0, baselined: 0 };
  for (const f of findings) out[f.severity][f.status]++;
  return out;
}

/** True when an open finding is at or above the run's `fail_on` severity. */
export function runFails(run: LintRun): boolean {
  if (run.fail_on === 'never') return false;
  const floor = SEVERITY_RANK[run.fail_on];
  return run.findings.some((f) => f.status === 'open' && SEVERITY_RANK[f.severity] >= floor);
}
