import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, STACK_TRACE, runCli } from './run-cli.js';

const INVALID = 'test/fixtures/invalid';
const VALID = 'test/fixtures/valid';
const CJK = /[\u4e00-\u9fff]/;

/** Every bad fixture: the first diagnostic's id, line and column. */
const BAD: Array<[file: string, id: string, line: number, column: number]> = [
  ['binary.yaml', 'plan.binary', 3, 1],
  ['comments-only.yaml', 'plan.empty', 1, 1],
  ['constructor-key.yaml', 'plan.forbidden_key', 5, 3],
  ['empty.yaml', 'plan.empty', 1, 1],
  ['json-comment.json', 'plan.json.expected_key', 2, 3],
  ['json-duplicate-key.json', 'plan.duplicate_key', 4, 3],
  ['json-missing-comma.json', 'plan.json.expected_comma', 3, 3],
  ['schema-enum-in-json.json', 'plan.schema.enum_suggest', 4, 5],
  ['json-single-quotes.json', 'plan.json.expected_key', 2, 3],
  ['json-trailing-comma.json', 'plan.json.trailing_comma', 20, 25],
  ['json-truncated.json', 'plan.json.unexpected_end', 29, 2],
  ['json-unterminated-string.json', 'plan.json.unterminated_string', 3, 22],
  ['latin1.yaml', 'plan.not_utf8', 5, 12],
  ['nesting-10000-deep-block-sequence.yaml', 'plan.too_deep', 7, 129],
  ['nesting-10000-deep-flow-sequence.yaml', 'plan.too_deep', 6, 71],
  ['nesting-70-levels.yaml', 'plan.too_deep', 70, 129],
  ['proto-key.json', 'plan.forbidden_key', 3, 3],
  ['proto-key.yaml', 'plan.forbidden_key', 6, 1],
  ['ref-dangling-party.yaml', 'plan.ref.dangling', 30, 5],
  ['ref-dangling.yaml', 'plan.ref.dangling_suggest', 29, 27],
  ['ref-duplicate-id.yaml', 'plan.ref.duplicate_id', 27, 5],
  ['schema-const.yaml', 'plan.schema.const', 2, 1],
  ['schema-enum.yaml', 'plan.schema.enum_suggest', 4, 3],
  ['schema-format-date.yaml', 'plan.schema.format', 5, 3],
  ['schema-format-email.yaml', 'plan.schema.format', 18, 7],
  ['schema-maximum.yaml', 'plan.schema.maximum', 36, 5],
  ['schema-min-items.yaml', 'plan.schema.min_items', 15, 5],
  ['schema-min-length.yaml', 'plan.schema.min_length', 8, 3],
  ['schema-min-properties.yaml', 'plan.schema.min_properties', 16, 5],
  ['schema-minimum.yaml', 'plan.schema.minimum', 26, 5],
  ['schema-pattern.yaml', 'plan.schema.pattern', 15, 5],
  ['schema-required-top-level.yaml', 'plan.schema.required', 2, 1],
  ['schema-required.yaml', 'plan.schema.required', 7, 1],
  ['schema-several-errors.yaml', 'plan.schema.enum', 4, 3],
  ['schema-type.yaml', 'plan.schema.type', 22, 5],
  ['schema-unique-items.yaml', 'plan.schema.unique_items', 29, 27],
  ['schema-unknown-field.yaml', 'plan.schema.unknown_field_suggest', 9, 3],
  ['schema-unknown-top-level-field.yaml', 'plan.schema.unknown_field', 33, 1],
  ['top-level-list.json', 'plan.top_not_mapping', 1, 1],
  ['top-level-list.yaml', 'plan.top_not_mapping', 1, 1],
  ['top-level-scalar.yaml', 'plan.top_not_mapping', 1, 1],
  ['uscc-check-character.yaml', 'plan.uscc.check_character', 9, 3],
  ['uscc-excluded-letter.yaml', 'plan.uscc.excluded_letter', 9, 3],
  ['uscc-lowercase.yaml', 'plan.uscc.lowercase', 13, 5],
  ['uscc-wrong-length.yaml', 'plan.uscc.length', 9, 3],
  ['utf16-bom.yaml', 'plan.wrong_encoding', 1, 1],
  ['whitespace-only.yaml', 'plan.empty', 1, 1],
  ['yaml-alias.yaml', 'plan.alias_not_allowed', 8, 11],
  ['yaml-bad-indentation.yaml', 'plan.syntax.bad_indent', 6, 1],
  ['yaml-billion-laughs.yaml', 'plan.alias_not_allowed', 2, 4],
  ['yaml-binary-tag.yaml', 'plan.unsupported_tag', 6, 8],
  ['yaml-complex-key.yaml', 'plan.non_string_key', 6, 3],
  ['yaml-duplicate-key.yaml', 'plan.duplicate_key', 6, 1],
  ['yaml-duplicate-nested-key.yaml', 'plan.duplicate_key', 4, 3],
  ['yaml-key-without-value.yaml', 'plan.syntax.key_without_value', 6, 1],
  ['yaml-multiple-documents.yaml', 'plan.multiple_documents', 6, 1],
  ['yaml-nested-mapping-on-one-line.yaml', 'plan.syntax.nested_compact_map', 3, 9],
  ['yaml-non-finite-number.yaml', 'plan.non_finite_number', 6, 16],
  ['yaml-reserved-character.yaml', 'plan.syntax.bad_scalar_start', 5, 9],
  ['yaml-tab-indentation.yaml', 'plan.syntax.tab_indent', 3, 1],
  ['yaml-unclosed-flow-sequence.yaml', 'plan.syntax.unclosed', 6, 17],
  ['yaml-unclosed-quote.yaml', 'plan.syntax.unclosed', 3, 9],
  ['yaml-unknown-tag.yaml', 'plan.unsupported_tag', 3, 9],
];

