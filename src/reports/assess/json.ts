import type { AssessmentReport } from './types.js';

/** The report as JSON (schemas/assessment.schema.json): the report object itself, two-space indented. */
export function renderAssessmentJson(r: AssessmentReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
