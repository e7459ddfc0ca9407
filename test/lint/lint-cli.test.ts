import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeRule, ruleObject } from '../rules/helpers.js';
import { BASE_PLAN, patchedPlan, runCli as runCliRaw, templatePolicies } from './cli-helpers.js';

let dir: string;
let badPlan: string;
let mediumOnly: string;
let templates: string;

/** Lint runs use the five template rules only, so the suite does not change as the pack grows. */
function runCli(args: string[], options?: Parameters<typeof runCliRaw>[1]) {
  const [command, ...rest] = args;
  const extra = command === 'lint' && !rest.includes('--no-shipped') ? ['--no-shipped', '--policies', templates] : [];
  return runCliRaw([command!, ...rest, ...extra], options);
}

beforeAll(() => {
  templates = templatePolicies();
  dir = tempDir('pipl-lint-');
  // critical (no legal route), high (incident plan does not cover the handover), medium (notice too late)
  badPlan = patchedPlan(dir, 'bad.yaml', [
    { op: 'remove', path: '/pi_transfers/0/legal_basis' },
    { op: 'replace', path: '/incident_response/covers_handover', value: false },
    { op: 'replace', path: '/ecommerce/cessation_notice/published_on', value: '2026-02-15' },
  ]);
  mediumOnly = patchedPlan(dir, 'medium.yaml', [{ op: 'replace', path: '/ecommerce/cessation_notice/published_on', value: '2026-02-15' }]);
});

describe('pipl-guard lint: exit codes', () => {
  it('exits 0 for a plan without findings', async () => {
    const result = await runCli(['lint', BASE_PLAN, '--now', '2026-01-20']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('no findings in 1 plan(s), 5 rule(s) evaluated');
  });

  it('exits 1 when an open finding is at or above the default fail-on (high)', async () => {
    expect((await runCli(['lint', badPlan, '--now', '2026-01-20'])).code).toBe(1);
  });

  it('applies "this severity or worse" for every --fail-on value', async () => {
    const codes: Record<string, number> = {};
    for (const level of ['critical', 'high', 'medium', 'low', 'never']) {
      codes[level] = (await runCli(['lint', mediumOnly, '--now', '2026-01-20', '--fail-on', level])).code;
    }
    expect(codes).toEqual({ critical: 0, high: 0, medium: 1, low: 1, never: 0 });
  });

  it('exits 2 for a plan that fails schema validation, with its line', async () => {
    const invalid = join(dir, 'invalid.yaml');
    writeFileSync(invalid, 'schema_version: "1"\ntransaction: {type: garage_sale}\nentity: {name: X}\n');
    const result = await runCli(['lint', invalid]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${invalid}:2:`);
    expect(result.stdout).toBe('');
  });

  it('exits 2 for a missing plan, a bad --now, a bad --format or --fail-on', async () => {
    expect((await runCli(['lint', join(dir, 'nope.yaml')])).code).toBe(2);
    const now = await runCli(['lint', BASE_PLAN, '--now', '2026-13-01']);
    expect(now.code).toBe(2);
    expect(now.stderr).toContain('--now');
    expect((await runCli(['lint', BASE_PLAN, '--format', 'pdf'])).code).toBe(2);
    expect((await runCli(['lint', BASE_PLAN, '--fail-on', 'severe'])).code).toBe(2);
  });

  it('exits 2 with the rule file and line when a --policies rule is broken', async () => {
    const policies = tempDir();
    const file = writeRule(policies, ruleObject({ severity: 'urgent' }));
    const result = await runCli(['lint', BASE_PLAN, '--policies', policies]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+`));
    expect(result.stderr).toContain('rules.bad_enum');
    expect(result.stderr).toContain('urgent');
    expect(result.stderr).not.toContain('    at ');
  });
});

describe('pipl-guard lint: output', () => {
  it('prints text grouped by file with line:column, severity, rule id, message and citation', async () => {
    const { stdout } = await runCli(['lint', badPlan, '--now', '2026-01-20']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(badPlan);
    expect(stdout).toMatch(/\n {2}\d+:\d+ +critical +TRANSFER-BASIS-001 +Transfer t1/);
    expect(stdout).toContain('PIPL Art. 22 [V]');
    expect(stdout).toContain('3 finding(s) (1 critical, 1 high, 1 medium, 0 low)');
    expect(stdout).toContain('result: FAILED');
    expect(stdout).not.toContain('\u001b[');
  });

  it('speaks Chinese with --lang zh', async () => {
    const { stdout } = await runCli(['lint', badPlan, '--now', '2026-01-20', '--lang', 'zh']);
    expect(stdout).toContain('严重');
    expect(stdout).toContain('PIPL 第22条 [V]');
    expect(stdout).toContain('结果：未通过');
  });

  it('colours only on a TTY, and never with NO_COLOR', async () => {
    expect((await runCli(['lint', badPlan, '--now', '2026-01-20'], { isTTY: true })).stdout).toContain('\u001b[');
    expect((await runCli(['lint', badPlan, '--now', '2026-01-20'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('writes a JSON report valid against schemas/report.schema.json', async () => {
    const { stdout, code } = await runCli(['lint', badPlan, BASE_PLAN, '--format', 'json', '--now', '2026-01-20']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Record<string, unknown> & { findings: Array<Record<string, unknown>> };
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/report.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toMatchObject({ schema_version: '1', passed: false, fail_on: 'high', now: '2026-01-20', lang: 'en' });
    expect(report.findings.map((f) => f.rule_id)).toEqual(['TRANSFER-BASIS-001', 'TRANSFER-ECOM-009', 'INCIDENT-PLAN-001']);
    expect(report.findings[0]).toMatchObject({
      location: { file: badPlan, pointer: '/pi_transfers/0' },
      target_pointer: '/pi_transfers/0/legal_basis',
      status: 'open',
      severity: 'critical',
      category: 'transfer-handover',
    });
  });

  it('gives byte-identical output for the same inputs and --now', async () => {
    for (const format of ['json', 'text']) {
      const first = await runCli(['lint', badPlan, BASE_PLAN, '--format', format, '--now', '2026-01-20']);
      const second = await runCli(['lint', BASE_PLAN, badPlan, '--format', format, '--now', '2026-01-20']);
      expect(second.stdout).toBe(first.stdout);
    }
  });

  it('runs the shipped pack by default', async () => {
    const { stdout } = await runCliRaw(['lint', BASE_PLAN, '--format', 'json', '--now', '2026-01-20', '--fail-on', 'never']);
    const report = JSON.parse(stdout) as { findings: unknown[]; ruleset: { sha256: string } };
    const templatesOnly = JSON.parse((await runCli(['lint', BASE_PLAN, '--format', 'json', '--now', '2026-01-20'])).stdout) as { ruleset: { sha256: string } };
    expect(report.ruleset.sha256).not.toBe(templatesOnly.ruleset.sha256);
  });

  it('loads extra rules from --policies and can leave the shipped pack out', async () => {
    const policies = tempDir();
    writeRule(policies, ruleObject({ check: { require: { field: '$.entity.uscc', matches: '^X' } } }));
    const { stdout } = await runCliRaw(['lint', BASE_PLAN, '--policies', policies, '--no-shipped', '--format', 'json', '--now', '2026-01-20', '--fail-on', 'never']);
    const report = JSON.parse(stdout) as { findings: Array<{ rule_id: string; location: { pointer: string } }> };
    expect(report.findings.map((f) => [f.rule_id, f.location.pointer])).toEqual([['TEST-RULE-001', '/entity/uscc']]);
  });
});
