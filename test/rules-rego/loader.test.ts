import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError, UserErrors } from '../../src/errors/user-error.js';
import { lintPlan } from '../../src/lint/run.js';
import { parsePlan } from '../../src/plan/load.js';
import { regoRuleLoader } from '../../src/rules/loaders.js';
import { loadRegoRules } from '../../src/rules/rego/load-rego-rules.js';
import { listPolicyFiles } from '../../src/rules/discover.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import type { RuleEvaluator } from '../../src/rules/types.js';
import { metadata, policyFolder, ruleModule } from './helpers.js';

const SPLIT_PLAN = [
  'entity:',
  '  is_cii_operator: false',
  'cross_border:',
  '  aggregation_basis: combined_entity',
  '  counting_year: 2026',
  '  flows:',
  '    - id: crm',
  '      mechanism: exempt',
  '      exemption: {ground: below_threshold}',
  '      individuals_ytd_non_sensitive: 70000',
  '      individuals_ytd_sensitive: 0',
  '    - id: orders',
  '      mechanism: exempt',
  '      exemption: {ground: below_threshold}',
  '      individuals_ytd_non_sensitive: 70000',
  '      individuals_ytd_sensitive: 0',
  '',
].join('\n');

function regoFiles(dir: string): string[] {
  return listPolicyFiles(dir).filter((file) => regoRuleLoader.claims(file.split('/').pop()!));
}

function load(files: Record<string, string>): RuleEvaluator[] {
  return loadRegoRules(regoFiles(policyFolder(files)));
}

function loadError(files: Record<string, string>): UserError {
  try {
    load(files);
  } catch (error) {
    if (error instanceof UserError) return error;
    if (error instanceof UserErrors) return error.errors[0]!;
    throw error;
  }
  throw new Error('expected a UserError');
}

async function hitsOf(rules: RuleEvaluator[], planText: string, today = '2026-06-01') {
  const plan = parsePlan('/plans/plan.yaml', new TextEncoder().encode(planText));
  return lintPlan(plan, rules, today);
}

describe('Rego policy loader: the shipped pack', () => {
  it('claims .rego modules but not tests', () => {
    expect(regoRuleLoader.claims('xborder_nosplit_009.rego')).toBe(true);
    expect(regoRuleLoader.claims('xborder_nosplit_009_test.rego')).toBe(false);
    expect(regoRuleLoader.claims('rule.yaml')).toBe(false);
  });

  it('loads the Rego rules with their METADATA next to the YAML rules', async () => {
    const ruleset = await loadRuleset({});
    const rego = ruleset.rules.filter((rule) => rule.meta.engine === 'rego');
    expect(rego.map((rule) => [rule.meta.id, rule.meta.category, rule.meta.severity])).toEqual([
      ['PIA-IMPORTANT-005', 'impact-assessment', 'critical'],
      ['RETAIN-CREDIT-010', 'retention-destruction', 'high'],
      ['RETAIN-LITHOLD-017', 'retention-destruction', 'medium'],
      ['XBORDER-NOSPLIT-009', 'cross-border', 'high'],
    ]);
    const nosplit = rego.find((rule) => rule.meta.id === 'XBORDER-NOSPLIT-009')!;
    expect(nosplit.meta.title.zh).toContain('拆分');
    expect(nosplit.meta.title.en).toContain('splitting');
    expect(nosplit.meta.legal_basis.map((b) => b.verification)).toEqual(['S', 'S', 'S', 'I']);
    expect(nosplit.meta.source.file).toMatch(/cross-border\/xborder_nosplit_009\.rego$/);
    expect(ruleset.files.some((file) => file.endsWith('_test.rego'))).toBe(false);
  });

  it('fires through the finding builder with line and column from the pointer', async () => {
    const ruleset = await loadRuleset({});
    const rules = ruleset.rules.filter((rule) => rule.meta.id === 'XBORDER-NOSPLIT-009');
    const findings = await hitsOf(rules, SPLIT_PLAN);
    expect(findings.map((f) => [f.location.pointer, f.location.line, f.location.column])).toEqual([
      ['/cross_border/flows/0/mechanism', 8, 7],
      ['/cross_border/flows/1/mechanism', 13, 7],
    ]);
    expect(findings[0]!.message.en).toBe(
      "Cross-border flow crm uses exempt, but all flows together carry 140000 individuals' non-sensitive and 0 individuals' sensitive information, which requires a standard contract or certification.",
    );
    expect(findings[0]!.legal_basis).toHaveLength(4);
    expect(findings[0]!.message.zh).toContain('标准合同或认证');
    expect(findings[0]!.fingerprint).not.toBe(findings[1]!.fingerprint);
  });

  it('reads the lint date as time.now_ns: counts of last year fire only in a later year', async () => {
    const ruleset = await loadRuleset({});
    const rules = ruleset.rules.filter((rule) => rule.meta.id === 'XBORDER-NOSPLIT-009');
    const quietPlan = SPLIT_PLAN.replace(/70000/g, '10000');
    expect(await hitsOf(rules, quietPlan, '2026-12-31')).toEqual([]);
    const next = await hitsOf(rules, quietPlan, '2027-01-01');
    expect(next.map((f) => [f.location.pointer, f.location.line, f.message.en])).toEqual([
      ['/cross_border/counting_year', 5, 'Export volumes are counted for 2026 but the current year is 2027: count again from 1 January of this year.'],
    ]);
  });
});

