import type { CompiledQuery, FieldRef } from './query.js';

/** The condition language of YAML rules, after compilation (see docs/rule-format.md). */
export type Condition = AllCondition | AnyCondition | NotCondition | LeafCondition;

export interface AllCondition {
  kind: 'all';
  items: Condition[];
}
export interface AnyCondition {
  kind: 'any';
  items: Condition[];
}
export interface NotCondition {
  kind: 'not';
  item: Condition;
}

/** A subject (a field, or a count of query matches) and one or more tests that must all hold. */
export interface LeafCondition {
  kind: 'leaf';
  subject: Subject;
  tests: Test[];
}

export type Subject = { kind: 'field'; ref: FieldRef } | { kind: 'count'; query: CompiledQuery };

export type NumberOperand = { kind: 'literal'; value: number } | { kind: 'field'; ref: FieldRef };
export type DateOperand =
  | { kind: 'literal'; day: number; text: string }
  | { kind: 'field'; ref: FieldRef; offsetDays: number }
  | { kind: 'now'; offsetDays: number };

export type NumberOp = 'gt' | 'gte' | 'lt' | 'lte';
export type DateOp = 'before' | 'on_or_before' | 'after' | 'on_or_after';
export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null' | 'date';

export type Test =
  | { kind: 'present'; expected: boolean }
  | { kind: 'non_empty'; expected: boolean }
  | { kind: 'equals'; value: unknown }
  | { kind: 'one_of'; values: unknown[] }
  | { kind: 'matches'; pattern: RegExp; source: string }
  | { kind: 'type'; type: ValueType }
  | { kind: 'contains'; value: unknown }
  | { kind: 'number'; op: NumberOp; operand: NumberOperand }
  | { kind: 'date'; op: DateOp; operand: DateOperand }
  | { kind: 'found_in'; select: CompiledQuery; key: FieldRef; require?: Condition }
  | { kind: 'each'; condition: Condition };

export const NUMBER_OPS: readonly NumberOp[] = ['gt', 'gte', 'lt', 'lte'];
export const DATE_OPS: readonly DateOp[] = ['before', 'on_or_before', 'after', 'on_or_after'];
export const VALUE_TYPES: readonly ValueType[] = ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null', 'date'];
/** Tests that only make sense on a field (a count is always a number). */
export const FIELD_ONLY_TESTS = new Set([
  'present',
  'non_empty',
  'equals',
  'one_of',
  'matches',
  'type',
  'contains',
  'before',
  'on_or_before',
  'after',
  'on_or_after',
  'found_in',
  'each',
]);
export const TEST_KEYS = [
  'present',
  'non_empty',
  'equals',
  'one_of',
  'matches',
  'type',
  'contains',
  'gt',
  'gte',
  'lt',
  'lte',
  'before',
  'on_or_before',
  'after',
  'on_or_after',
  'found_in',
  'each',
] as const;
export const SUBJECT_KEYS = ['field', 'count', 'event_in'] as const;
export const COMBINATOR_KEYS = ['all', 'any', 'not'] as const;

/** The plan field that `event_in` tests (contract: the corporate event type). */
export const EVENT_TYPE_FIELD = '$.transaction.type';
