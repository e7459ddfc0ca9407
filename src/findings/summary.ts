import { CATEGORIES, SEVERITIES, SEVERITY_RANK, type Category, type Finding, type FindingStatus, type Severity } from './types.js';

export type FailOn = Severity | 'never';
export const FAIL_ON_VALUES = ['critical', 'high', 'medium', 'low', 'never'] as const;

export interface FindingSummary {
  by_severity: Record<Severity, number>;
  by_category: Record<Category, number>;
  by_status: Record<FindingStatus, number>;
  total: number;
}

/** Counts findings; every severity, category and status appears, with zeros, in a fixed order. */
export function summarize(findings: Finding[]): FindingSummary {
  const by_severity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const by_category = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const by_status: Record<FindingStatus, number> = { open: 0, waived: 0, baselined: 0 };
  for (const finding of findings) {
    by_severity[finding.severity]++;
    by_category[finding.category]++;
    by_status[finding.status]++;
  }
  return { by_severity, by_category, by_status, total: findings.length };
}

/** "This severity or worse" among open findings; waived and baselined findings never fail a run. */
export function failingFindings(findings: Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'never') return [];
  const threshold = SEVERITY_RANK[failOn];
  return findings.filter((f) => f.status === 'open' && SEVERITY_RANK[f.severity] >= threshold);
}
