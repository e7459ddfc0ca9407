import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/cli/version.js';
import { tempDir } from './helpers.js';

/** docs/rules/<category>.md pages are generated from the rule files by tools/rule-docs/build.mjs. */
const tool = join(packageRoot(), 'tools', 'rule-docs', 'build.mjs');
const run = (...args: string[]) => execFileSync(process.execPath, [tool, ...args], { stdio: 'pipe', encoding: 'utf8' });

describe('rule reference pages', () => {
  it('are up to date with the shipped rules', () => {
    expect(() => run('--check')).not.toThrow();
  });

  it('regenerates only the marked part of an opted-in page and reports a stale one', () => {
    const root = tempDir('pipl-rule-docs-');
    const ruleDir = join(root, 'policies', 'pipl', 'training', 'TRAIN-X-001');
    mkdirSync(ruleDir, { recursive: true });
    const rule = [
      'id: TRAIN-X-001',
      'category: training',
      'severity: low',
      'title: {zh: 标题, en: A title}',
      'description: {zh: 说明。, en: A description.}',
      'message: {zh: 消息, en: A message}',
      'remediation: {zh: 整改。, en: Fix it.}',
      'legal_basis: [{instrument: PIPL, article: "51(4)", verification: V}]',
      'check: {require: {field: $.training, present: true}}',
    ].join('\n');
    writeFileSync(join(ruleDir, 'rule.yaml'), rule);
    writeFileSync(join(ruleDir, 'tests.yaml'), 'cases:\n  - {name: a, plan: {}, expect: [{pointer: /training}]}\n  - {name: b, plan: {training: {}}, expect: []}\n');
    mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
    const page = join(root, 'docs', 'rules', 'training.md');
    writeFileSync(page, '# training\n\nHand-written intro.\n\n<!-- rules:begin -->\nstale\n<!-- rules:end -->\n');
    const untouched = join(root, 'docs', 'rules', 'classification.md');
    writeFileSync(untouched, '# classification\n\nNo markers here.\n');

    expect(() => run('--check', '--root', root)).toThrow();
    run('--root', root);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith('# training\n\nHand-written intro.\n\n<!-- rules:begin -->')).toBe(true);
    expect(text).toContain('### TRAIN-X-001');
    expect(text).toContain('- PIPL Art. 51(4) [V]');
    expect(text).toContain('Tests: 1 firing and 1 quiet case(s)');
    expect(text).not.toContain('stale');
    expect(() => run('--check', '--root', root)).not.toThrow();
    expect(readFileSync(untouched, 'utf8')).toBe('# classification\n\nNo markers here.\n');
  });
});
