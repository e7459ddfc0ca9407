import { message } from '../i18n/catalog.js';
import type { Lang, LocalizedText } from '../i18n/lang.js';

/** Where a user's mistake is: a file and, when known, a 1-based line and column. */
export interface ErrorLocation {
  file: string;
  line?: number;
  column?: number;
  pointer?: string;
}

/**
 * A mistake in the user's input, usage, config or policies. It is reported in Chinese and English
 * with its location, exits with code 2 and never shows a stack trace (unless --debug).
 */
export class UserError extends Error {
  readonly exitCode = 2;
  readonly text: LocalizedText;

  constructor(
    readonly messageId: string,
    readonly params: Record<string, unknown> = {},
    readonly location?: ErrorLocation,
    options?: { cause?: unknown },
  ) {
    const text = message(messageId, params);
    super(text.en, options);
    this.name = 'UserError';
    this.text = text;
  }
}

/** Several user errors found at once (e.g. every schema violation of a plan). */
export class UserErrors extends Error {
  readonly exitCode = 2;
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'UserErrors';
  }
}

export function formatLocation(location: ErrorLocation | undefined): string {
  if (!location) return '';
  let out = location.file;
  if (location.line !== undefined) {
    out += `:${location.line}`;
    if (location.column !== undefined) out += `:${location.column}`;
  }
  return out;
}

/**
 * `file:line:col: error [plan.duplicate_key]` then the message in the chosen language first and the
 * other language second, so a reader of either language always finds the sentence.
 */
export function formatUserError(error: UserError, lang: Lang): string {
  const where = formatLocation(error.location);
  const head = `${where ? `${where}: ` : ''}${lang === 'zh' ? '错误' : 'error'} [${error.messageId}]`;
  const pointer = error.location?.pointer !== undefined && error.location.pointer !== '' ? ` (${error.location.pointer})` : '';
  const first = lang === 'zh' ? error.text.zh : error.text.en;
  const second = lang === 'zh' ? error.text.en : error.text.zh;
  return `${head}${pointer}\n  ${first}\n  ${second}`;
}
