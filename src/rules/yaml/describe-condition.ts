import type { LocalizedText } from '../../i18n/lang.js';
import { canonicalJson } from '../../findings/canonical-json.js';
import type { Condition, DateOperand, NumberOperand, Subject, Test } from './condition-types.js';
import type { FieldRef } from './query.js';

/**
 * Conditions and tests in words, in both languages: the `{expected}` placeholder of messages and
 * the "applies when" line of `pipl-guard rules show`.
 */
export function describeCondition(condition: Condition): LocalizedText {
  let text = conditionWords.get(condition);
  if (!text) {
    text = describeConditionUncached(condition);
    conditionWords.set(condition, text);
  }
  return text;
}

/** Descriptions depend only on the compiled rule, never on the plan: computed once per condition/test. */
const conditionWords = new WeakMap<Condition, LocalizedText>();
const testWords = new WeakMap<Test, LocalizedText>();

function describeConditionUncached(condition: Condition): LocalizedText {
  switch (condition.kind) {
    case 'all':
      return join(condition.items.map(describeNested), { zh: '，且 ', en: ', and ' });
    case 'any':
      return join(condition.items.map(describeNested), { zh: '，或 ', en: ', or ' });
    case 'not': {
      const inner = describeNested(condition.item);
      return { zh: `并非（${inner.zh}）`, en: `not (${inner.en})` };
    }
    case 'leaf': {
      const subject = describeSubject(condition.subject);
      const tests = join(condition.tests.map(describeTest), { zh: '且', en: ' and ' });
      return { zh: `${subject.zh} ${tests.zh}`, en: `${subject.en} ${tests.en}` };
    }
  }
}

function describeNested(condition: Condition): LocalizedText {
  const text = describeCondition(condition);
  return condition.kind === 'all' || condition.kind === 'any' ? { zh: `（${text.zh}）`, en: `(${text.en})` } : text;
}

export function describeSubject(subject: Subject): LocalizedText {
  if (subject.kind === 'field') return { zh: fieldName(subject.ref), en: fieldName(subject.ref) };
  return { zh: `${subject.query.text} 的匹配数`, en: `the number of matches of ${subject.query.text}` };
}

/** `@.recipient.name` → `recipient.name`; `$.transaction.type` → `transaction.type`. */
export function fieldName(ref: FieldRef): string {
  const text = ref.text.replace(/^[$@]\.?/, '');
  return text === '' ? (ref.root === '$' ? '$' : '@') : text;
}

export function describeTest(test: Test): LocalizedText {
  let text = testWords.get(test);
  if (!text) {
    text = describeTestUncached(test);
    testWords.set(test, text);
  }
  return text;
}

function describeTestUncached(test: Test): LocalizedText {
  switch (test.kind) {
    case 'present':
      return test.expected ? { zh: '已填写', en: 'is present' } : { zh: '未填写', en: 'is absent' };
    case 'non_empty':
      return test.expected ? { zh: '已填写且不为空', en: 'is present and not empty' } : { zh: '为空或未填写', en: 'is empty or absent' };
    case 'equals':
      return { zh: `等于 ${show(test.value)}`, en: `equals ${show(test.value)}` };
    case 'one_of':
      return { zh: `为以下之一：${test.values.map(show).join('、')}`, en: `is one of ${test.values.map(show).join(', ')}` };
    case 'matches':
      return { zh: `符合格式 /${test.source}/`, en: `matches /${test.source}/` };
    case 'type':
      return { zh: `类型为 ${test.type}`, en: `is of type ${test.type}` };
    case 'contains':
      return { zh: `包含 ${show(test.value)}`, en: `contains ${show(test.value)}` };
    case 'number': {
      const operand = numberOperand(test.operand);
      const words = {
        gt: { zh: '大于', en: 'is greater than' },
        gte: { zh: '大于等于', en: 'is at least' },
        lt: { zh: '小于', en: 'is less than' },
        lte: { zh: '小于等于', en: 'is at most' },
      }[test.op];
      return { zh: `${words.zh} ${operand.zh}`, en: `${words.en} ${operand.en}` };
    }
    case 'date': {
      const operand = dateOperand(test.operand);
      const words = {
        before: { zh: '早于', en: 'is before' },
        on_or_before: { zh: '不晚于', en: 'is on or before' },
        after: { zh: '晚于', en: 'is after' },
        on_or_after: { zh: '不早于', en: 'is on or after' },
      }[test.op];
      return { zh: `${words.zh}${operand.zh}`, en: `${words.en} ${operand.en}` };
    }
    case 'each': {
      const inner = describeCondition(test.condition);
      return { zh: `的每一项满足：${inner.zh}`, en: `has every entry with ${inner.en}` };
    }
    case 'found_in': {
      const base = {
        zh: `能在 ${test.select.text} 中按 ${fieldName(test.key)} 找到`,
        en: `is found in ${test.select.text} by ${fieldName(test.key)}`,
      };
      if (!test.require) return base;
      const require = describeCondition(test.require);
      return { zh: `${base.zh}，且所指条目满足：${require.zh}`, en: `${base.en}, where the entry found has ${require.en}` };
    }
  }
}

function numberOperand(operand: NumberOperand): LocalizedText {
  if (operand.kind === 'literal') return { zh: String(operand.value), en: String(operand.value) };
  return { zh: `${fieldName(operand.ref)} 的值`, en: `the value of ${fieldName(operand.ref)}` };
}

function dateOperand(operand: DateOperand): LocalizedText {
  if (operand.kind === 'literal') return { zh: ` ${operand.text}`, en: operand.text };
  const base = operand.kind === 'now' ? { zh: '今天', en: 'today' } : { zh: fieldName(operand.ref), en: fieldName(operand.ref) };
  const days = Math.abs(operand.offsetDays);
  if (operand.offsetDays === 0) return { zh: ` ${base.zh}`, en: base.en };
  if (operand.offsetDays < 0) return { zh: ` ${base.zh} 之前 ${days} 天`, en: `${days} day(s) before ${base.en}` };
  return { zh: ` ${base.zh} 之后 ${days} 天`, en: `${days} day(s) after ${base.en}` };
}

const SHOW_LIMIT = 80;

/**
 * A value as it appears in a message: strings bare, everything else as compact JSON cut at 80
 * characters. Serialisation stops at the limit, so showing a list of 50,000 entries costs nothing.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  const parts: string[] = [];
  let length = 0;
  const emit = (text: string): boolean => {
    parts.push(text);
    length += text.length;
    return length <= SHOW_LIMIT;
  };
  const walk = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object') return emit(canonicalJson(node));
    if (Array.isArray(node)) {
      if (!emit('[')) return false;
      for (let i = 0; i < node.length; i++) if ((i > 0 && !emit(',')) || !walk(node[i])) return false;
      return emit(']');
    }
    if (!emit('{')) return false;
    const keys = Object.keys(node).sort();
    for (let i = 0; i < keys.length; i++) {
      if ((i > 0 && !emit(',')) || !emit(`${JSON.stringify(keys[i])}:`) || !walk((node as Record<string, unknown>)[keys[i]!])) return false;
    }
    return emit('}');
  };
  const complete = walk(value);
  const text = parts.join('');
  return complete ? text : `${text.slice(0, SHOW_LIMIT - 3)}...`;
}

function join(parts: LocalizedText[], separator: LocalizedText): LocalizedText {
  return { zh: parts.map((p) => p.zh).join(separator.zh), en: parts.map((p) => p.en).join(separator.en) };
}
