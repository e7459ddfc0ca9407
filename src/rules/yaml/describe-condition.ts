import type { LocalizedText } from '../../i18n/lang.js';
import { canonicalJson } from '../../findings/canonical-json.js';
import type { Condition, DateOperand, NumberOperand, Subject, Test } from './condition-types.js';
import type { FieldRef } from './query.js';
import { describeQuery } from './describe-query.js';

/**
 * Conditions and tests in words, in both languages: the `{expected}` placeholder of messages and
 * the "applies when" line of `pipl-guard rules show`.
 */
export function describeCondition(condition: Condition): LocalizedText {
  return clauseText(describeClause(condition));
}

/**
 * A condition in words split into its leading subject and the rest, so that a message written as
 * "{field} {expected}" names the field once: for `any: [phone present, email present]` the
 * subject is "contact.phone" and the rest "is present and not empty, or contact.email is …".
 * `subject` is absent when the condition does not start with a field (a group of groups).
 */
export interface Clause {
  subject?: LocalizedText;
  rest: LocalizedText;
  /** Joins several parts with "and"/"or": parenthesised when nested in another group. */
  compound?: boolean;
}

export function clauseText(clause: Clause): LocalizedText {
  if (!clause.subject) return clause.rest;
  return { zh: `${clause.subject.zh} ${clause.rest.zh}`, en: `${clause.subject.en} ${clause.rest.en}` };
}

export function describeClause(condition: Condition): Clause {
  let clause = conditionWords.get(condition);
  if (!clause) {
    clause = describeClauseUncached(condition);
    conditionWords.set(condition, clause);
  }
  return clause;
}

/** Descriptions depend only on the compiled rule, never on the plan: computed once per condition/test. */
const conditionWords = new WeakMap<Condition, Clause>();
const testWords = new WeakMap<Test, LocalizedText>();
const negatedTestWords = new WeakMap<Test, LocalizedText>();

const AND = { zh: '，且 ', en: ', and ' };
const OR = { zh: '，或 ', en: ', or ' };

function describeClauseUncached(condition: Condition): Clause {
  switch (condition.kind) {
    case 'all':
      return group(condition.items, AND);
    case 'any':
      return group(condition.items, OR);
    case 'not':
      return negatedClause(condition.item);
    case 'leaf':
      return { subject: describeSubject(condition.subject), rest: join(condition.tests.map(describeTest), { zh: ' 且', en: ' and ' }) };
  }
}

/**
 * `all`/`any` in words, in the rule's order (the finding blames the first item, so the words start
 * with it): the group's subject is the first item's field; consecutive items about the same field
 * share it ("status equals a, or equals b"); nested groups are parenthesised.
 */
function group(items: Condition[], separator: LocalizedText, clauseOf: (item: Condition) => Clause = describeClause): Clause {
  const clauses = items.map((item) => {
    const clause = clauseOf(item);
    if (clause.compound) {
      const text = clauseText(clause);
      return { rest: { zh: `（${text.zh}）`, en: `(${text.en})` } } as Clause;
    }
    return clause;
  });
  const first = clauses[0];
  if (!first) return { rest: { zh: '', en: '' } };
  const parts: LocalizedText[] = [first.rest];
  for (let i = 1; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const previous = clauses[i - 1]!;
    parts.push(sameSubject(clause.subject, previous.subject) ? clause.rest : clauseText(clause));
  }
  return { ...(first.subject ? { subject: first.subject } : {}), rest: join(parts, separator), compound: parts.length > 1 };
}

/**
 * A condition that must NOT hold, in positive words where possible (De Morgan): not (A and B) is
 * "not A, or not B"; each test in its negative form ("does not equal true", "is absent").
 */
function negatedClause(condition: Condition): Clause {
  switch (condition.kind) {
    case 'leaf':
      return { subject: describeSubject(condition.subject), rest: join(condition.tests.map(describeNegatedTest), { zh: ' 或', en: ' or ' }) };
    case 'not':
      return describeClause(condition.item);
    case 'all':
      return group(condition.items, OR, negatedClause);
    case 'any':
      return group(condition.items, AND, negatedClause);
  }
}

