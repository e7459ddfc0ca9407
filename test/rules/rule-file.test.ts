import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError, UserErrors } from '../../src/errors/user-error.js';
import { loadYamlRuleFile } from '../../src/rules/yaml/load-rule-file.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { ruleObject, tempDir, writeRule } from './helpers.js';

const VALID = `id: TEST-RULE-001
title: {zh: 测试, en: Test}
description: {zh: 测试。, en: Test.}
message: {zh: "{field} 缺失", en: "{field} is missing"}
remediation: {zh: 补上。, en: Add it.}
category: transfer-handover
severity: high
legal_basis:
  - {instrument: PIPL, article: 22, verification: V}
check:
  select: $.pi_transfers[*]
  require:
    - field: "@.legal_basis"
      present: true
`;

/** All errors thrown while loading one rule text. */
function errorsOf(text: string, id = 'TEST-RULE-001'): UserError[] {
  const file = writeRule(tempDir(), text, id);
  try {
    loadYamlRuleFile(file);
  } catch (error) {
    if (error instanceof UserError) return [error];
    if (error instanceof UserErrors) return error.errors;
    throw error;
  }
  return [];
}

describe('rule files', () => {
  it('loads a valid rule with its metadata and source line', () => {
    const file = writeRule(tempDir(), VALID);
    const rule = loadYamlRuleFile(file);
    expect(rule.meta).toMatchObject({ id: 'TEST-RULE-001', severity: 'high', engine: 'yaml', source: { file, line: 1 } });
    expect(rule.meta.legal_basis).toEqual([{ instrument: 'PIPL', article: '22', verification: 'V' }]);
  });

  it('reports an unknown key with its line, and names the allowed keys', () => {
    const [error, ...rest] = errorsOf(VALID.replace('severity: high', 'severity: high\nseverty: low'));
    expect(rest).toEqual([]);
    expect(error!.messageId).toBe('rules.unknown_key');
    expect(error!.location).toMatchObject({ line: 8, column: 1, pointer: '/severty' });
    expect(error!.text.en).toContain('"severty"');
    expect(error!.text.zh).toContain('未知的键');
  });

  it('reports an unknown key inside a condition', () => {
    const [error] = errorsOf(VALID.replace('      present: true', '      presnt: true'));
    expect(error).toMatchObject({ messageId: 'rules.unknown_key', location: { line: 14, pointer: '/check/require/0/presnt' } });
    expect(error!.text.en).toContain('allowed keys: all, any, not, field, count, event_in, present,');
  });

  it('reports a bad category with the allowed values', () => {
    const [error] = errorsOf(VALID.replace('category: transfer-handover', 'category: transfers'));
    expect(error).toMatchObject({ messageId: 'rules.bad_enum', location: { line: 6 } });
    expect(error!.text.en).toContain('transfer-handover');
  });

  it('reports a bad JSONPath selector with its line', () => {
    const [error] = errorsOf(VALID.replace('select: $.pi_transfers[*]', 'select: $.pi_transfers[*'));
    expect(error).toMatchObject({ messageId: 'rules.bad_selector', location: { line: 11, pointer: '/check/select' } });
    expect(error!.text.zh).toContain('JSONPath');
  });

  it('rejects a field that is not a singular query', () => {
    const [error] = errorsOf(VALID.replace('field: "@.legal_basis"', 'field: "@.items[*]"'));
    expect(error).toMatchObject({ messageId: 'rules.not_singular', location: { line: 13 } });
  });

  it('refuses unparenthesised chains of three && (the JSONPath library misparses them)', () => {
    const [error] = errorsOf(VALID.replace('select: $.pi_transfers[*]', 'select: "$.pi_transfers[?@.a && @.b && @.c]"'));
    expect(error).toMatchObject({ messageId: 'rules.bad_selector', location: { line: 11 } });
    expect(error!.text.en).toContain('a && (b && c)');
    expect(errorsOf(VALID.replace('select: $.pi_transfers[*]', 'select: "$.pi_transfers[?@.a && (@.b && @.c) || @.d && @.e]"'))).toEqual([]);
    expect(errorsOf(VALID.replace('select: $.pi_transfers[*]', `select: "$.pi_transfers[?@.a == '&& &&' && @.b]"`))).toEqual([]);
  });

  it('rejects unknown JSONPath functions', () => {
    const [error] = errorsOf(VALID.replace('select: $.pi_transfers[*]', 'select: $.pi_transfers[?foo(@.x)]'));
    expect(error!.messageId).toBe('rules.bad_selector');
  });

  it('reports placeholders the rule cannot fill', () => {
    const [error] = errorsOf(VALID.replace('"{field} is missing"', '"{feild} is missing"'));
    expect(error).toMatchObject({ messageId: 'rules.unknown_placeholder', location: { line: 4, pointer: '/message/en' } });
  });

  it('reports missing required keys, bad regexes, bad dates and malformed conditions together', () => {
    const text = VALID.replace('remediation: {zh: 补上。, en: Add it.}\n', '').replace(
      '      present: true',
      '      matches: "(["\n    - field: "@.d"\n      before: 2025-13-01\n    - present: true\n    - field: "@.x"\n    - {field: "@.x", count: "@.y[*]", gte: 1}\n    - {count: "@.y[*]", equals: 1}',
    );
    const errors = errorsOf(text);
    expect(errors.map((e) => e.messageId)).toEqual(['rules.missing_key']);
    const semantic = errorsOf(VALID.replace(
      '      present: true',
      '      matches: "(["\n    - field: "@.d"\n      before: 2025-13-01\n    - present: true\n    - field: "@.x"\n    - {field: "@.x", count: "@.y[*]", gte: 1}\n    - {count: "@.y[*]", equals: 1}',
    ));
    expect(semantic.map((e) => [e.messageId, e.location?.line])).toEqual([
      ['rules.bad_regex', 14],
      ['rules.bad_date', 16],
      ['rules.condition_no_subject', 17],
      ['rules.condition_no_test', 18],
      ['rules.condition_two_subjects', 19],
      ['rules.test_not_for_count', 20],
    ]);
  });

  it.each([
    ['a combinator mixed with a subject', '      present: true', '      present: true\n    - {all: [{field: "@.a", present: true}], field: "@.b"}', 'rules.condition_mixed'],
    ['event_in with extra tests', '      present: true', '      present: true\n    - {event_in: [asset_sale], present: true}', 'rules.event_in_with_tests'],
    ['an empty condition', '      present: true', '      present: true\n    - {any: [{}]}', 'rules.schema_violation'],
    ['a date operand with both field and now', '      present: true', '      before: {field: "@.x", now: true}', 'rules.bad_date_operand'],
    ['an empty legal basis', '  - {instrument: PIPL, article: 22, verification: V}', '  []', 'rules.too_few'],
    ['a title that is not bilingual', 'title: {zh: 测试, en: Test}', 'title: Test', 'rules.bad_type'],
    ['a bad verification tag', 'verification: V}', 'verification: X}', 'rules.bad_enum'],
    ['a lower-case id', 'id: TEST-RULE-001', 'id: test-rule-001', 'rules.bad_pattern'],
  ])('reports %s', (_name, from, to, id) => {
    const errors = errorsOf(VALID.replace(from, to));
    expect(errors.map((e) => e.messageId)).toContain(id);
    for (const error of errors) {
      expect(error.location?.line).toBeGreaterThan(0);
      expect(error.text.zh).not.toBe(error.text.en);
    }
  });

  it('rejects an id that does not match its folder', () => {
    const [error] = errorsOf(VALID, 'OTHER-RULE-001');
    expect(error).toMatchObject({ messageId: 'rules.id_folder_mismatch', location: { line: 1 } });
  });

  it('reports YAML syntax errors as rule-file errors with the line', () => {
    const [error] = errorsOf(`${VALID}  bad: [\n`);
    expect(error!.messageId).toBe('rules.file_unreadable');
    expect(error!.location?.line).toBeGreaterThan(14);
    expect(error!.text.en).toContain('rule file');
    expect(error!.text.zh).toContain('规则文件');
  });

  it('requires found_in.select to start at the plan root', () => {
    const [error] = errorsOf(VALID.replace('      present: true', '      found_in: {select: "@.x[*]"}'));
    expect(error!.messageId).toBe('rules.select_must_be_absolute');
  });

  it('refuses params that shadow built-in placeholders', () => {
    const [error] = errorsOf(VALID.replace('  select: $.pi_transfers[*]', '  select: $.pi_transfers[*]\n  params: {value: "@.id"}'));
    expect(error!.messageId).toBe('rules.param_shadows');
  });
});

