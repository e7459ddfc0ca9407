import type { PlanDocument } from '../../plan/document.js';
import type { ExcerptLine } from './types.js';

/** The offending line with `context` lines either side, the offending one marked. */
export function planExcerpt(plan: PlanDocument, line: number, context = 2): ExcerptLine[] {
  const first = Math.max(1, line - context);
  const last = Math.min(plan.lineCount, line + context);
  const out: ExcerptLine[] = [];
  for (let n = first; n <= last; n++) out.push({ line: n, text: plan.sourceLine(n), highlight: n === line });
  return out;
}
