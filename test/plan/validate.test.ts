import { describe, expect, it } from 'vitest';
import type { AnySchemaObject } from 'ajv/dist/2020.js';
import { compilePlanSchema } from '../../src/plan/plan-schema.js';
import { parsePlan } from '../../src/plan/load.js';
import { validatePlan } from '../../src/plan/validate.js';
import type { PlanDiagnostic } from '../../src/plan/diagnostic.js';

const enc = (s: string) => new TextEncoder().encode(s);

/** A small schema shaped like the real one: ids, references, a USCC, enums, combinators. */
const SCHEMA: AnySchemaObject = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  required: ['schema_version', 'entity'],
  properties: {
    schema_version: { const: '1', description: 'Schema version.', 'x-description-zh': '模式版本。' },
    entity: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'uscc'],
      properties: {
        name: { type: 'string', minLength: 2, maxLength: 40, description: 'Legal name of the company. More text.', 'x-description-zh': '公司法定名称。更多。' },
        uscc: { type: 'string', format: 'uscc', description: 'Unified social credit code.', 'x-description-zh': '统一社会信用代码。' },
        sector: { enum: ['general', 'healthcare', 'education'] },
        effective_date: { type: 'string', format: 'date' },
        headcount: { type: 'integer', minimum: 0, maximum: 100000 },
        ratio: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1, multipleOf: 0.01 },
        code: { type: 'string', pattern: '^[A-Z]{3}$' },
      },
    },
    data_inventory: {
      type: 'array',
      minItems: 1,
      maxItems: 5,
      items: { $ref: '#/$defs/dataset' },
    },
    pi_transfers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          dataset_ids: { type: 'array', items: { type: 'string' }, uniqueItems: true, 'x-pipl-ref': 'dataset' },
          recipient_ref: { type: 'string', 'x-pipl-ref': ['recipient', 'processor'] },
        },
      },
    },
    recipients: { type: 'array', items: { type: 'object', properties: { id: { type: 'string', 'x-pipl-id': 'recipient' } } } },
    retention: {
      oneOf: [
        { type: 'string', enum: ['none', 'statutory'] },
        { $ref: '#/$defs/period' },
      ],
    },
    contact: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    channels: { type: 'array', items: { type: 'string' }, contains: { const: 'sms' }, minItems: 1 },
    tags: { type: 'object', propertyNames: { pattern: '^[a-z]+$' }, minProperties: 1, maxProperties: 2 },
    encryption: {
      type: 'object',
      properties: { at_rest: { type: 'boolean' }, algorithm: { type: 'string' } },
      dependentRequired: { at_rest: ['algorithm'] },
    },
  },
  $defs: {
    dataset: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'category'],
      properties: {
        id: { type: 'string', 'x-pipl-id': 'dataset' },
        category: { type: 'string', enum: ['contact', 'financial', 'health'] },
        sensitive: { type: 'boolean' },
        subject_count: { type: 'integer' },
      },
    },
    period: {
      type: 'object',
      additionalProperties: false,
      required: ['years', 'basis'],
      properties: { years: { type: 'integer', minimum: 1 }, basis: { type: 'string' } },
    },
  },
};

const schema = compilePlanSchema(SCHEMA, 'test-schema');
const VALID = `schema_version: '1'
entity:
  name: Example Co
  uscc: 91350100M000100Y43
data_inventory:
  - id: ds-1
    category: contact
`;

function check(yaml: string): PlanDiagnostic[] {
  return validatePlan(parsePlan('plan.yaml', enc(yaml)), { schema });
}

function only(yaml: string): PlanDiagnostic {
  const list = check(yaml);
  expect(list, JSON.stringify(list.map((d) => d.text.en))).toHaveLength(1);
  return list[0]!;
}

