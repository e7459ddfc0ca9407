import type { Lang } from '../../i18n/lang.js';
import { type LintOptions, runLint } from '../../lint/run.js';
import type { PlanDocument } from '../../plan/document.js';
import { loadPlanFile } from '../../plan/load.js';
import type { RiskMatrix } from '../../risk/matrix.js';
import { loadDefaultMatrix } from '../../risk/matrix-file.js';
import type { LintRun } from '../model.js';
import { buildAssessment } from './build.js';
import type { AssessmentReport } from './types.js';

export interface AssessOptions {
  lint: LintOptions;
  lang: Lang;
  matrix?: RiskMatrix;
  turnoverCny?: number;
  /** Post-processing of the lint run before the report is built (e.g. `prepareLint`'s `finish`). */
  finish?: (run: LintRun) => LintRun;
}

/**
 * The `assess` pipeline: the lint pipeline, then the plans are read again for excerpts and facts
 * (a plan whose bytes changed since linting is left out rather than quoted wrongly), then the report.
 */
export async function runAssessment(options: AssessOptions): Promise<{ run: LintRun; report: AssessmentReport }> {
  const linted = await runLint(options.lint);
  const run = options.finish ? options.finish(linted) : linted;
  const plans = new Map<string, PlanDocument | null>();
  for (const plan of run.plans) {
    try {
      const doc = loadPlanFile(plan.file, options.lint.maxPlanBytes === undefined ? {} : { maxBytes: options.lint.maxPlanBytes });
      plans.set(plan.file, doc.sha256 === plan.sha256 ? doc : null);
    } catch {
      plans.set(plan.file, null);
    }
  }
  const report = buildAssessment({
    run,
    plans,
    matrix: options.matrix ?? loadDefaultMatrix(),
    lang: options.lang,
    ...(options.turnoverCny === undefined ? {} : { turnoverCny: options.turnoverCny }),
  });
  return { run, report };
}
