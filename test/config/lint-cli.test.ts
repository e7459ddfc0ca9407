import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../rules/helpers.js';
import { patchedPlan, runCli as runCliRaw, templatePolicies } from '../lint/cli-helpers.js';

let templates: string;

/** Lint against the five template rules only, so the suite does not change as the shipped pack grows. */
function runCli(args: string[], options?: Parameters<typeof runCliRaw>[1]) {
  return runCliRaw([...args, '--no-shipped', '--policies', templates], options);
}

/** A fresh folder with a plan that has one critical, one high and one medium finding. */
function project(): { dir: string; plan: string } {
  const dir = tempDir('pipl-gov-');
  const plan = patchedPlan(dir, 'plan.yaml', [
    { op: 'remove', path: '/pi_transfers/0/legal_basis' },
    { op: 'replace', path: '/incident_response/covers_handover', value: false },
    { op: 'replace', path: '/ecommerce/cessation_notice/published_on', value: '2026-02-15' },
  ]);
  return { dir, plan };
}

function waiversFile(dir: string, waivers: Array<Record<string, string>>): string {
  const file = join(dir, 'waivers.yaml');
  const base = { justification: 'accepted by the steering committee', owner: 'dpo', approved_by: 'gc', approved_on: '2026-01-01', expires_on: '2026-12-31' };
  writeFileSync(file, stringify({ waivers: waivers.map((w) => ({ ...base, ...w })) }));
  return file;
}

beforeAll(() => {
  templates = templatePolicies();
});

describe('lint -o <format>:<file>', () => {
  it('writes several reports in one run, nothing on stdout, exit code from the findings', async () => {
    const { dir, plan } = project();
    const outs = ['sarif:r.sarif', 'junit:r.xml', 'markdown:r.md', 'github:r.gh', 'json:r.json', 'text:r.txt'].map((o) => `${o.split(':')[0]}:${join(dir, o.split(':')[1]!)}`);
    const result = await runCli(['lint', plan, '--now', '2026-01-20', ...outs.flatMap((o) => ['-o', o])]);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(readdirSync(dir).sort()).toEqual(['plan.yaml', 'r.gh', 'r.json', 'r.md', 'r.sarif', 'r.txt', 'r.xml']);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).runs[0].results).toHaveLength(3);
    expect(readFileSync(join(dir, 'r.gh'), 'utf8').split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(2);
  });

  it('still prints --format to stdout when it is given explicitly', async () => {
    const { dir, plan } = project();
    const result = await runCli(['lint', plan, '--now', '2026-01-20', '--format', 'github', '-o', `sarif:${join(dir, 'r.sarif')}`]);
    expect(result.stdout).toMatch(/^::error file=/);
    expect(existsSync(join(dir, 'r.sarif'))).toBe(true);
  });

  it.each([
    [['-o', 'report.sarif'], 'config.bad_output'],
    [['-o', 'pdf:r.pdf'], 'config.unknown_format'],
    [['-o', 'sarif:a.x', '-o', 'junit:a.x'], 'config.duplicate_output'],
    [['-o', 'sarif:/nonexistent-folder/r.sarif'], 'cli.write_failed'],
  ])('exits 2 with a bilingual error for %j', async (args, id) => {
    const { dir, plan } = project();
    const result = await runCli(['lint', plan, '--now', '2026-01-20', ...args], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`[${id}]`);
    expect(result.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });
});

