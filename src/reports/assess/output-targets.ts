import { UserError } from '../../errors/user-error.js';
import { type AssessFormat, ASSESS_FORMATS, isAssessFormat } from './render.js';
import './messages.js';

export interface OutputTarget {
  format: AssessFormat;
  file: string;
}

/**
 * Parses `-o <format>:<file>` values. The format is everything before the first colon, so file
 * names may hold colons; two targets writing the same file are an error, not a silent overwrite.
 */
export function parseOutputTargets(specs: readonly string[]): OutputTarget[] {
  const targets: OutputTarget[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const colon = spec.indexOf(':');
    const format = colon === -1 ? '' : spec.slice(0, colon);
    const file = colon === -1 ? '' : spec.slice(colon + 1);
    if (colon === -1 || file === '') throw new UserError('report.assess.output_spec', { spec, formats: ASSESS_FORMATS.join(', ') });
    if (!isAssessFormat(format)) throw new UserError('report.assess.output_format', { format, formats: ASSESS_FORMATS.join(', ') });
    if (seen.has(file)) throw new UserError('report.assess.output_twice', { file });
    seen.add(file);
    targets.push({ format, file });
  }
  return targets;
}
