import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserErrors } from '../../src/errors/user-error.js';
import { runLint, type FindingsTransform } from '../../src/lint/run.js';
import { loadRuleset, type Ruleset } from '../../src/rules/ruleset.js';
import type { RuleEvaluator } from '../../src/rules/types.js';
import { compileRule, ruleObject, tempDir } from '../rules/helpers.js';
import { BASE_PLAN, patchedPlan, templatePolicies } from './cli-helpers.js';

let ruleset: Ruleset;
let plan: string;

beforeAll(async () => {
  ruleset = await loadRuleset({ includeShipped: false, policyDirs: [templatePolicies()] });
  plan = patchedPlan(tempDir(), 'bad.yaml', [
    { op: 'remove', path: '/pi_transfers/0/legal_basis' },
    { op: 'replace', path: '/incident_response/covers_handover', value: false },
  ]);
});

describe('runLint', () => {
  it('returns a LintRun with sorted findings and no wall-clock data when --now is given', async () => {
    const run = await runLint({ plans: [plan, BASE_PLAN], ruleset, now: '2026-01-20' });
    expect(run.tool.name).toBe('pipl-guard');
    expect(run.ruleset).toEqual({ revision: ruleset.revision, sha256: ruleset.sha256 });
    expect(run.plans.map((p) => p.file)).toEqual([BASE_PLAN, plan].sort());
    expect(run.findings.map((f) => f.rule_id)).toEqual(['TRANSFER-BASIS-001', 'INCIDENT-PLAN-001']);
    expect(run.findings.every((f) => f.status === 'open')).toBe(true);
    expect(run).toMatchObject({ now: '2026-01-20', fail_on: 'high', waiver_notices: [], stale_baseline: [] });
    expect(run.rules.map((r) => r.id)).toEqual([...run.rules.map((r) => r.id)].sort());
  });

  it('applies config settings: off drops a rule, a severity overrides it', async () => {
    const run = await runLint({ plans: [plan], ruleset, now: '2026-01-20', ruleSettings: { 'TRANSFER-BASIS-001': 'off', 'INCIDENT-PLAN-001': 'low' } });
    expect(run.findings.map((f) => [f.rule_id, f.severity])).toEqual([['INCIDENT-PLAN-001', 'low']]);
    expect(run.rules.find((r) => r.id === 'INCIDENT-PLAN-001')!.severity).toBe('low');
    expect(run.rules.some((r) => r.id === 'TRANSFER-BASIS-001')).toBe(false);
  });

  it('runs only the rules a profile selects', async () => {
    const run = await runLint({ plans: [plan], ruleset, now: '2026-01-20', onlyRules: ['INCIDENT-PLAN-001'] });
    expect(run.rules.map((r) => r.id)).toEqual(['INCIDENT-PLAN-001']);
  });

  it('runs transforms in order after the rules (the hook for waivers and baselines)', async () => {
    const seen: string[] = [];
    const waive: FindingsTransform = (state) => {
      seen.push(`waive:${state.today}:${state.plans.length}`);
      return {
        ...state,
        findings: state.findings.map((f) => (f.rule_id === 'TRANSFER-BASIS-001' ? { ...f, status: 'waived' as const } : f)),
        waiver_notices: [{ waiver_id: 'W-1', kind: 'expired', file: 'w.yaml', line: 3, column: 5 }],
      };
    };
    const after: FindingsTransform = (state) => {
      seen.push(`after:${state.findings.filter((f) => f.status === 'waived').length}`);
      return state;
    };
    const run = await runLint({ plans: [plan], ruleset, now: '2026-01-20', transforms: [waive, after] });
    expect(seen).toEqual(['waive:2026-01-20:1', 'after:1']);
    expect(run.findings.find((f) => f.rule_id === 'TRANSFER-BASIS-001')!.status).toBe('waived');
    expect(run.waiver_notices).toHaveLength(1);
  });

  it('uses the real UTC date without --now (date only), and does not report it', async () => {
    const onCall = compileRule(ruleObject({ check: { require: { field: '$.incident_response.on_call_until', after: { now: true } } } }));
    const fixed = { ...ruleset, rules: [onCall] };
    const before = await runLint({ plans: [BASE_PLAN], ruleset: fixed, clock: () => Date.UTC(2026, 11, 30, 23, 59) });
    const after = await runLint({ plans: [BASE_PLAN], ruleset: fixed, clock: () => Date.UTC(2026, 11, 31, 0, 1) });
    expect(before.findings).toHaveLength(0);
    expect(after.findings.map((f) => f.target_pointer)).toEqual(['/incident_response/on_call_until']);
    expect(after.now).toBeUndefined();
    const pinned = await runLint({ plans: [BASE_PLAN], ruleset: fixed, now: '2026-06-01', clock: () => Date.UTC(2030, 0, 1) });
    expect(pinned.findings).toHaveLength(0);
  });

  it('feeds hits of any engine through the one finding builder', async () => {
    const custom: RuleEvaluator = {
      meta: { ...ruleset.rules[0]!.meta, id: 'CUSTOM-RULE-001', message: { zh: '值为 {v}', en: 'value is {v}' } },
      evaluate: async () => [{ pointer: '/entity/uscc', params: { v: 'x' } }],
    };
    const run = await runLint({ plans: [BASE_PLAN], ruleset: { ...ruleset, rules: [custom] }, now: '2026-01-20' });
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0]).toMatchObject({ rule_id: 'CUSTOM-RULE-001', message: { en: 'value is x', zh: '值为 x' }, location: { pointer: '/entity/uscc' } });
    expect(run.findings[0]!.location.line).toBeGreaterThan(1);
  });

  it('refuses plans that fail schema validation, reporting every problem', async () => {
    const file = join(tempDir(), 'invalid.yaml');
    writeFileSync(file, 'schema_version: "1"\ntransaction: {type: garage_sale}\nentity: {name: X, staff_count: many}\n');
    const error = await runLint({ plans: [file], ruleset }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserErrors);
    expect((error as UserErrors).errors.map((e) => e.location?.line)).toEqual([2, 3]);
  });

  it('lints JSON plans with JSON line numbers', async () => {
    const data = parse(readFileSync(BASE_PLAN, 'utf8')) as { pi_transfers: Array<Record<string, unknown>> };
    delete data.pi_transfers[0]!.legal_basis;
    const file = join(tempDir(), 'plan.json');
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    const run = await runLint({ plans: [file], ruleset, now: '2026-01-20' });
    const finding = run.findings.find((f) => f.rule_id === 'TRANSFER-BASIS-001')!;
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[finding.location.line - 1]).toContain('{');
    expect(finding.location.pointer).toBe('/pi_transfers/0');
  });
});
