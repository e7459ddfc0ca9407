import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { coverageProblems, discoverRuleFolders, loadRuleTests, runRuleTests, type RuleTestFile } from '../../src/rules/testing/rule-tests.js';
import { compileRule, ruleObject, tempDir, writeRule } from './helpers.js';

const rule = compileRule(ruleObject({ check: { select: '$.items[*]', require: { field: '@.name', present: true } } }));

function tests(cases: RuleTestFile['cases']): RuleTestFile {
  return { file: join(tempDir(), 'tests.yaml'), cases };
}

describe('the rule test runner', () => {
  it('passes when the findings match the expected pointers exactly', async () => {
    const [fires, quiet] = await runRuleTests(
      rule,
      tests([
        { name: 'fires', plan: { items: [{ name: 'a' }, {}] }, validate: false, expect: [{ pointer: '/items/1/name' }] },
        { name: 'quiet', plan: { items: [{ name: 'a' }] }, validate: false, expect: [] },
      ]),
    );
    expect(fires).toMatchObject({ passed: true, actual: ['/items/1/name'] });
    expect(quiet).toMatchObject({ passed: true, actual: [] });
  });

  it('fails on a missing, an extra or a wrong finding', async () => {
    const results = await runRuleTests(
      rule,
      tests([
        { name: 'missing', plan: { items: [{}] }, validate: false, expect: [] },
        { name: 'extra', plan: { items: [{ name: 'a' }] }, validate: false, expect: [{ pointer: '/items/0/name' }] },
        { name: 'message', plan: { items: [{}] }, validate: false, expect: [{ pointer: '/items/0/name', message_contains: 'nope' }] },
      ]),
    );
    expect(results.map((r) => r.passed)).toEqual([false, false, false]);
    expect(results[0]!.problems[0]!.en).toContain('expected findings at [], got [/items/0/name]');
    expect(results[0]!.problems[0]!.zh).toContain('期望的问题位置为 []');
    expect(results[2]!.problems[0]!.en).toContain('lacks "nope"');
  });

  it('validates case plans against the plan schema unless told not to', async () => {
    const [result] = await runRuleTests(rule, tests([{ name: 'invalid', plan: { items: [] }, expect: [] }]));
    expect(result!.passed).toBe(false);
    expect(result!.problems[0]!.en).toContain('not a valid plan');
  });

  it('applies JSON Patch operations to a base plan and reports bad patches', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'base.yaml'), stringify({ items: [{ name: 'a' }] }));
    const file = join(dir, 'tests.yaml');
    const [ok, bad] = await runRuleTests(rule, {
      file,
      base: 'base.yaml',
      cases: [
        { name: 'patched', patch: [{ op: 'remove', path: '/items/0/name' }], validate: false, expect: [{ pointer: '/items/0/name' }] },
        { name: 'bad patch', patch: [{ op: 'remove', path: '/nothing' }], validate: false, expect: [] },
      ],
    });
    expect(ok!.passed).toBe(true);
    expect(bad!.problems[0]!.en).toContain('cannot build the case plan');
  });

  it('requires a firing case and a quiet case', () => {
    expect(coverageProblems(tests([{ name: 'q', expect: [] }])).map((p) => p.en)).toEqual(['no case makes the rule fire (every case expects [])']);
    expect(coverageProblems(tests([{ name: 'f', expect: [{ pointer: '/a' }] }])).map((p) => p.en)).toEqual(['no case keeps the rule quiet (add a case with expect: [])']);
  });

  it('rejects a tests.yaml with unknown keys', () => {
    const file = join(tempDir(), 'tests.yaml');
    writeFileSync(file, 'cases:\n  - name: x\n    expect: []\n    expected: []\n');
    expect(() => loadRuleTests(file)).toThrowError(UserError);
  });

  it('discovers rule folders and their tests files', () => {
    const root = tempDir();
    writeRule(root, ruleObject());
    mkdirSync(join(root, 'profiles', 'X-RULE-001'), { recursive: true });
    writeFileSync(join(root, 'profiles', 'X-RULE-001', 'rule.yaml'), 'id: X\n');
    writeFileSync(join(root, 'TEST-RULE-001', 'tests.yaml'), 'cases: []\n');
    const folders = discoverRuleFolders(root);
    expect(folders).toHaveLength(1);
    expect(folders[0]!.testsFile).toBe(join(root, 'TEST-RULE-001', 'tests.yaml'));
  });
});
