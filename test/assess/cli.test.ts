import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { POLICIES, ROOT, S1 } from './helpers.js';


async function cli(args: string[], env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'pipl-guard', ...args], {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd: ROOT,
    env,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const BASE = ['assess', S1, '--no-shipped', '--policies', POLICIES, '--now', '2026-03-20'];

describe('pipl-guard assess', () => {
  it('prints the HTML report and fails on the open critical finding', async () => {
    const { code, stdout, stderr } = await cli(BASE);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(stdout).toContain('NO-GO');
  });

  it('follows --fail-on like lint', async () => {
    expect((await cli([...BASE, '--fail-on', 'never'])).code).toBe(0);
    expect((await cli([...BASE, '--fail-on', 'critical'])).code).toBe(1);
  });

  it('prints JSON valid against the assessment schema', async () => {
    const { stdout } = await cli([...BASE, '--format', 'json', '--turnover-cny', '1,000,000,000']);
    const report = JSON.parse(stdout);
    const validate = new Ajv2020({ strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/assessment.schema.json'), 'utf8')));
    expect(validate(report)).toBe(true);
    expect(report.plans[0].exposure).toMatchObject({ turnover_cny: 1_000_000_000, turnover_source: 'flag' });
  });

  it('writes several reports atomically with -o, and nothing else to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-assess-'));
    const html = join(dir, 'r.html');
    const md = join(dir, 'r.md');
    const { code, stdout, stderr } = await cli([...BASE, '-o', `html:${html}`, '-o', `markdown:${md}`, '--fail-on', 'never']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('wrote the html report');
    expect(readFileSync(html, 'utf8')).toContain('<!DOCTYPE html>');
    expect(readFileSync(md, 'utf8')).toContain('# Customer-Data Handling Plan Risk Assessment');
    expect(readdirSync(dir).sort()).toEqual(['r.html', 'r.md']);
    // An explicit --format still prints to stdout.
    expect((await cli([...BASE, '-o', `json:${join(dir, 'r.json')}`, '--format', 'markdown'])).stdout).toContain('## Executive summary');
  });

  it('is byte-identical across runs with the same --now', async () => {
    const a = await cli([...BASE, '--format', 'html']);
    const b = await cli([...BASE, '--format', 'html']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('speaks Chinese with --lang zh or LANG=zh_CN', async () => {
    expect((await cli([...BASE, '--lang', 'zh'])).stdout).toContain('执行摘要');
    expect((await cli(BASE, { LANG: 'zh_CN.UTF-8' })).stdout).toContain('执行摘要');
  });

  it('applies waivers: the waived critical finding no longer blocks and no longer fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-assess-'));
    const file = join(dir, 'waivers.yaml');
    writeFileSync(
      file,
      `waivers:
  - id: W-1
    rule: ASSESS-BASIS-001
    target: /pi_transfers/0/legal_basis
    justification: Legal opinion on Art. 22 pending; transfer will not close before it.
    owner: 陈思远
    approved_by: 周律
    approved_on: "2026-03-18"
    expires_on: "2026-05-01"
`,
    );
    const { code, stdout, stderr } = await cli([...BASE, '--waivers', file, '--format', 'json']);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report.waivers).toEqual([expect.objectContaining({ id: 'W-1', status: 'active', owner: '陈思远' })]);
    expect(report.summary.blocking).toEqual([]);
    expect(report.summary.decision).toBe('go');
    expect(report.summary.accepted).toBe(1);
    const waived = report.findings.find((f: { rule_id: string }) => f.rule_id === 'ASSESS-BASIS-001');
    expect(waived).toMatchObject({ status: 'waived', residual_risk: null, treatment: 'retain', owner: '陈思远', due_date: '2026-05-01' });
    expect(code).toBe(1); // high findings remain at the default --fail-on high
  });

  it('uses a custom risk matrix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-assess-'));
    const file = join(dir, 'matrix.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'policies/risk/risk-matrix.yaml'), 'utf8').replace('no_go_at: very_high', 'no_go_at: high').replace('block_open_severity: critical', 'block_open_severity: never'));
    const report = JSON.parse((await cli([...BASE, '--risk-matrix', file, '--format', 'json'])).stdout);
    expect(report.matrix.no_go_at).toBe('high');
    expect(report.summary.blocking.length).toBe(5);
    expect(report.summary.blocking.every((b: { reasons: string[] }) => b.reasons.join() === 'residual_level')).toBe(true);
  });
});

describe('pipl-guard assess: bad input exits 2 with a bilingual message and no stack', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a bad --turnover-cny', ['--turnover-cny', '12.5'], /--turnover-cny needs a non-negative whole number/],
    ['a bad -o', ['-o', 'pdf:x.pdf'], /unknown report format pdf/],
    ['a bad --now', ['--now', 'tomorrow'], /--now needs an ISO date/],
    ['a bad --format', ['--format', 'pdf'], /pdf/],
    ['a missing risk matrix', ['--risk-matrix', 'nope.yaml'], /nope\.yaml.*risk matrix file not found/s],
    ['a missing waivers file', ['--waivers', 'nope-waivers.yaml'], /nope-waivers\.yaml/],
  ];
  for (const [name, extra, pattern] of cases) {
    it(name, async () => {
      const { code, stdout, stderr } = await cli([...BASE, ...extra]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(pattern);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('a risk matrix with a bad cell, located by file:line:column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-assess-'));
    const file = join(dir, 'matrix.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'policies/risk/risk-matrix.yaml'), 'utf8').replace('impact_3: [low,', 'impact_3: [lowish,'));
    const { code, stderr } = await cli([...BASE, '--risk-matrix', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/matrix\.yaml:18:\d+: error \[risk\.matrix\.bad_level\]/);
    expect(stderr).toContain('"lowish" is not a risk level');
    expect(stderr).toContain('不是风险等级');
  });

  it('a missing plan', async () => {
    const { code, stderr } = await cli(['assess', 'no-such-plan.yaml', '--no-shipped', '--policies', POLICIES]);
    expect(code).toBe(2);
    expect(stderr).toContain('no-such-plan.yaml');
  });
});

describe('due-diligence profile', () => {
  it('adds the evidence to request, in every format', async () => {
    const args = ['assess', 'examples/s1-ecommerce-bankruptcy.yaml', '--profile', 'due-diligence', '--now', '2026-03-20', '--fail-on', 'never'];
    const report = JSON.parse((await cli([...args, '--format', 'json'])).stdout);
    const validate = new Ajv2020({ strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/assessment.schema.json'), 'utf8')));
    expect(validate(report)).toBe(true);
    expect(report.evidence_requests.length).toBeGreaterThan(0);
    expect(report.evidence_requests[0]).toMatchObject({ files: ['examples/s1-ecommerce-bankruptcy.yaml'] });
    const html = (await cli([...args, '--format', 'html'])).stdout;
    expect(html).toContain('<section id="evidence"><h2>Evidence to request from the target</h2>');
    expect(html).toContain('<a href="#evidence">');
    expect((await cli([...args, '--format', 'markdown'])).stdout).toContain('## Evidence to request from the target');
    // Without the profile there is no such section.
    expect((await cli(BASE)).stdout).not.toContain('id="evidence"');
  });
});

describe('registration', () => {
  it('lists assess and history in the help', async () => {
    const { stdout } = await cli(['--help']);
    expect(stdout).toMatch(/\bassess\b/);
    expect(stdout).toMatch(/\bhistory\b/);
  });
});
