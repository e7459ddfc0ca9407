import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/plan/load.js';
import { compilePlanSchema } from '../../src/plan/plan-schema.js';
import { validatePlan } from '../../src/plan/validate.js';
import { UserError } from '../../src/errors/user-error.js';

const ROOT = new URL('../../', import.meta.url);
const GENERATED = new URL('dist/plan/plan-validator.generated.cjs', ROOT);
const FIXTURES = ['test/fixtures/valid/', 'test/fixtures/invalid/'].map((dir) => fileURLToPath(new URL(dir, ROOT)));

/** The validator generated at build time must say exactly what the runtime compiler says. */
describe('precompiled plan validator (npm run build generates it)', () => {
  it('exists and was generated from the current schema', async () => {
    expect(existsSync(GENERATED), 'run `npm run build` first (npm test does)').toBe(true);
    const dist = await import(new URL('dist/plan/plan-schema.js', ROOT).href);
    expect(dist.loadPlanSchema().origin).toBe('precompiled');
  });

  it('gives the same diagnostics as the schema compiled at run time, for every fixture', async () => {
    const dist = await import(new URL('dist/plan/validate.js', ROOT).href);
    const compiled = compilePlanSchema(JSON.parse(readFileSync(new URL('schemas/plan.schema.json', ROOT), 'utf8')));
    let compared = 0;
    for (const dir of FIXTURES) {
      for (const name of readdirSync(dir)) {
        let doc;
        try {
          doc = loadPlanFile(dir + name);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
          continue;
        }
        const runtime = validatePlan(doc, { schema: compiled });
        const precompiled = dist.checkPlanFile(dir + name).diagnostics;
        expect(precompiled, name).toEqual(runtime);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
