import type { FindingsTransform } from '../lint/run.js';
import { applyBaseline } from './apply.js';
import type { Baseline } from './types.js';

/** The lint pipeline step that marks baselined findings and collects stale entries. */
export function baselineTransform(baseline: Baseline, cwd: string = process.cwd()): FindingsTransform {
  return (state) => {
    const outcome = applyBaseline(
      state.findings,
      baseline,
      state.plans.map((p) => p.file),
      cwd,
    );
    return { ...state, findings: outcome.findings, stale_baseline: [...state.stale_baseline, ...outcome.stale] };
  };
}
