// Functions the load suite measures in fresh child processes (h.peakRss). Each returns the task to
// measure after its set-up, so that `before` excludes imports and the schema compile.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import YAML from 'yaml';
import { ROOT } from './harness.mjs';

const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);

/** The CLI's path for one plan: load (syntax, positions, checks) then validate (schema, references). */
export async function loadAndValidate(file, maxBytes) {
  const { checkPlanFile } = await dist('plan/validate.js');
  const { loadPlanSchema } = await dist('plan/plan-schema.js');
  const schema = loadPlanSchema();
  return () => {
    const result = checkPlanFile(file, { schema, ...(maxBytes ? { maxBytes } : {}) });
    return { diagnostics: result.diagnostics.length, firstId: result.diagnostics[0]?.messageId ?? null };
  };
}

/** The baseline: read the file and `YAML.parse` it, nothing else. */
export async function bareParse(file) {
  return () => {
    YAML.parse(readFileSync(file, 'utf8'));
    return {};
  };
}
