import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { UserError, UserErrors } from '../../src/errors/user-error.js';
import { listPolicyFiles } from '../../src/rules/discover.js';
import { regoRuleLoader } from '../../src/rules/loaders.js';
import { loadRegoRules } from '../../src/rules/rego/load-rego-rules.js';
import { ROOT, S1, assess } from '../assess/helpers.js';
import { metadata, policyFolder, ruleModule } from '../rules-rego/helpers.js';
import { compileRule, ruleObject } from './helpers.js';

/** The assess test pack with `risk` added to one rule, in a temporary policy folder. */
function packWithRisk(id: string, risk: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipl-risk-'));
  const source = join(ROOT, 'test/fixtures/assess/policies');
  for (const file of listPolicyFiles(source)) {
    const relative = file.slice(source.length + 1);
    const rule = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (rule.id === id) rule.risk = risk;
    mkdirSync(join(dir, relative, '..'), { recursive: true });
    writeFileSync(join(dir, relative), stringify(rule));
  }
  return dir;
}

function loadError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    if (error instanceof UserErrors) return error.errors[0]!;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('rule risk defaults (risk: {likelihood, impact})', () => {
  it('a YAML rule carries them in its metadata; without them there are none', () => {
    expect(compileRule(ruleObject({ risk: { likelihood: 2, impact: 5 } })).meta.risk).toEqual({ likelihood: 2, impact: 5 });
    expect(compileRule(ruleObject()).meta).not.toHaveProperty('risk');
  });

  it('the rule schema refuses levels outside 1-5, fractions, unknown keys and a missing axis', () => {
    for (const risk of [{ likelihood: 6, impact: 1 }, { likelihood: 0, impact: 1 }, { likelihood: 2.5, impact: 1 }, { likelihood: 2 }, { likelihood: 2, impact: 2, extra: 1 }, 'high']) {
      expect(() => compileRule(ruleObject({ risk })), JSON.stringify(risk)).toThrow();
    }
  });

  it('reach the assessment: the finding starts from the rule risk, not its severity', async () => {
    const plain = (await assess([S1])).report.findings.find((f) => f.rule_id === 'ASSESS-TRAIN-005')!;
    expect(plain.base.source).toBe('severity');
    const { report } = await assess([S1], 'en', { policies: packWithRisk('ASSESS-TRAIN-005', { likelihood: 5, impact: 5 }) });
    const training = report.findings.find((f) => f.rule_id === 'ASSESS-TRAIN-005')!;
    expect(training.base).toEqual({ likelihood: 5, impact: 5, source: 'rule' });
    expect(training.likelihood).toBe(5);
    expect(training.impact).toBe(5);
    expect(training.inherent_risk).not.toBe(plain.inherent_risk);
  });

  it('a Rego rule declares them in METADATA custom.risk', () => {
    const files = (custom: Record<string, string>) => {
      const dir = policyFolder({ 'pipl/training/t.rego': ruleModule('\tnot input.training\n\tfinding := lib.finding("TEST-REGO-001", ["training"], {"field": "training"})', { meta: metadata({ custom }) }) });
      return listPolicyFiles(dir).filter((file) => regoRuleLoader.claims(file.split('/').pop()!));
    };
    expect(loadRegoRules(files({ risk: '{likelihood: 4, impact: 2}' }))[0]!.meta.risk).toEqual({ likelihood: 4, impact: 2 });
    expect(loadRegoRules(files({}))[0]!.meta).not.toHaveProperty('risk');
    expect(loadError(() => loadRegoRules(files({ risk: '{likelihood: 6, impact: 2}' }))).messageId).toBe('rego_policy.metadata_bad_value');
    expect(loadError(() => loadRegoRules(files({ risk: '{likelihood: 3}' }))).messageId).toBe('rego_policy.metadata_missing_key');
    expect(loadError(() => loadRegoRules(files({ risk: '{likelihood: 3, impact: 3, speed: 1}' }))).messageId).toBe('rego_policy.metadata_unknown_key');
    expect(loadError(() => loadRegoRules(files({ risk: 'high' }))).messageId).toBe('rego_policy.metadata_bad_type');
  });
});
