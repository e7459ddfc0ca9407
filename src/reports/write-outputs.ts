import { resolve } from 'node:path';
import { UserError } from '../errors/user-error.js';
import { writeFileAtomic } from '../fs/write-atomic.js';
import type { Formatter, LintRun, RenderOptions } from './model.js';
import '../config/messages.js';

/** One `-o, --output <format>:<file>`. */
export interface OutputSpec {
  format: string;
  file: string;
}

/**
 * Parses `<format>:<file>`: the format is everything before the first colon (so `sarif:C:\r.sarif`
 * keeps its drive letter); both parts must be non-empty and the format must be known.
 */
export function parseOutputSpec(value: string, known: readonly string[]): OutputSpec {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) throw new UserError('config.bad_output', { value });
  const format = value.slice(0, colon);
  const file = value.slice(colon + 1);
  if (!known.includes(format)) throw new UserError('config.unknown_format', { format, known: known.join(', ') });
  return { format, file };
}

/** Parses every `-o` value; two outputs to the same file are a usage error. */
export function parseOutputSpecs(values: readonly string[], known: readonly string[], cwd: string): OutputSpec[] {
  const specs = values.map((v) => parseOutputSpec(v, known));
  const seen = new Set<string>();
  for (const spec of specs) {
    const abs = resolve(cwd, spec.file);
    if (seen.has(abs)) throw new UserError('config.duplicate_output', { file: spec.file });
    seen.add(abs);
  }
  return specs;
}

/**
 * Renders every requested report first (a formatter failing writes nothing), then writes each
 * atomically (temporary file in the same folder, then rename). A failed write is a bilingual
 * UserError (exit 2) and never leaves a partial file behind.
 */
export function writeOutputs(
  run: LintRun,
  specs: readonly OutputSpec[],
  formats: Readonly<Record<string, Formatter>>,
  options: RenderOptions & { cwd: string },
): void {
  const rendered = specs.map((spec) => ({ file: resolve(options.cwd, spec.file), text: formats[spec.format]!(run, { lang: options.lang, color: false }) }));
  for (const { file, text } of rendered) writeFileAtomic(file, text);
}
