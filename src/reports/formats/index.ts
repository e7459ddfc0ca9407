import type { Formatter } from '../model.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

/** Every lint report format by its `--format` / `-o <format>:<file>` name. */
export const LINT_FORMATS = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  junit: renderJunit,
  markdown: renderMarkdown,
  github: renderGithub,
} as const satisfies Record<string, Formatter>;

export type LintFormatName = keyof typeof LINT_FORMATS;
export const LINT_FORMAT_NAMES = Object.keys(LINT_FORMATS) as LintFormatName[];

export function isLintFormat(name: string): name is LintFormatName {
  return Object.prototype.hasOwnProperty.call(LINT_FORMATS, name);
}

export function formatterFor(name: LintFormatName): Formatter {
  return LINT_FORMATS[name];
}