describe('Rego policy loader: custom rules', () => {
  const FIRE = '\tnot input.training\n\tfinding := lib.finding("TEST-REGO-001", ["training"], {"field": "training"})';

  it('turns a deny rule into a rule with its METADATA and the default message', async () => {
    const rules = load({ 'pipl/training/t.rego': ruleModule(FIRE) });
    expect(rules.map((r) => r.meta)).toMatchObject([
      { id: 'TEST-REGO-001', category: 'training', engine: 'rego', title: { zh: '测试规则', en: 'A test rule' }, source: { line: 5 } },
    ]);
    const findings = await hitsOf(rules, 'a: 1\n');
    expect(findings.map((f) => [f.target_pointer, f.location.pointer, f.message.en])).toEqual([['/training', '', 'the field training is missing']]);
    expect(await hitsOf(rules, 'training: {}\n')).toEqual([]);
  });

  it('picks a declared message by message_id', async () => {
    const body = '\tnot input.training\n\tfinding := lib.finding_msg("TEST-REGO-001", "other", ["training"], {"field": "x"})';
    const findings = await hitsOf(load({ 'pipl/training/t.rego': ruleModule(body) }), 'a: 1\n');
    expect(findings.map((f) => f.message)).toEqual([{ zh: '另一条 x', en: 'another x' }]);
  });

  it('accepts kebab packages, several rules per package and unannotated deny bodies below an annotated one', async () => {
    const second = ruleModule('\tinput.b\n\tfinding := lib.finding("TEST-REGO-002", ["b"], {"field": "b"})', {
      pkg: 'training',
      meta: metadata({ custom: { id: 'TEST-REGO-002' } }),
    });
    const kebab = ['package pipl["access-control"]', '', 'import data.pipl.lib', '', metadata({ custom: { id: 'TEST-REGO-003' } }), 'deny contains f if {', '\tinput.c', '\tf := lib.finding("TEST-REGO-003", ["c"], {"field": "c"})', '}', 'deny contains f if {', '\tinput.d', '\tf := lib.finding("TEST-REGO-003", ["d"], {"field": "d"})', '}', ''].join('\n');
    const rules = load({ 'pipl/training/a.rego': ruleModule(FIRE), 'pipl/training/b.rego': second, 'pipl/access/c.rego': kebab });
    expect(rules.map((r) => [r.meta.id, r.meta.category]).sort()).toEqual([
      ['TEST-REGO-001', 'training'],
      ['TEST-REGO-002', 'training'],
      ['TEST-REGO-003', 'access-control'],
    ]);
    const findings = await hitsOf(rules, 'b: 1\nc: 1\nd: 1\n');
    expect(findings.map((f) => `${f.rule_id} ${f.target_pointer}`).sort()).toEqual(['TEST-REGO-001 /training', 'TEST-REGO-002 /b', 'TEST-REGO-003 /c', 'TEST-REGO-003 /d']);
  });

  const cases: [string, Record<string, string>, string, number][] = [
    ['no METADATA on the first deny', { 'pipl/training/t.rego': ruleModule(FIRE, { meta: '' }) }, 'rego_policy.metadata_missing', 6],
    ['a missing custom key', { 'pipl/training/t.rego': ruleModule(FIRE, { meta: metadata({ custom: { severity: null } }) }) }, 'rego_policy.metadata_missing_key', 8],
    ['a missing title', { 'pipl/training/t.rego': ruleModule(FIRE, { meta: metadata({ title: null }) }) }, 'rego_policy.metadata_missing_key', 5],
    ['an unknown custom key', { 'pipl/training/t.rego': ruleModule(FIRE, { meta: metadata({ custom: { colour: 'red' } }) }) }, 'rego_policy.metadata_unknown_key', 17],
    ['a bad severity', { 'pipl/training/t.rego': ruleModule(FIRE, { meta: metadata({ custom: { severity: 'urgent' } }) }) }, 'rego_policy.metadata_bad_value', 10],
    ['a bad id', { 'pipl/training/t.rego': ruleModule(FIRE, { meta: metadata({ custom: { id: 'test-1' } }) }) }, 'rego_policy.metadata_bad_value', 9],
    ['a message in one language', { 'pipl/training/t.rego': ruleModule(FIRE, { meta: metadata({ custom: { message: '{en: only}' } }) }) }, 'rego_policy.metadata_bad_type', 13],
    ['a bad verification tag', { 'pipl/training/t.rego': ruleModule(FIRE, { meta: metadata({ custom: { legal_basis: '[{instrument: PIPL, article: "1", verification: X}]' } }) }) }, 'rego_policy.metadata_bad_value', 16],
    ['an empty legal basis', { 'pipl/training/t.rego': ruleModule(FIRE, { meta: metadata({ custom: { legal_basis: '[]' } }) }) }, 'rego_policy.metadata_bad_type', 16],
    ['a category that contradicts the package', { 'pipl/training/t.rego': ruleModule(FIRE, { meta: metadata({ custom: { category: 'encryption' } }) }) }, 'rego_policy.category_mismatch', 17],
    ['a package that is no category', { 'pipl/x/t.rego': ruleModule(FIRE, { pkg: 'marketing' }) }, 'rego_policy.not_a_category', 1],
    ['a deny outside pipl', { 'x/t.rego': ruleModule(FIRE).replace('package pipl.training', 'package acme.training') }, 'rego_policy.deny_outside_pack', 17],
    ['a deny that is not a set', { 'pipl/training/t.rego': ruleModule(FIRE).replace('deny contains finding if {', 'deny := finding if {') }, 'rego_policy.deny_not_multi', 17],
    ['a Rego syntax error', { 'pipl/training/t.rego': 'package pipl.training\n\ndeny contains x if {\n' }, 'rego.parse_unexpected', 4],
  ];
  for (const [name, files, id, line] of cases) {
    it(`refuses ${name} with file:line`, () => {
      const error = loadError(files);
      expect(error.messageId).toBe(id);
      expect(error.location?.file).toMatch(/t\.rego$/);
      expect(error.location?.line).toBe(line);
      expect(error.text.zh).not.toBe(error.text.en);
    });
  }

  const runtime: [string, string, string][] = [
    ['an undeclared rule id', '\tfinding := lib.finding("OTHER-RULE-001", [], {})', 'rego_policy.unknown_rule_id'],
    ['an undeclared message id', '\tfinding := lib.finding_msg("TEST-REGO-001", "nope", [], {})', 'rego_policy.unknown_message_id'],
    ['a hand-built result without pointer', '\tfinding := {"rule_id": "TEST-REGO-001"}', 'rego_policy.bad_finding'],
    ['a pointer that is no JSON Pointer', '\tfinding := {"rule_id": "TEST-REGO-001", "pointer": "a.b"}', 'rego_policy.bad_finding'],
    ['an extra key', '\tfinding := object.union(lib.finding("TEST-REGO-001", [], {}), {"severity": "low"})', 'rego_policy.bad_finding'],
    ['a conflict error', '\tfinding := lib.finding("TEST-REGO-001", [], {"field": conflicting})\n}\n\nconflicting := 1\n\nconflicting := 2 if {\n\ttrue', 'rego_policy.eval_error'],
  ];
  for (const [name, body, id] of runtime) {
    it(`reports ${name} at evaluation, naming the policy file`, async () => {
      const rules = load({ 'pipl/training/t.rego': ruleModule(body) });
      const error = await hitsOf(rules, 'a: 1\n').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).messageId).toBe(id);
      expect((error as UserError).location?.file).toMatch(/t\.rego$/);
    });
  }

  it('ends a runaway policy with the step limit, naming the package and its file', async () => {
    const body = '\tn := count([x | some x in numbers.range(1, 100000)])\n\tfinding := lib.finding("TEST-REGO-001", [], {"field": n})';
    const dir = policyFolder({ 'pipl/training/t.rego': ruleModule(body) });
    const rules = loadRegoRules(regoFiles(dir), { limits: { maxSteps: 1000 } });
    const error = (await hitsOf(rules, 'a: 1\n').catch((e: unknown) => e)) as UserError;
    expect(error.messageId).toBe('rego_policy.eval_limit');
    expect(error.text.en).toContain('pipl.training');
    expect(error.text.en).toContain(join(dir, 'pipl', 'training', 't.rego'));
    expect(error.text.zh).toContain('超出限制');
  });
});

