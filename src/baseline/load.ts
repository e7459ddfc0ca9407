import { dirname, resolve } from 'node:path';
import { UserError, UserErrors } from '../errors/user-error.js';
import { checkAgainstSchema, diagnosticToError, readSettingsBytes } from '../config/yaml-file.js';
import { parsePlan } from '../plan/load.js';
import type { Baseline, BaselineFile } from './types.js';

/** Reads a baseline written by `lint --baseline-create` (JSON, checked against its schema). */
export function loadBaseline(file: string): Baseline {
  const bytes = readSettingsBytes(file, 'baseline');
  try {
    JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw new UserError('config.baseline_not_json', { detail: (error as Error).message }, { file });
  }
  // Parse again with positions so schema problems point at a line.
  const document = parsePlan(file, bytes);
  const problems = checkAgainstSchema(document, 'baseline');
  if (problems.length > 0) throw new UserErrors(problems.map(diagnosticToError));
  const data = document.data as unknown as BaselineFile;
  return { file, dir: dirname(resolve(file)), entries: data.entries };
}
