import { describe, expect, it } from 'vitest';
import { runCli } from '../lint/cli-helpers.js';
import { ruleObject, tempDir, writeRule } from './helpers.js';

describe('pipl-guard rules', () => {
  it('lists the shipped rules sorted by id, as text by default', async () => {
    const { code, stdout } = await runCli(['rules']);
    expect(code).toBe(0);
    const ids = stdout.split('\n').filter((line) => /^[A-Z]/.test(line)).map((line) => line.split(/\s+/)[0]!);
    expect(ids).toContain('TRANSFER-BASIS-001');
    expect(ids).toEqual([...ids].sort());
    expect(stdout).toMatch(/\d+ rule\(s\)\n$/);
  });

  it('lists as JSON with titles in the chosen language', async () => {
    const en = JSON.parse((await runCli(['rules', 'list', '--format', 'json'])).stdout) as Array<Record<string, unknown>>;
    const zh = JSON.parse((await runCli(['rules', 'list', '--format', 'json', '--lang', 'zh'])).stdout) as Array<Record<string, unknown>>;
    const basis = en.find((r) => r.id === 'TRANSFER-BASIS-001')!;
    expect(Object.keys(basis)).toEqual(['id', 'title', 'category', 'severity', 'legal_basis']);
    expect(basis).toMatchObject({ category: 'transfer-handover', severity: 'critical', title: 'Every personal-information transfer states its legal route' });
    expect(zh.find((r) => r.id === 'TRANSFER-BASIS-001')!.title).toBe('每项个人信息转移须写明合法路径');
    expect((basis.legal_basis as unknown[])[0]).toEqual({ instrument: 'PIPL', article: '21', verification: 'V' });
  });

  it('shows one rule in full: legal basis with tags, applies_when in words, source', async () => {
    const { code, stdout } = await runCli(['rules', 'show', 'REG-DISPOSAL-001']);
    expect(code).toBe(0);
    expect(stdout).toContain('NDSMR Art. 32 [V]');
    expect(stdout).toContain('Applies when: transaction.type is one of merger_absorption');
    expect(stdout).toContain('subject_counts.total_individuals is at least 10000000');
    expect(stdout).toMatch(/Source: .*REG-DISPOSAL-001\/rule\.yaml:\d+/);
    const zh = await runCli(['rules', 'show', 'reg-disposal-001', '--lang', 'zh']);
    expect(zh.stdout).toContain('适用条件: ');
    expect(zh.stdout).toContain('NDSMR 第32条 [V]');
  });

  it('notes unverified and interpretation sources', async () => {
    const policies = tempDir();
    writeRule(
      policies,
      ruleObject({
        legal_basis: [
          { instrument: 'GB/T 22239', article: '8.1.4', verification: 'U' },
          { instrument: 'pipl-guard', article: 'engine default', verification: 'I' },
        ],
      }),
    );
    const { stdout } = await runCli(['rules', 'show', 'TEST-RULE-001', '--policies', policies, '--no-shipped']);
    expect(stdout).toContain('[U] unverified');
    expect(stdout).toContain('have counsel confirm it');
    expect(stdout).toContain('not a statement of the law itself');
    expect(stdout).toContain('Applies when: always');
  });

  it('refuses an unknown id with a bilingual error and exit 2', async () => {
    const { code, stderr, stdout } = await runCli(['rules', 'show', 'NOPE-999']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown rule id: NOPE-999');
    expect(stderr).toContain('未知的规则 ID：NOPE-999');
  });
});