describe('Rego rules through pipl-guard lint', () => {
  it('fire on the compliant merger once a hold covers a data set it deletes, at the line of the deleted data set', async () => {
    const { readFileSync, writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { packageRoot } = await import('../../src/cli/version.js');
    const { cli } = await import('./helpers.js');
    const source = readFileSync(join(packageRoot(), 'examples', 'compliant-merger.yaml'), 'utf8');
    const held = source.replace('    datasets: [purchase-history]\n    records: [vouchers]', '    datasets: [purchase-history, marketing-tags]\n    records: [vouchers]');
    expect(held).not.toBe(source);
    const file = join(mkdtempSync(join(tmpdir(), 'pipl-hold-')), 'merger.yaml');
    writeFileSync(file, held);
    const quiet = await cli('lint', join(packageRoot(), 'examples', 'compliant-merger.yaml'), '--format', 'json', '--now', '2026-06-01');
    expect(JSON.parse(quiet.stdout).findings).toEqual([]);
    const r = await cli('lint', file, '--format', 'json', '--now', '2026-06-01', '--fail-on', 'low');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { rule_id: string; location: { pointer: string; line: number } }[];
    const line = held.split('\n').findIndex((l) => l.includes('datasets: [marketing-tags]')) + 1;
    expect(findings.map((f) => [f.rule_id, f.location.pointer, f.location.line])).toEqual([['RETAIN-LITHOLD-017', '/deletion/datasets/0', line]]);
  });
});
