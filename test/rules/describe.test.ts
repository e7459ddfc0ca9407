import { describe, expect, it } from 'vitest';
import { show } from '../../src/rules/yaml/describe-condition.js';
import { compileRule, ruleObject } from './helpers.js';

describe('show (values in messages)', () => {
  it('prints strings bare and other values as canonical JSON', () => {
    expect(show('x')).toBe('x');
    expect(show(true)).toBe('true');
    expect(show({ b: 1, a: [1, 'x', null] })).toBe('{"a":[1,"x",null],"b":1}');
  });

  it('cuts long values at 80 characters without serialising all of them', () => {
    const long = show(Array.from({ length: 50_000 }, (_, i) => ({ id: i })));
    expect(long).toHaveLength(80);
    expect(long.endsWith('...')).toBe(true);
  });
});

describe('rule explanations', () => {
  it('describe scope and checks in both languages', () => {
    const rule = compileRule(
      ruleObject({
        applies_when: [{ event_in: ['asset_sale'] }, { any: [{ field: '$.n', gte: 5 }, { not: { field: '$.flag', equals: true } }] }],
        check: {
          select: '$.items[*]',
          where: { field: '@.kind', one_of: ['a', 'b'] },
          require: { field: '@.d', on_or_before: { field: '@.e', offset_days: -30 } },
        },
      }),
    );
    const text = rule.explain();
    expect(text.applies_when!.en).toBe('transaction.type equals asset_sale, and (n is at least 5, or flag does not equal true)');
    expect(text.applies_when!.zh).toBe('transaction.type 等于 asset_sale，且 （n 大于等于 5，或 flag 不等于 true）');
    expect(text.checks.en).toBe('for each of the entries in items (only where kind is one of a, b), requires: d is on or before 30 day(s) before e');
    expect(text.checks.zh).toBe('对每个 items 中的条目（仅限：kind 为以下之一：a、b），要求：d 不晚于 e 之前 30 天');
    expect(text.checks.zh).toContain('d 不晚于 e 之前 30 天');
  });
});
