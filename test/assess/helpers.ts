import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src/i18n/lang.js';
import { runAssessment } from '../../src/reports/assess/run.js';
import type { LintOptions } from '../../src/lint/run.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const POLICIES = 'test/fixtures/assess/policies';
export const HOSTILE_POLICIES = 'test/fixtures/hostile/policies';
export const HOSTILE_PLAN = 'test/fixtures/hostile/hostile-plan.yaml';
export const S1 = 'test/fixtures/assess/s1-bankruptcy.yaml';
export const S4 = 'test/fixtures/assess/s4-deregistration.yaml';

/** Runs the assess pipeline on repository files with the test rule pack (no shipped rules). */
export async function assess(plans: string[], lang: Lang = 'en', extra: Partial<LintOptions> & { turnoverCny?: number; policies?: string } = {}) {
  const { turnoverCny, policies, ...lint } = extra;
  return runAssessment({
    lint: { plans, includeShipped: false, policyDirs: [policies ?? POLICIES], now: '2026-03-20', cwd: ROOT, ...lint },
    lang,
    ...(turnoverCny === undefined ? {} : { turnoverCny }),
  });
}
