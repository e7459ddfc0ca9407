import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/cli/version.js';
import { compilePolicy, evaluateQuery } from '../../src/rego/engine.js';
import type { Expr } from '../../src/rego/syntax/ast.js';
import { compressRanges } from '../../src/cli/commands/policy.js';
import { cli, policyFolder } from './helpers.js';

const POLICY = [
  'package demo', // 1
  '', // 2
  'grade(n) := "high" if {', // 3
  '\tn > 10', // 4
  '} else := "low" if {', // 5
  '\tn <= 10', // 6
  '}', // 7
  '', // 8
  'unused if {', // 9
  '\tinput.never', // 10
  '\tinput.again', // 11
  '}', // 12
  '',
].join('\n');

const TESTS = [
  'package demo_test', // 1
  '', // 2
  'import data.demo', // 3
  '', // 4
  'test_high if demo.grade(11) == "high"', // 5
  '', // 6
  'test_wrong if {', // 7
  '\tdemo.grade(11) == "low"', // 8
  '}', // 9
  '',
].join('\n');

function demoFolder(): string {
  return policyFolder({ 'demo/demo.rego': POLICY, 'demo/demo_test.rego': TESTS });
}

describe('pipl-guard policy test', () => {
  it('passes every test of the shipped pack and reports coverage of each policy module', async () => {
    const r = await cli('policy', 'test');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^(\d+) passed, 0 failed$/m);
    expect(Number(/^(\d+) passed/m.exec(r.stdout)![1])).toBeGreaterThanOrEqual(30);
    for (const file of ['cross-border/xborder_nosplit_009.rego', 'retention-destruction/retain_credit_010.rego', 'retention-destruction/retain_lithold_017.rego', 'impact-assessment/pia_important_005.rego', 'lib/result.rego']) {
      expect(r.stdout).toContain(file);
    }
    expect(r.stdout).not.toContain('_test.rego  ');
    expect(r.stdout).toMatch(/^total \d+\/\d+ lines, \d+\.\d%$/m);
  });

  it('reports a failing test with its file:line, the summary and uncovered lines; exit 1', async () => {
    const dir = demoFolder();
    const r = await cli('policy', 'test', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`PASS ${join(dir, 'demo', 'demo_test.rego')}:5 data.demo_test.test_high`);
    expect(r.stdout).toContain(`FAIL ${join(dir, 'demo', 'demo_test.rego')}:7 data.demo_test.test_wrong`);
    expect(r.stdout).toContain('the test is undefined');
    expect(r.stdout).toMatch(/^1 passed, 1 failed$/m);
    // Line 6 (the else branch) never runs, nor the body of `unused`.
    expect(r.stdout).toMatch(/demo\/demo\.rego\s+1\/4\s+25\.0%\s+uncovered lines: 6, 10-11/);
  });

  it('prints the summary in Chinese with --lang zh', async () => {
    const dir = demoFolder();
    let stdout = '';
    const { main } = await import('../../src/cli/main.js');
    const code = await main(['node', 'pipl-guard', '--lang', 'zh', 'policy', 'test', dir], { stdout: (s) => void (stdout += s), stderr: () => undefined });
    expect(code).toBe(1);
    expect(stdout).toContain('1 个通过，1 个失败');
    expect(stdout).toContain('未覆盖的行：6, 10-11');
  });

  it('reports a test whose evaluation fails (conflicting values) as a failure with the error location', async () => {
    const dir = policyFolder({ 'demo/conflict_test.rego': 'package conflict_test\n\nv := 1\n\nv := 2 if true\n\ntest_conflict if v == 1\n' });
    const r = await cli('policy', 'test', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL ${join(dir, 'demo', 'conflict_test.rego')}:7 data.conflict_test.test_conflict`);
    expect(r.stdout).toMatch(/conflict_test\.rego:\d+: /);
    expect(r.stdout).toMatch(/^0 passed, 1 failed$/m);
  });

  it('fails below --threshold even when every test passes', async () => {
    const dir = policyFolder({ 'demo/demo.rego': POLICY, 'demo/demo_test.rego': TESTS.replace('"low"', '"high"') });
    const low = await cli('policy', 'test', dir, '--threshold', '10');
    expect(low.code).toBe(0);
    const high = await cli('policy', 'test', dir, '--threshold', '90');
    expect(high.code).toBe(1);
    expect(high.stdout).toContain('is below the threshold 90%');
  });

  it('writes JSON with per-file coverage', async () => {
    const dir = demoFolder();
    const r = await cli('policy', 'test', dir, '--format', 'json');
    const json = JSON.parse(r.stdout);
    expect(json.passed).toBe(1);
    expect(json.failed).toBe(1);
    const demo = json.coverage.files.find((f: { file: string }) => f.file.endsWith('demo.rego'));
    expect(demo).toMatchObject({ covered: 1, total: 4, uncovered: [6, 10, 11] });
    expect(json.tests[1]).toMatchObject({ name: 'data.demo_test.test_wrong', line: 7, passed: false });
  });

  it('reads --now for tests that do not mock the clock', async () => {
    const dir = policyFolder({ 'demo/clock_test.rego': 'package clock_test\n\ntest_year if time.date(time.now_ns())[0] == 2031\n' });
    expect((await cli('policy', 'test', dir, '--now', '2031-05-01')).code).toBe(0);
    expect((await cli('policy', 'test', dir, '--now', '2030-05-01')).code).toBe(1);
    expect((await cli('policy', 'test', dir, '--now', 'tomorrow')).code).toBe(2);
  });

  it('refuses bad input with exit 2: a syntax error, a bad threshold, a missing folder', async () => {
    const broken = policyFolder({ 'demo/demo_test.rego': 'package demo_test\n\ntest_x if {\n' });
    const syntax = await cli('policy', 'test', broken);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toContain(`${join(broken, 'demo', 'demo_test.rego')}:4`);
    expect((await cli('policy', 'test', demoFolder(), '--threshold', '120')).code).toBe(2);
    expect((await cli('policy', 'test', join(tmpdir(), 'no-such-policies-here'))).code).toBe(2);
  });

  it('is a real check: a mutated shipped rule fails its tests', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'pipl-mutant-'));
    cpSync(join(packageRoot(), 'policies', 'pipl'), join(copy, 'pipl'), { recursive: true });
    const file = join(copy, 'pipl', 'retention-destruction', 'retain_credit_010.rego');
    writeFileSync(file, readFileSync(file, 'utf8').replace('credit_max_years := 5', 'credit_max_years := 6'));
    const r = await cli('policy', 'test', copy, '--failures-only');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL');
    expect(r.stdout).not.toContain('PASS');
  });
});

describe('pipl-guard policy lint', () => {
  it('compiles the shipped policies and counts the pack rules', async () => {
    const r = await cli('policy', 'lint');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ Rego file\(s\) compile; 4 pipl-guard rule\(s\)$/m);
  });

  it('reports compile and METADATA errors with file:line:col and exit 2', async () => {
    const dir = policyFolder({ 'demo/demo.rego': 'package demo\n\np if {\n\tq(1)\n}\n' });
    const r = await cli('policy', 'lint', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'demo', 'demo.rego')}:4:`);
    const meta = policyFolder({ 'pipl/training/t.rego': 'package pipl.training\n\ndeny contains x if {\n\tx := 1\n}\n' });
    const m = await cli('policy', 'lint', meta);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain(`${join(meta, 'pipl', 'training', 't.rego')}:3:1`);
    expect(m.stderr).toContain('METADATA');
  });
});

describe('engine tracing hook', () => {
  it('reports every evaluated expression and changes no result', () => {
    const policy = compilePolicy([{ file: 'p.rego', source: 'package p\n\nx if {\n\tinput.a == 1\n\tinput.b == 2\n}\n' }]);
    const seen: number[] = [];
    const traced = evaluateQuery(policy, 'data.p.x', { input: null, trace: (e: Expr) => void seen.push(e.loc.row) });
    const plain = evaluateQuery(policy, 'data.p.x', { input: null });
    expect(traced).toEqual(plain);
    expect(seen).toContain(4);
    expect(seen).not.toContain(5);
  });

  it('compresses line lists into ranges', () => {
    expect(compressRanges([1, 2, 3, 5, 7, 8])).toBe('1-3, 5, 7-8');
    expect(compressRanges([])).toBe('');
  });
});
