import { joinPointer } from '../../plan/json-pointer.js';
import {
  COMBINATOR_KEYS,
  DATE_OPS,
  EVENT_TYPE_FIELD,
  FIELD_ONLY_TESTS,
  NUMBER_OPS,
  SUBJECT_KEYS,
  TEST_KEYS,
  type Condition,
  type DateOperand,
  type NumberOperand,
  type Subject,
  type Test,
  type ValueType,
} from './condition-types.js';
import { dayNumber } from './dates.js';
import type { RuleProblems } from './problems.js';
import { QuerySyntaxError, compileFieldRef, compileQuery, type CompiledQuery, type FieldRef } from './query.js';

/**
 * Turns the condition part of a rule file (already checked against schemas/policy.schema.json)
 * into a `Condition`, reporting every semantic mistake (bad query, bad regex, bad date, a test
 * without subject...) with its place in the file. Returns undefined when something was wrong.
 */
export function compileCondition(raw: unknown, pointer: string, problems: RuleProblems): Condition | undefined {
  if (Array.isArray(raw)) {
    const items = raw.map((item, i) => compileCondition(item, joinPointer(pointer, i), problems));
    return items.every((item): item is Condition => item !== undefined) ? { kind: 'all', items } : undefined;
  }
  if (raw === null || typeof raw !== 'object') return undefined; // the schema check has reported it
  const node = raw as Record<string, unknown>;
  const keys = Object.keys(node);
  const combinators = keys.filter((k) => (COMBINATOR_KEYS as readonly string[]).includes(k));
  if (combinators.length > 0) {
    if (keys.length > 1) {
      problems.add('rules.condition_mixed', { combinator: combinators[0], keys: keys.filter((k) => k !== combinators[0]).join(', ') }, pointer);
      return undefined;
    }
    const key = combinators[0]!;
    if (key === 'not') {
      const item = compileCondition(node.not, joinPointer(pointer, 'not'), problems);
      return item ? { kind: 'not', item } : undefined;
    }
    const list = Array.isArray(node[key]) ? (node[key] as unknown[]) : [];
    const items = list.map((item, i) => compileCondition(item, joinPointer(pointer, key, i), problems));
    if (!items.every((item): item is Condition => item !== undefined)) return undefined;
    return { kind: key as 'all' | 'any', items };
  }
  return compileLeaf(node, pointer, problems);
}

function compileLeaf(node: Record<string, unknown>, pointer: string, problems: RuleProblems): Condition | undefined {
  const keys = Object.keys(node);
  const subjects = keys.filter((k) => (SUBJECT_KEYS as readonly string[]).includes(k));
  const tests = keys.filter((k) => (TEST_KEYS as readonly string[]).includes(k));
  if (subjects.length === 0 && tests.length === 0) {
    problems.add('rules.condition_empty', {}, pointer);
    return undefined;
  }
  if (subjects.length > 1) {
    problems.add('rules.condition_two_subjects', { keys: subjects.join(', ') }, pointer);
    return undefined;
  }
  if (subjects.length === 0) {
    problems.add('rules.condition_no_subject', { tests: tests.join(', ') }, pointer);
    return undefined;
  }
  const subjectKey = subjects[0]!;
  if (subjectKey === 'event_in') {
    if (tests.length > 0) {
      problems.add('rules.event_in_with_tests', { tests: tests.join(', ') }, pointer);
      return undefined;
    }
    return {
      kind: 'leaf',
      subject: { kind: 'field', ref: compileFieldRef(EVENT_TYPE_FIELD) },
      tests: [{ kind: 'one_of', values: Array.isArray(node.event_in) ? [...(node.event_in as unknown[])] : [] }],
    };
  }
  if (tests.length === 0) {
    problems.add('rules.condition_no_test', { subject: subjectKey }, pointer);
    return undefined;
  }
  let subject: Subject | undefined;
  if (subjectKey === 'field') {
    const ref = fieldRef(node.field, joinPointer(pointer, 'field'), problems);
    if (ref) subject = { kind: 'field', ref };
  } else {
    for (const test of tests) {
      if (FIELD_ONLY_TESTS.has(test)) problems.add('rules.test_not_for_count', { test }, joinPointer(pointer, test));
    }
    const query = queryOf(node.count, joinPointer(pointer, 'count'), problems);
    if (query) subject = { kind: 'count', query };
  }
  const compiled: Test[] = [];
  let ok = subject !== undefined;
  for (const key of TEST_KEYS) {
    if (!(key in node)) continue;
    const test = compileTest(key, node[key], joinPointer(pointer, key), problems);
    if (test) compiled.push(test);
    else ok = false;
  }
  return ok && subject ? { kind: 'leaf', subject, tests: compiled } : undefined;
}