describe('rulesets', () => {
  it('rejects duplicate ids across folders, naming both files', async () => {
    const a = tempDir();
    const b = tempDir();
    writeRule(a, ruleObject());
    const second = writeRule(b, ruleObject());
    const error = await loadRuleset({ includeShipped: false, policyDirs: [a, b] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).messageId).toBe('rules.duplicate_id');
    expect((error as UserError).location).toMatchObject({ file: second, line: 1 });
    expect((error as UserError).text.en).toContain(join(a, 'TEST-RULE-001', 'rule.yaml'));
  });

  it('reports a missing policy folder', async () => {
    const error = await loadRuleset({ includeShipped: false, policyDirs: ['/nonexistent/policies'] }).catch((e: unknown) => e);
    expect((error as UserError).messageId).toBe('rules.policies_dir_missing');
  });

  it('skips profiles/ and non-rule files, and hashes contents independently of paths', async () => {
    const a = tempDir();
    writeRule(a, ruleObject());
    writeFileSync(join(a, 'README.md'), 'not a rule');
    const b = tempDir();
    writeRule(b, ruleObject());
    const [ra, rb] = [await loadRuleset({ includeShipped: false, policyDirs: [a] }), await loadRuleset({ includeShipped: false, policyDirs: [b] })];
    expect(ra.rules.map((r) => r.meta.id)).toEqual(['TEST-RULE-001']);
    expect(ra.sha256).toBe(rb.sha256);
    expect(ra.revision).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });
});
