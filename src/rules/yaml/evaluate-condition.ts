import { canonicalJson } from '../../findings/canonical-json.js';
import type { EvaluationContext } from '../types.js';
import type { Condition, DateOperand, LeafCondition, NumberOperand, Test } from './condition-types.js';
import { dayNumber } from './dates.js';
import type { LocalizedText } from '../../i18n/lang.js';
import { describeClause, describeSubject, describeTest, fieldName, show } from './describe-condition.js';
import { prefixPointer, resolveField, runQuery, type CompiledQuery, type FieldRef, type Located } from './query.js';

/** Where a condition is evaluated: the plan root (`$`), the current node (`@`), the clock and the per-plan cache. */
export interface Scope {
  root: Located;
  current: Located;
  ctx: EvaluationContext;
  today: number;
}

/** One reason a condition does not hold, located at the node to blame (a missing node's intended pointer). */
export interface Failure {
  pointer: string;
  params: Record<string, unknown>;
}

export interface Outcome {
  ok: boolean;
  /** Empty when ok. `all` reports every failing part; `any` and `not` one failure. */
  failures: Failure[];
  /** The node the condition is about, for `not` (which fails when its inner condition holds). */
  subjectPointer: string;
  subjectParams: Record<string, unknown>;
}

export function evaluateCondition(condition: Condition, scope: Scope): Outcome {
  switch (condition.kind) {
    case 'all': {
      const failures: Failure[] = [];
      for (const item of condition.items) failures.push(...evaluateCondition(item, scope).failures);
      return { ok: failures.length === 0, failures, subjectPointer: scope.current.pointer, subjectParams: {} };
    }
    case 'any': {
      let first: Outcome | undefined;
      for (const item of condition.items) {
        const outcome = evaluateCondition(item, scope);
        if (outcome.ok) return { ok: true, failures: [], subjectPointer: scope.current.pointer, subjectParams: {} };
        first ??= outcome;
      }
      // The first alternative is blamed; the description starts with it, so {field} and {value} match.
      const failure = first?.failures[0];
      const failures = failure ? [{ pointer: failure.pointer, params: { ...failure.params, ...clauseParams(condition) } }] : [];
      return { ok: false, failures, subjectPointer: scope.current.pointer, subjectParams: {} };
    }
    case 'not': {
      const inner = evaluateCondition(condition.item, scope);
      if (!inner.ok) return { ok: true, failures: [], subjectPointer: inner.subjectPointer, subjectParams: inner.subjectParams };
      const params = { ...inner.subjectParams, ...clauseParams(condition) };
      return { ok: false, failures: [{ pointer: inner.subjectPointer, params }], subjectPointer: inner.subjectPointer, subjectParams: inner.subjectParams };
    }
    case 'leaf':
      return evaluateLeaf(condition, scope);
  }
}

/**
 * `{field}` and `{expected}` of a group or negation: its leading field and the rest of its words,
 * so that messages written "{field} {expected}" name the field once. A group that starts with
 * another group has no leading field: `{field}` is empty (buildFinding drops the space next to an
 * empty parameter) and `{expected}` holds the whole description.
 */
function clauseParams(condition: Condition): { field: LocalizedText; expected: LocalizedText } {
  const clause = describeClause(condition);
  if (clause.subject) return { field: clause.subject, expected: clause.rest };
  return { field: { zh: '', en: '' }, expected: clause.rest };
}

/** Convenience for filters (`applies_when`, `where`): does the condition hold? */
export function holds(condition: Condition, scope: Scope): boolean {
  return evaluateCondition(condition, scope).ok;
}

function evaluateLeaf(condition: LeafCondition, scope: Scope): Outcome {
  let subject: Located;
  let field: string | LocalizedText;
  if (condition.subject.kind === 'field') {
    subject = resolveField(condition.subject.ref, scope.root, scope.current);
    // A named field is the same in both languages: a plain string; a bare `@` gets words ("the value").
    field = condition.subject.ref.tokens.length > 0 ? fieldName(condition.subject.ref) : describeSubject(condition.subject);
  } else {
    const query = condition.subject.query;
    subject = { value: countMatches(query, scope), pointer: prefixPointer(query, scope.root, scope.current) };
    field = describeSubject(condition.subject);
  }
  const subjectParams = { field, value: display(subject.value), pointer: subject.pointer };
  // `each` reports failures inside the elements with their own field and value: keep those.
  const own = (test: Test) => test.kind === 'each';
  const failures: Failure[] = [];
  for (const test of condition.tests) {
    const testFailures = runTest(test, subject, scope);
    if (testFailures.length === 0) continue;
    for (const failure of testFailures) {
      const inner = own(test) && failure.pointer !== subject.pointer;
      failures.push({ pointer: failure.pointer, params: inner ? { ...failure.params } : { ...subjectParams, ...failure.params } });
    }
    break;
  }
  return { ok: failures.length === 0, failures, subjectPointer: subject.pointer, subjectParams };
}