const scratch = mkdtempSync(join(tmpdir(), 'pipl-guard-validate-'));
afterAll(() => {
  chmodSync(scratch, 0o700);
  rmSync(scratch, { recursive: true, force: true });
});

function expectBilingualError(output: string, file: string, id: string, line: number, column: number) {
  const lines = output.split('\n');
  const head = lines.findIndex((l) => l.startsWith(`${file}:${line}:${column}: 错误 [${id}]`));
  expect(head, `no "${file}:${line}:${column}: 错误 [${id}]" in:\n${output}`).toBeGreaterThanOrEqual(0);
  expect(lines[head + 1]).toMatch(CJK); // Chinese first (LANG=zh_CN)
  expect(lines[head + 2]).toMatch(/[A-Za-z]{3,}/); // then English
  expect(lines[head + 2]).not.toBe(lines[head + 1]);
}

describe('pipl-guard validate: every bad fixture', () => {
  it('has a case in this table for each file in test/fixtures/invalid', () => {
    expect(readdirSync(join(ROOT, INVALID)).sort()).toEqual(BAD.map(([file]) => file).sort());
  });

  it('covers every validation keyword the plan schema uses', () => {
    const idsFor: Record<string, RegExp> = {
      required: /^plan\.schema\.required$/,
      additionalProperties: /^plan\.schema\.unknown_field/,
      const: /^plan\.schema\.const$/,
      enum: /^plan\.schema\.enum/,
      type: /^plan\.schema\.type$/,
      format: /^plan\.(schema\.format|uscc\.)/,
      pattern: /^plan\.schema\.pattern$/,
      minimum: /^plan\.schema\.minimum$/,
      maximum: /^plan\.schema\.maximum$/,
      minLength: /^plan\.schema\.min_length$/,
      minItems: /^plan\.schema\.min_items$/,
      minProperties: /^plan\.schema\.min_properties$/,
      uniqueItems: /^plan\.schema\.unique_items$/,
    };
    const notValidation = new Set(['$defs', '$id', '$ref', '$schema', 'description', 'title', 'properties', 'items', 'markdownDescription', 'markdownEnumDescriptions']);
    const used = new Set<string>();
    const walk = (node: unknown, inMap: boolean) => {
      if (Array.isArray(node)) node.forEach((n) => walk(n, false));
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (!inMap && !key.startsWith('x-') && !notValidation.has(key)) used.add(key);
          walk(value, !inMap && (key === 'properties' || key === '$defs' || key === 'patternProperties'));
        }
      }
    };
    walk(JSON.parse(readFileSync(join(ROOT, 'schemas/plan.schema.json'), 'utf8')), false);
    for (const keyword of used) {
      expect(idsFor[keyword], `no fixture mapping for the schema keyword "${keyword}": add test/fixtures/invalid/schema-<keyword>.yaml`).toBeDefined();
      expect(BAD.some(([, id]) => idsFor[keyword]!.test(id)), `no bad fixture for "${keyword}"`).toBe(true);
    }
  });

  it.each(BAD)('%s → %s at %i:%i, exit 2, both languages, no stack trace', (name, id, line, column) => {
    const file = `${INVALID}/${name}`;
    const result = runCli(['validate', file], 'zh_CN.UTF-8');
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
    expectBilingualError(result.stdout, file, id, line, column);
  });
});