function sameSubject(a: LocalizedText | undefined, b: LocalizedText | undefined): boolean {
  return a !== undefined && b !== undefined && a.en === b.en && a.zh === b.zh;
}

export function describeSubject(subject: Subject): LocalizedText {
  if (subject.kind === 'field') return subjectName(subject.ref);
  const words = describeQuery(subject.query.text);
  if (words) return words.count;
  return { zh: `${subject.query.text} 的匹配数`, en: `the number of matches of ${subject.query.text}` };
}

/** A field as the subject of a sentence: its name, or "the value" / "the plan" for a bare `@` / `$`. */
export function subjectName(ref: FieldRef): LocalizedText {
  if (ref.tokens.length === 0) return ref.root === '@' ? { zh: '该值', en: 'the value' } : { zh: '计划', en: 'the plan' };
  const name = fieldName(ref);
  return { zh: name, en: name };
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
      if (test.values.length === 1) return { zh: `等于 ${show(test.values[0])}`, en: `equals ${show(test.values[0])}` };
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
      return { zh: `的每一项满足：${inner.zh}`, en: `has entries that each meet: ${inner.en}` };
    }
    case 'found_in': {
      const select = describeQuery(test.select.text)?.entries ?? { zh: test.select.text, en: test.select.text };
      const key = fieldName(test.key);
      const base =
        test.key.tokens.length === 0
          ? { zh: `在 ${select.zh}之中`, en: `is among ${select.en}` }
          : { zh: `出现在 ${select.zh}的 ${key} 中`, en: `appears as the ${key} of ${select.en}` };
      if (!test.require) return base;
      // Parenthesised when it has several parts, so that what follows is not read as part of it.
      const words = describeCondition(test.require);
      const require = describeClause(test.require).compound ? { zh: `（${words.zh}）`, en: `(${words.en})` } : words;
      return { zh: `${base.zh}，且所指条目满足：${require.zh}`, en: `${base.en}, where for the entry found: ${require.en}` };
    }
  }
}

/** A test in its negative form, for `not` over one field: "equals true" → "does not equal true". */
export function describeNegatedTest(test: Test): LocalizedText {
  let text = negatedTestWords.get(test);
  if (!text) {
    text = describeNegatedTestUncached(test);
    negatedTestWords.set(test, text);
  }
  return text;
}

function describeNegatedTestUncached(test: Test): LocalizedText {
  switch (test.kind) {
    case 'present':
    case 'non_empty':
      return describeTest({ ...test, expected: !test.expected });
    case 'equals':
      return { zh: `不等于 ${show(test.value)}`, en: `does not equal ${show(test.value)}` };
    case 'one_of':
      if (test.values.length === 1) return { zh: `不等于 ${show(test.values[0])}`, en: `does not equal ${show(test.values[0])}` };
      return { zh: `不是以下任何一项：${test.values.map(show).join('、')}`, en: `is none of ${test.values.map(show).join(', ')}` };
    case 'matches':
      return { zh: `不符合格式 /${test.source}/`, en: `does not match /${test.source}/` };
    case 'type':
      return { zh: `类型不是 ${test.type}`, en: `is not of type ${test.type}` };
    case 'contains':
      return { zh: `不包含 ${show(test.value)}`, en: `does not contain ${show(test.value)}` };
    case 'number': {
      const opposite = ({ gt: 'lte', gte: 'lt', lt: 'gte', lte: 'gt' } as const)[test.op];
      return describeTest({ ...test, op: opposite });
    }
    case 'date': {
      const opposite = ({ before: 'on_or_after', on_or_before: 'after', after: 'on_or_before', on_or_after: 'before' } as const)[test.op];
      return describeTest({ ...test, op: opposite });
    }
    case 'each':
    case 'found_in': {
      const words = describeTest(test);
      return { zh: `不满足：${words.zh}`, en: `does not meet: ${words.en}` };
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
