import type { FindingsTransform } from '../lint/run.js';
import { applyWaivers } from './apply.js';
import type { Waiver } from './types.js';

/** The lint pipeline step that applies waivers (on the run's `today`). */
export function waiverTransform(waivers: readonly Waiver[], cwd: string = process.cwd()): FindingsTransform {
  return (state) => {
    const outcome = applyWaivers(state.findings, waivers, state.today, cwd);
    return { ...state, findings: outcome.findings, waiver_notices: [...state.waiver_notices, ...outcome.notices] };
  };
}
