import type { UserError } from '../errors/user-error.js';
import type { Lang, LocalizedText } from '../i18n/lang.js';

/**
 * One problem in a plan, as a value: `validate` prints it, `lint` can reuse it. The text is
 * already rendered in both languages; `messageId` and `params` keep it machine-readable.
 */
export interface PlanDiagnostic {
  messageId: string;
  params: Record<string, unknown>;
  text: LocalizedText;
  file: string;
  line: number;
  column: number;
  /** JSON pointer of the offending node ('' for the whole plan or when unknown). */
  pointer: string;
}

/** A loader's UserError (syntax, encoding, size...) as a diagnostic, so one list holds every problem. */
export function diagnosticFromUserError(error: UserError, file: string): PlanDiagnostic {
  return {
    messageId: error.messageId,
    params: error.params,
    text: error.text,
    file: error.location?.file ?? file,
    line: error.location?.line ?? 0,
    column: error.location?.column ?? 0,
    pointer: error.location?.pointer ?? '',
  };
}

/** Drops exact repeats and sorts by file, line, column, pointer, id, text: the order never depends on ajv's. */
export function sortDiagnostics(diagnostics: PlanDiagnostic[]): PlanDiagnostic[] {
  const seen = new Set<string>();
  const unique: PlanDiagnostic[] = [];
  for (const d of diagnostics) {
    const key = JSON.stringify([d.file, d.line, d.column, d.pointer, d.messageId, d.text.en]);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(d);
  }
  return unique.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.pointer, b.pointer) ||
      compare(a.messageId, b.messageId) ||
      compare(a.text.en, b.text.en),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `file:line:col: error [id] (pointer)` then the sentence in the chosen language and, on the next
 * line, in the other one: the same layout as `formatUserError`.
 */
export function formatDiagnostic(d: PlanDiagnostic, lang: Lang): string {
  let where = d.file;
  if (d.line > 0) where += `:${d.line}${d.column > 0 ? `:${d.column}` : ''}`;
  const head = `${where}: ${lang === 'zh' ? '错误' : 'error'} [${d.messageId}]`;
  const pointer = d.pointer !== '' ? ` (${d.pointer})` : '';
  const first = lang === 'zh' ? d.text.zh : d.text.en;
  const second = lang === 'zh' ? d.text.en : d.text.zh;
  return `${head}${pointer}\n  ${first}\n  ${second}`;
}