describe('pipl-guard validate: valid plans', () => {
  const files = readdirSync(join(ROOT, VALID)).sort();

  it.each(files)('%s is valid (exit 0)', (name) => {
    const result = runCli(['validate', `${VALID}/${name}`]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${VALID}/${name}: valid\n1 plan(s) checked: 1 valid, 0 invalid, 0 problem(s)\n`);
    expect(result.code).toBe(0);
  });

  it('prints the summary in Chinese under a Chinese locale', () => {
    const result = runCli(['validate', `${VALID}/minimal.yaml`], 'zh_CN.UTF-8');
    expect(result.stdout).toContain('已检查 1 个计划：1 个有效，0 个无效，共 0 个问题');
  });

  it('the shipped examples are valid', () => {
    const examples = readdirSync(join(ROOT, 'examples')).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(examples.length).toBeGreaterThan(0);
    const result = runCli(['validate', ...examples.map((f) => `examples/${f}`)]);
    expect(result.stdout).toContain(`${examples.length} valid, 0 invalid`);
    expect(result.code).toBe(0);
  });
});

describe('pipl-guard validate: several files, files that are not there, options', () => {
  it('continues past bad files and reports each, exit 2', () => {
    const result = runCli(['validate', `${INVALID}/schema-type.yaml`, `${VALID}/minimal.yaml`, `${INVALID}/empty.yaml`, 'no/such/plan.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${VALID}/minimal.yaml: valid`);
    expect(result.stdout).toContain(`${INVALID}/schema-type.yaml:22:5: error [plan.schema.type]`);
    expect(result.stdout).toContain(`${INVALID}/empty.yaml:1:1: error [plan.empty]`);
    expect(result.stdout).toContain('no/such/plan.yaml: error [plan.not_found]');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('4 plan(s) checked: 1 valid, 3 invalid, 3 problem(s)');
    // English first under an English locale, Chinese on the next line
    const lines = result.stdout.split('\n');
    const i = lines.findIndex((l) => l.includes('[plan.not_found]'));
    expect(lines[i + 1]).toBe('  file not found: no/such/plan.yaml');
    expect(lines[i + 2]).toBe('  找不到文件：no/such/plan.yaml');
  });

  it('a directory', () => {
    const result = runCli(['validate', 'test/fixtures']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('test/fixtures: error [plan.is_directory]');
    expect(result.stdout).toContain('是目录');
  });

  it('a device or a pipe is refused, not read (/dev/zero would never end)', () => {
    for (const device of ['/dev/zero', '/dev/null']) {
      const result = runCli(['validate', device]);
      expect(result.code).toBe(2);
      expect(result.stdout).toContain(`${device}: error [plan.not_regular_file]`);
    }
  });

  const isRoot = process.getuid?.() === 0;
  if (isRoot) console.warn('skipped "an unreadable file": running as root, where chmod 000 does not stop reads');
  it.skipIf(isRoot)('an unreadable file (chmod 000)', () => {
    const file = join(scratch, 'locked.yaml');
    writeFileSync(file, 'schema_version: "1"\n');
    chmodSync(file, 0o000);
    const result = runCli(['validate', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${file}: error [plan.unreadable]`);
    expect(result.stdout).toContain('EACCES');
  });

  it('--max-plan-bytes refuses a larger file, naming the size and the limit', () => {
    const result = runCli(['validate', '--max-plan-bytes', '100', `${VALID}/share-sale.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('error [plan.too_large]');
    expect(result.stdout).toMatch(/\d+ bytes exceeds the limit of 100 bytes/);
    expect(runCli(['validate', '--max-plan-bytes', '1M', `${VALID}/share-sale.yaml`]).code).toBe(0);
  });

  it('refuses a plan that would not fit in the heap, saying how to raise it, instead of crashing', () => {
    const file = join(scratch, 'wide.yaml');
    writeFileSync(file, `notes: ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const result = runCli(['validate', file], 'en_US.UTF-8', ['--max-old-space-size=64']);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${file}: error [plan.needs_more_memory]`);
    expect(result.stdout).toMatch(/run with NODE_OPTIONS=--max-old-space-size=\d+/);
    expect(result.stdout).toContain('NODE_OPTIONS=--max-old-space-size=');
    expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
  });

  it('--max-plan-bytes rejects a value that is not a size', () => {
    const result = runCli(['validate', '--max-plan-bytes', 'lots', `${VALID}/minimal.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[cli.invalid_number]');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('--format json: every diagnostic with location and both languages, byte-identical across runs', () => {
    const args = ['validate', '--format', 'json', `${INVALID}/schema-several-errors.yaml`, `${VALID}/minimal.yaml`];
    const first = runCli(args);
    expect(first.code).toBe(2);
    expect(runCli(args).stdout).toBe(first.stdout);
    const report = JSON.parse(first.stdout);
    expect(report.valid).toBe(false);
    expect(report.summary).toEqual({ plans: 2, valid: 1, invalid: 1, problems: 3 });
    expect(report.plans[1]).toMatchObject({ file: `${VALID}/minimal.yaml`, valid: true, diagnostics: [] });
    expect(report.plans[1].sha256).toMatch(/^[0-9a-f]{64}$/);
    const diagnostics = report.plans[0].diagnostics;
    expect(diagnostics.map((d: { location: { line: number } }) => d.location.line)).toEqual([4, 14, 22]);
    expect(diagnostics[2]).toEqual({
      id: 'plan.schema.type',
      severity: 'error',
      location: { file: `${INVALID}/schema-several-errors.yaml`, pointer: '/data_inventory/0/subject_count', line: 22, column: 5 },
      message: { en: 'expected an integer, found a text (string)', zh: '应为整数，实际是文本' },
      params: { expected: 'integer', actual: 'string' },
    });
  });

  it('no plan at all is a usage error', () => {
    const result = runCli(['validate'], 'zh_CN.UTF-8');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('错误 [cli.missing_argument]');
    expect(result.stderr).toContain('missing argument');
  });

  it('--format with an unknown value is a usage error', () => {
    const result = runCli(['validate', '--format', 'xml', `${VALID}/minimal.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[cli.invalid_choice]');
  });

  it('--lang overrides LANG', () => {
    const result = runCli(['validate', '--lang', 'zh', `${VALID}/minimal.yaml`], 'en_US.UTF-8');
    expect(result.stdout).toContain('：有效');
  });

  it('a schema given with --schema that is not JSON is reported, not thrown', () => {
    const schema = join(scratch, 'broken.schema.json');
    writeFileSync(schema, '{ not json');
    const result = runCli(['validate', '--schema', schema, `${VALID}/minimal.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[plan.schema_file.not_json]');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