describe('validatePlan: schema errors in our words', () => {
  it('accepts a valid plan', () => {
    expect(check(VALID)).toEqual([]);
  });

  it('required: names the missing field, its parent, the field description, and points at the parent', () => {
    const d = only(`schema_version: '1'\nentity:\n  name: Example Co\n`);
    expect(d.messageId).toBe('plan.schema.required');
    expect(d).toMatchObject({ line: 2, column: 1, pointer: '/entity' });
    expect(d.text.en).toBe('missing required field `uscc` in `/entity` (Unified social credit code)');
    expect(d.text.zh).toBe('`/entity` 中缺少必填字段 `uscc`（统一社会信用代码）');
  });

  it('required at the top level', () => {
    const d = only(`entity:\n  name: Example Co\n  uscc: 91350100M000100Y43\n`);
    expect(d.text.en).toBe('missing required field `schema_version` in the top level (Schema version)');
    expect(d.text.zh).toContain('顶层中缺少必填字段 `schema_version`');
  });

  it('additionalProperties: points at the unknown key and suggests the closest name', () => {
    const d = only(VALID.replace('  name: Example Co', '  name: Example Co\n  effectiveDate: 2026-01-01'));
    expect(d.messageId).toBe('plan.schema.unknown_field_suggest');
    expect(d).toMatchObject({ line: 4, column: 3, pointer: '/entity/effectiveDate' });
    expect(d.text.en).toBe('unknown field `effectiveDate` in `/entity`: did you mean `effective_date`?');
    expect(d.text.zh).toBe('`/entity` 中有未知字段 `effectiveDate`：是否应为 `effective_date`？');
  });

  it('additionalProperties: a typo and a name far from everything', () => {
    expect(only(VALID.replace('  name: Example Co', '  name: Example Co\n  sectr: general')).text.en).toContain('did you mean `sector`?');
    const far = only(VALID + 'zzzzzzzz: 1\n');
    expect(far.messageId).toBe('plan.schema.unknown_field');
    expect(far.text.en).toBe('unknown field `zzzzzzzz` in the top level');
  });

  it('additionalProperties inside a $ref definition suggests that definition’s names', () => {
    const d = only(VALID + '    sensitiv: true\n');
    expect(d).toMatchObject({ pointer: '/data_inventory/0/sensitiv', line: 8, column: 5 });
    expect(d.text.en).toContain('did you mean `sensitive`?');
  });

  it('enum: lists the allowed values and suggests one', () => {
    const d = only(VALID.replace('category: contact', 'category: contacts'));
    expect(d.messageId).toBe('plan.schema.enum_suggest');
    expect(d).toMatchObject({ line: 7, column: 5, pointer: '/data_inventory/0/category' });
    expect(d.text.en).toBe('the value "contacts" is not allowed: did you mean "contact"? allowed values: "contact", "financial", "health"');
    expect(d.text.zh).toContain('允许的值：');
  });

  it('type: both languages name the expected and the found type', () => {
    const d = only(VALID.replace('  name: Example Co', '  name: Example Co\n  headcount: many'));
    expect(d.messageId).toBe('plan.schema.type');
    expect(d.text.en).toBe('expected an integer, found a text (string)');
    expect(d.text.zh).toBe('应为整数，实际是文本');
  });

  it('const', () => {
    const d = only(VALID.replace("schema_version: '1'", "schema_version: '2'"));
    expect(d.text.en).toBe('the value must be "1", found "2"');
  });

  it('format: a date', () => {
    const d = only(VALID.replace('  name: Example Co', '  name: Example Co\n  effective_date: 2026-02-30'));
    expect(d.messageId).toBe('plan.schema.format');
    expect(d.text.en).toBe('"2026-02-30" is not a valid date (YYYY-MM-DD)');
    expect(d.text.zh).toBe('"2026-02-30" 不是有效的日期（YYYY-MM-DD）');
  });

  it('format uscc: says which character is wrong and what the check character should be', () => {
    const bad = only(VALID.replace('91350100M000100Y43', '91350100M000100Y44'));
    expect(bad.messageId).toBe('plan.uscc.check_character');
    expect(bad).toMatchObject({ line: 4, column: 3 });
    expect(bad.text.en).toContain('the check character should be `3`, found `4`');
    expect(bad.text.zh).toContain('校验位应为 `3`');
    expect(only(VALID.replace('91350100M000100Y43', '91350100m000100Y43')).messageId).toBe('plan.uscc.lowercase');
    expect(only(VALID.replace('91350100M000100Y43', '91350100O000100Y43')).messageId).toBe('plan.uscc.excluded_letter');
    expect(only(VALID.replace('91350100M000100Y43', '"9135010"')).messageId).toBe('plan.uscc.length');
    expect(only(VALID.replace('91350100M000100Y43', '9135010')).messageId).toBe('plan.schema.type');
  });

  it('pattern, minimum, maximum, exclusive bounds, multipleOf, lengths', () => {
    const ids = (extra: string) => check(VALID.replace('  name: Example Co', `  name: Example Co\n${extra}`)).map((d) => d.messageId);
    expect(ids('  code: abc')).toEqual(['plan.schema.pattern']);
    expect(ids('  headcount: -1')).toEqual(['plan.schema.minimum']);
    expect(ids('  headcount: 100001')).toEqual(['plan.schema.maximum']);
    expect(ids('  ratio: 0')).toEqual(['plan.schema.exclusive_minimum']);
    expect(ids('  ratio: 1')).toEqual(['plan.schema.exclusive_maximum']);
    expect(ids('  ratio: 0.333')).toEqual(['plan.schema.multiple_of']);
    expect(check(VALID.replace('name: Example Co', 'name: E')).map((d) => d.text.en)).toEqual(['the text needs at least 2 characters, found 1']);
    expect(check(VALID.replace('name: Example Co', `name: ${'x'.repeat(41)}`)).map((d) => d.messageId)).toEqual(['plan.schema.max_length']);
  });

  it('minItems, maxItems, uniqueItems, contains, min/maxProperties, propertyNames, dependentRequired', () => {
    expect(check(VALID.replace(/data_inventory:[\s\S]*$/, 'data_inventory: []\n')).map((d) => d.messageId)).toEqual(['plan.schema.min_items']);
    const six = Array.from({ length: 6 }, (_, i) => `  - {id: d${i}, category: contact}`).join('\n');
    expect(check(VALID.replace(/data_inventory:[\s\S]*$/, `data_inventory:\n${six}\n`)).map((d) => d.messageId)).toEqual(['plan.schema.max_items']);
    const dup = check(VALID + 'pi_transfers:\n  - dataset_ids: [ds-1, ds-1]\n');
    expect(dup.map((d) => d.messageId)).toEqual(['plan.schema.unique_items']);
    expect(dup[0]).toMatchObject({ pointer: '/pi_transfers/0/dataset_ids/1', line: 9, column: 25 });
    expect(dup[0]!.text.en).toBe('duplicate list items: `/pi_transfers/0/dataset_ids/1` repeats `/pi_transfers/0/dataset_ids/0` (items must be unique)');
    expect(check(VALID + 'channels: [email]\n').map((d) => d.messageId)).toEqual(['plan.schema.contains']);
    expect(check(VALID + 'tags: {}\n').map((d) => d.messageId)).toEqual(['plan.schema.min_properties']);
    expect(check(VALID + 'tags: {a: 1, b: 2, c: 3}\n').map((d) => d.messageId)).toEqual(['plan.schema.max_properties']);
    const name = check(VALID + 'tags:\n  Bad: 1\n');
    expect(name.map((d) => d.messageId)).toEqual(['plan.schema.field_name']);
    expect(name[0]).toMatchObject({ pointer: '/tags/Bad', line: 9, column: 3 });
    const dep = check(VALID + 'encryption:\n  at_rest: true\n');
    expect(dep.map((d) => d.text.en)).toEqual(['the field `algorithm` is required when `at_rest` is present']);
  });

  it('oneOf: keeps only the errors of the branch the author meant', () => {
    const typo = check(VALID + 'retention: statutoy\n');
    expect(typo.map((d) => d.messageId)).toEqual(['plan.schema.enum_suggest']);
    const object = check(VALID + 'retention:\n  years: 0\n  basis: accounting law\n');
    expect(object.map((d) => d.messageId)).toEqual(['plan.schema.minimum']);
    expect(object[0]).toMatchObject({ pointer: '/retention/years', line: 9 });
    const missing = check(VALID + 'retention:\n  years: 3\n');
    expect(missing.map((d) => d.text.en)).toEqual(['missing required field `basis` in `/retention`']);
  });

  it('anyOf over types: one sentence with every allowed type', () => {
    const d = only(VALID + 'contact: true\n');
    expect(d.messageId).toBe('plan.schema.type');
    expect(d.text.en).toBe('expected a text (string) or an integer, found a boolean (true/false)');
    expect(d.text.zh).toBe('应为文本或整数，实际是布尔值（true/false）');
  });

  it('reports every problem, sorted by line and column, without duplicates', () => {
    const list = check(`entity:\n  name: 1\n  uscc: x\nextra: 1\n`);
    expect(list.map((d) => [d.line, d.column, d.messageId])).toEqual([
      [1, 1, 'plan.schema.required'],
      [2, 3, 'plan.schema.type'],
      [3, 3, 'plan.uscc.length'],
      [4, 1, 'plan.schema.unknown_field'],
    ]);
  });

  it('never shows ajv’s own English sentences', () => {
    const list = check(`entity:\n  name: 1\n  uscc: x\nextra: 1\nretention: 5\ncontact: []\n`);
    for (const d of list) {
      expect(d.text.en).not.toMatch(/must have required property|must NOT have|must be equal to|must match (format|pattern|exactly|a schema)|must be (string|integer|boolean)/);
      expect(d.text.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('validatePlan: ids and references', () => {
  it('accepts references to defined ids, including ids of any of several kinds', () => {
    expect(check(VALID + 'recipients:\n  - id: r-1\npi_transfers:\n  - dataset_ids: [ds-1]\n    recipient_ref: r-1\n')).toEqual([]);
  });

  it('reports a dangling reference with a suggestion and the known ids', () => {
    const d = only(VALID + 'pi_transfers:\n  - dataset_ids: [ds-2]\n');
    expect(d.messageId).toBe('plan.ref.dangling_suggest');
    expect(d).toMatchObject({ pointer: '/pi_transfers/0/dataset_ids/0', line: 9, column: 19 });
    expect(d.text.en).toBe('reference to an unknown dataset id `ds-2`: did you mean `ds-1`? defined ids: `ds-1`');
    expect(d.text.zh).toBe('引用了不存在的 dataset 标识 `ds-2`：是否应为 `ds-1`？已定义的标识：`ds-1`');
  });

  it('reports a reference when no id of that kind exists', () => {
    const d = only(VALID + 'pi_transfers:\n  - recipient_ref: acme\n');
    expect(d.messageId).toBe('plan.ref.none_defined');
    expect(d.params).toMatchObject({ kind: 'processor/recipient', id: 'acme' });
  });

  it('reports a duplicate id at the second definition, naming the first line', () => {
    const d = only(VALID + '  - id: ds-1\n    category: health\n');
    expect(d.messageId).toBe('plan.ref.duplicate_id');
    expect(d).toMatchObject({ pointer: '/data_inventory/1/id', line: 8, column: 5 });
    expect(d.text.en).toBe('duplicate dataset id `ds-1`: already defined on line 6');
  });

  it('lists at most ten known ids', () => {
    const many = Array.from({ length: 5 }, (_, i) => `  - {id: set-${i}, category: contact}`).join('\n');
    const plan = VALID.replace(/data_inventory:[\s\S]*$/, `data_inventory:\n${many}\n`) + 'pi_transfers:\n  - dataset_ids: [zzz]\n';
    const d = only(plan);
    expect(d.text.en).toContain('`set-0`, `set-1`, `set-2`, `set-3`, `set-4`');
  });
});