function runTest(test: Test, subject: Located, scope: Scope): Failure[] {
  const fail = (params: Record<string, unknown> = {}): Failure[] => [{ pointer: subject.pointer, params: { expected: describeTest(test), ...params } }];
  const value = subject.value;
  switch (test.kind) {
    case 'present':
      return isPresent(value) === test.expected ? [] : fail();
    case 'non_empty':
      return isNonEmpty(value) === test.expected ? [] : fail();
    case 'equals':
      return value !== undefined && valueKey(value) === valueKey(test.value) ? [] : fail();
    case 'one_of': {
      if (value === undefined) return fail();
      return oneOfKeys(test).has(valueKey(value)) ? [] : fail();
    }
    case 'matches':
      return typeof value === 'string' && test.pattern.test(value) ? [] : fail();
    case 'type':
      return hasType(value, test.type) ? [] : fail();
    case 'contains': {
      if (typeof value === 'string' && typeof test.value === 'string') return value.includes(test.value) ? [] : fail();
      if (!Array.isArray(value)) return fail();
      const key = valueKey(test.value);
      return value.some((item) => valueKey(item) === key) ? [] : fail();
    }
    case 'number': {
      if (typeof value !== 'number') return fail();
      const operand = numberOperand(test.operand, scope);
      if (operand === undefined) return []; // the other side is missing: nothing to compare, another rule reports it
      return compare(value, operand, test.op) ? [] : fail();
    }
    case 'date': {
      const day = dayNumber(value);
      if (day === undefined) return fail();
      const operand = dateOperand(test.operand, scope);
      if (operand === undefined) return [];
      const op = { before: 'lt', on_or_before: 'lte', after: 'gt', on_or_after: 'gte' }[test.op] as 'lt' | 'lte' | 'gt' | 'gte';
      return compare(day, operand, op) ? [] : fail();
    }
    case 'found_in':
      return foundIn(test, subject, scope);
    case 'each': {
      if (value === undefined || value === null) return [];
      if (!Array.isArray(value)) return fail();
      const failures: Failure[] = [];
      value.forEach((item, i) => {
        failures.push(...evaluateCondition(test.condition, { ...scope, current: { value: item, pointer: `${subject.pointer}/${i}` } }).failures);
      });
      return failures;
    }
  }
}

function foundIn(test: Extract<Test, { kind: 'found_in' }>, subject: Located, scope: Scope): Failure[] {
  if (subject.value === undefined || subject.value === null) return [{ pointer: subject.pointer, params: { expected: describeTest(test) } }];
  const index = idIndex(test.select, test.key, scope);
  const keys: Located[] = Array.isArray(subject.value)
    ? subject.value.map((value, i) => ({ value, pointer: `${subject.pointer}/${i}` }))
    : [subject];
  const failures: Failure[] = [];
  for (const key of keys) {
    const targets = index.get(valueKey(key.value));
    if (!targets) {
      failures.push({ pointer: key.pointer, params: { value: display(key.value), ref: display(key.value), expected: describeTest(test) } });
      continue;
    }
    if (!test.require) continue;
    for (const target of targets) {
      const outcome = evaluateCondition(test.require, { ...scope, current: target });
      for (const failure of outcome.failures) failures.push({ pointer: failure.pointer, params: { ...failure.params, ref: display(key.value) } });
    }
  }
  return failures;
}

/** key value → the nodes of `select` holding it (list keys count for each element); built once per plan and shared by every rule. */
function idIndex(select: CompiledQuery, key: FieldRef, scope: Scope): Map<string, Located[]> {
  const cacheKey = `found_in\u0000${select.text}\u0000${key.text}`;
  const cached = scope.ctx.cache.get(cacheKey) as Map<string, Located[]> | undefined;
  if (cached) return cached;
  const index = new Map<string, Located[]>();
  for (const node of runQuery(select, scope.root)) {
    const keyValue = resolveField(key, scope.root, node).value;
    // A node whose key is a list (a vault entry naming several datasets) is found under each element.
    for (const one of Array.isArray(keyValue) ? keyValue : [keyValue]) {
      if (one === undefined || one === null) continue;
      const text = valueKey(one);
      const list = index.get(text);
      if (list) list.push(node);
      else index.set(text, [node]);
    }
  }
  scope.ctx.cache.set(cacheKey, index);
  return index;
}

function countMatches(query: CompiledQuery, scope: Scope): number {
  if (query.root === '@') return runQuery(query, scope.current).length;
  const cacheKey = `count\u0000${query.text}`;
  const cached = scope.ctx.cache.get(cacheKey) as number | undefined;
  if (cached !== undefined) return cached;
  const count = runQuery(query, scope.root).length;
  scope.ctx.cache.set(cacheKey, count);
  return count;
}

function numberOperand(operand: NumberOperand, scope: Scope): number | undefined {
  if (operand.kind === 'literal') return operand.value;
  const value = resolveField(operand.ref, scope.root, scope.current).value;
  return typeof value === 'number' ? value : undefined;
}

function dateOperand(operand: DateOperand, scope: Scope): number | undefined {
  if (operand.kind === 'literal') return operand.day;
  if (operand.kind === 'now') return scope.today + operand.offsetDays;
  const day = dayNumber(resolveField(operand.ref, scope.root, scope.current).value);
  return day === undefined ? undefined : day + operand.offsetDays;
}

function compare(a: number, b: number, op: 'gt' | 'gte' | 'lt' | 'lte'): boolean {
  switch (op) {
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
  }
}

/**
 * A string that is equal for equal JSON values (deep, key order ignored). Scalars, by far the
 * common case (ids, enum values), skip the canonical JSON serialisation.
 */
export function valueKey(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `s${value}`;
    case 'number':
      return `n${value}`;
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return value === null || value === undefined ? 'null' : `j${canonicalJson(value)}`;
  }
}

const oneOfCache = new WeakMap<object, Set<string>>();

function oneOfKeys(test: Extract<Test, { kind: 'one_of' }>): Set<string> {
  let keys = oneOfCache.get(test);
  if (!keys) {
    keys = new Set(test.values.map(valueKey));
    oneOfCache.set(test, keys);
  }
  return keys;
}

export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function isNonEmpty(value: unknown): boolean {
  if (!isPresent(value)) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value as object).length > 0;
  return true;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'null':
      return value === null;
    case 'date':
      return dayNumber(value) !== undefined;
  }
  return false;
}

/** A found value for messages; undefined stays undefined (rendered as "(missing)" in the finding). */
function display(value: unknown): unknown {
  return value === undefined ? undefined : show(value);
}