describe('lint with waivers', () => {
  it('waived findings stop failing the run and stay in the report with their waiver', async () => {
    const { dir, plan } = project();
    const file = waiversFile(dir, [
      { id: 'W-1', rule: 'TRANSFER-BASIS-001', target: '/pi_transfers/0' },
      { id: 'W-2', rule: 'INCIDENT-PLAN-001', target: '/incident_response' },
    ]);
    const result = await runCli(['lint', plan, '--now', '2026-01-20', '--waivers', file, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: { rule_id: string; status: string; waiver?: { id: string } }) => [f.rule_id, f.status, f.waiver?.id])).toEqual(
      expect.arrayContaining([
        ['TRANSFER-BASIS-001', 'waived', 'W-1'],
        ['INCIDENT-PLAN-001', 'waived', 'W-2'],
      ]),
    );
  });

  it('an expired waiver does not apply and is reported with its file and line; the same waiver applies before expiry', async () => {
    const { dir, plan } = project();
    const file = waiversFile(dir, [
      { id: 'W-1', rule: 'INCIDENT-PLAN-001', target: '/incident_response', expires_on: '2026-01-31' },
      { id: 'W-0', rule: 'TRANSFER-BASIS-001', target: '/pi_transfers/0' },
      { id: 'W-9', rule: 'TRANSFER-BASIS-001', target: '/no/such/node' },
    ]);
    const late = JSON.parse((await runCli(['lint', plan, '--now', '2026-02-01', '--waivers', file, '--format', 'json', '--fail-on', 'never'])).stdout);
    expect(late.findings.find((f: { rule_id: string }) => f.rule_id === 'INCIDENT-PLAN-001').status).toBe('open');
    expect(late.waiver_notices).toEqual([
      { waiver_id: 'W-1', kind: 'expired', file, line: 2, column: 5 },
      { waiver_id: 'W-9', kind: 'unmatched', file, line: 18, column: 5 },
    ]);
    const onTime = JSON.parse((await runCli(['lint', plan, '--now', '2026-01-31', '--waivers', file, '--format', 'json', '--fail-on', 'never'])).stdout);
    expect(onTime.findings.find((f: { rule_id: string }) => f.rule_id === 'INCIDENT-PLAN-001').status).toBe('waived');
  });

  it('a bad waivers file exits 2 naming its line', async () => {
    const { dir, plan } = project();
    const file = waiversFile(dir, [{ id: 'W-1', rule: 'INCIDENT-PLAN-001', target: '/incident_response', expires_on: '2026-13-01' }]);
    const result = await runCli(['lint', plan, '--now', '2026-01-20', '--waivers', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}:6:`);
  });
});

describe('lint with a baseline', () => {
  it('--baseline-create exits 0; later only new findings fail, even after lines move', async () => {
    const { dir, plan } = project();
    const baseline = join(dir, 'baseline.json');
    const created = await runCli(['lint', plan, '--now', '2026-01-20', '--baseline-create', baseline]);
    expect(created).toMatchObject({ code: 0, stdout: '' });
    expect(created.stderr).toContain('wrote 3 finding(s) to the baseline');
    expect(JSON.parse(readFileSync(baseline, 'utf8')).entries).toHaveLength(3);

    writeFileSync(plan, `# a comment block\n# pushes every line down\n\n${readFileSync(plan, 'utf8')}`);
    const again = await runCli(['lint', plan, '--now', '2026-01-20', '--baseline', baseline, '--format', 'sarif']);
    expect(again.code).toBe(0);
    const results = JSON.parse(again.stdout).runs[0].results;
    expect(results.map((r: { baselineState: string }) => r.baselineState)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const json = JSON.parse((await runCli(['lint', plan, '--now', '2026-01-20', '--baseline', baseline, '--format', 'json'])).stdout);
    expect(json.baseline).toEqual({ file: baseline });
    expect(json.summary.by_status).toEqual({ open: 0, waived: 0, baselined: 3 });
  });

  it('a missing baseline file exits 2', async () => {
    const { dir, plan } = project();
    const result = await runCli(['lint', plan, '--now', '2026-01-20', '--baseline', join(dir, 'nope.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('baseline file not found');
  });
});

describe('lint with .pipl-guard.yaml and profiles', () => {
  it('finds the config next to the plan; its fail_on and lang apply unless flags say otherwise', async () => {
    const { dir, plan } = project();
    writeFileSync(join(dir, '.pipl-guard.yaml'), 'fail_on: never\nlang: zh\n');
    const fromConfig = await runCli(['lint', plan, '--now', '2026-01-20']);
    expect(fromConfig.code).toBe(0);
    expect(fromConfig.stdout).toMatch(/[\u4e00-\u9fff]/);
    const flags = await runCli(['lint', plan, '--now', '2026-01-20', '--fail-on', 'critical', '--lang', 'en']);
    expect(flags.code).toBe(1);
    expect(flags.stdout).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('a waivers or baseline file named in the config but missing is reported at the config line', async () => {
    const { dir, plan } = project();
    writeFileSync(join(dir, '.pipl-guard.yaml'), 'lang: en\nwaivers:\n  - gov/none.yaml\n');
    const waivers = await runCli(['lint', plan, '--now', '2026-01-20']);
    expect(waivers.code).toBe(2);
    expect(waivers.stderr).toContain(`${join(dir, '.pipl-guard.yaml')}:3:5`);
    expect(waivers.stderr).toContain(`the waivers file named in the config does not exist: ${join(dir, 'gov/none.yaml')}`);
    writeFileSync(join(dir, '.pipl-guard.yaml'), 'baseline: ci/b.json\n');
    const baseline = await runCli(['lint', plan, '--now', '2026-01-20']);
    expect(baseline.stderr).toContain(`${join(dir, '.pipl-guard.yaml')}:1:1:`);
    expect(baseline.stderr).toContain('配置中指定的基线文件不存在');
  });

  it('turns a rule off from the config, and --config picks another file', async () => {
    const { dir, plan } = project();
    writeFileSync(join(dir, 'strict.yaml'), 'rules:\n  TRANSFER-BASIS-001: off\n  INCIDENT-PLAN-001: low\n');
    const result = await runCli(['lint', plan, '--now', '2026-01-20', '--config', join(dir, 'strict.yaml'), '--format', 'json']);
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout).findings.map((f: { rule_id: string; severity: string }) => [f.rule_id, f.severity]);
    expect(findings).toEqual(expect.arrayContaining([['INCIDENT-PLAN-001', 'low']]));
    expect(findings.map((f: string[]) => f[0])).not.toContain('TRANSFER-BASIS-001');
  });

  it('exits 2 for an unknown config key or rule, naming file, line and column', async () => {
    const { dir, plan } = project();
    writeFileSync(join(dir, '.pipl-guard.yaml'), 'lang: en\nfailon: low\n');
    const unknownKey = await runCli(['lint', plan, '--now', '2026-01-20']);
    expect(unknownKey.code).toBe(2);
    expect(unknownKey.stderr).toContain(`${join(dir, '.pipl-guard.yaml')}:2:1`);
    expect(unknownKey.stderr).toContain('failon');
    writeFileSync(join(dir, '.pipl-guard.yaml'), 'rules:\n  TRANSFER-BASIS-01: off\n');
    const unknownRule = await runCli(['lint', plan, '--now', '2026-01-20']);
    expect(unknownRule.code).toBe(2);
    expect(unknownRule.stderr).toContain(':2:3');
    expect(unknownRule.stderr).toContain('did you mean TRANSFER-BASIS-001?');
  });

  it('the due-diligence profile never fails and lists the evidence to request', async () => {
    const { plan } = project();
    const result = await runCli(['lint', plan, '--now', '2026-01-20', '--profile', 'due-diligence', '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('### Evidence to request from the target');
    expect(result.stdout).toContain('(`pi_transfers`; rules: TRANSFER-BASIS-001)');
    const json = await runCli(['lint', plan, '--now', '2026-01-20', '--profile', 'due-diligence', '--format', 'json']);
    const report = JSON.parse(json.stdout);
    expect(report.evidence_requests).toEqual(
      expect.arrayContaining([expect.objectContaining({ group: 'pi_transfers', rule_ids: ['TRANSFER-BASIS-001'], files: [plan] })]),
    );
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/report.schema.json'), 'utf8')) as object);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const unknown = await runCli(['lint', plan, '--profile', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown profile "nope"');
  });
});
