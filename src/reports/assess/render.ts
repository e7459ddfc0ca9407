import { renderAssessmentHtml } from './html.js';
import { renderAssessmentJson } from './json.js';
import { renderAssessmentMarkdown } from './markdown.js';
import type { AssessmentReport } from './types.js';

export const ASSESS_FORMATS = ['html', 'markdown', 'json'] as const;
export type AssessFormat = (typeof ASSESS_FORMATS)[number];

export function isAssessFormat(value: string): value is AssessFormat {
  return (ASSESS_FORMATS as readonly string[]).includes(value);
}

export function renderAssessment(format: AssessFormat, report: AssessmentReport): string {
  switch (format) {
    case 'html':
      return renderAssessmentHtml(report);
    case 'markdown':
      return renderAssessmentMarkdown(report);
    case 'json':
      return renderAssessmentJson(report);
  }
}