function compileTest(key: string, raw: unknown, pointer: string, problems: RuleProblems): Test | undefined {
  switch (key) {
    case 'present':
    case 'non_empty':
      return { kind: key, expected: raw === true };
    case 'equals':
      return { kind: 'equals', value: raw };
    case 'one_of':
      return { kind: 'one_of', values: Array.isArray(raw) ? raw : [] };
    case 'contains':
      return { kind: 'contains', value: raw };
    case 'type':
      return { kind: 'type', type: raw as ValueType };
    case 'matches': {
      const source = String(raw);
      try {
        return { kind: 'matches', pattern: new RegExp(source, 'u'), source };
      } catch (error) {
        problems.add('rules.bad_regex', { pattern: source, detail: (error as Error).message }, pointer);
        return undefined;
      }
    }
    case 'each': {
      const condition = compileCondition(raw, pointer, problems);
      return condition ? { kind: 'each', condition } : undefined;
    }
    case 'found_in': {
      const spec = raw as { select?: unknown; key?: unknown; require?: unknown };
      const select = queryOf(spec.select, joinPointer(pointer, 'select'), problems);
      if (select && select.root !== '$') {
        problems.add('rules.select_must_be_absolute', { query: select.text }, joinPointer(pointer, 'select'));
        return undefined;
      }
      const keyRef = fieldRef(spec.key ?? '@.id', joinPointer(pointer, 'key'), problems);
      const require = spec.require === undefined ? undefined : compileCondition(spec.require, joinPointer(pointer, 'require'), problems);
      if (!select || !keyRef || (spec.require !== undefined && !require)) return undefined;
      return require ? { kind: 'found_in', select, key: keyRef, require } : { kind: 'found_in', select, key: keyRef };
    }
  }
  if ((NUMBER_OPS as readonly string[]).includes(key)) {
    const operand = numberOperand(raw, pointer, problems);
    return operand ? { kind: 'number', op: key as (typeof NUMBER_OPS)[number], operand } : undefined;
  }
  if ((DATE_OPS as readonly string[]).includes(key)) {
    const operand = dateOperand(raw, pointer, problems);
    return operand ? { kind: 'date', op: key as (typeof DATE_OPS)[number], operand } : undefined;
  }
  return undefined;
}

function numberOperand(raw: unknown, pointer: string, problems: RuleProblems): NumberOperand | undefined {
  if (typeof raw === 'number') return { kind: 'literal', value: raw };
  const ref = fieldRef((raw as { field?: unknown }).field, joinPointer(pointer, 'field'), problems);
  return ref ? { kind: 'field', ref } : undefined;
}

function dateOperand(raw: unknown, pointer: string, problems: RuleProblems): DateOperand | undefined {
  if (typeof raw === 'string') {
    const day = dayNumber(raw);
    if (day === undefined) {
      problems.add('rules.bad_date', { value: raw }, pointer);
      return undefined;
    }
    return { kind: 'literal', day, text: raw };
  }
  const spec = raw as { field?: unknown; now?: unknown; offset_days?: unknown };
  const offsetDays = typeof spec.offset_days === 'number' ? spec.offset_days : 0;
  if ((spec.field === undefined) === (spec.now === undefined)) {
    problems.add('rules.bad_date_operand', {}, pointer);
    return undefined;
  }
  if (spec.now !== undefined) return { kind: 'now', offsetDays };
  const ref = fieldRef(spec.field, joinPointer(pointer, 'field'), problems);
  return ref ? { kind: 'field', ref, offsetDays } : undefined;
}

export function queryOf(raw: unknown, pointer: string, problems: RuleProblems): CompiledQuery | undefined {
  const text = String(raw);
  try {
    return compileQuery(text);
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    problems.add('rules.bad_selector', { query: text, column: error.column, detail: error.message }, pointer);
    return undefined;
  }
}

export function fieldRef(raw: unknown, pointer: string, problems: RuleProblems): FieldRef | undefined {
  const text = String(raw);
  try {
    compileQuery(text);
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    problems.add('rules.bad_selector', { query: text, column: error.column, detail: error.message }, pointer);
    return undefined;
  }
  try {
    return compileFieldRef(text);
  } catch {
    problems.add('rules.not_singular', { query: text }, pointer);
    return undefined;
  }
}
