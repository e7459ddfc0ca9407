import { exec } from 'jsonpath-rfc9535';
import parse from 'jsonpath-rfc9535/parser';
import type { JsonPathQuery } from 'jsonpath-rfc9535/parser';

type Segment = JsonPathQuery['segments'][number];
import type { JsonValue } from '../../plan/document.js';
import { escapeToken } from '../../plan/json-pointer.js';

/**
 * RFC 9535 JSONPath in rules. A query starting with `$` is evaluated against the whole plan;
 * one starting with `@` against the node the rule is looking at (the node selected by `select`,
 * or a referenced node inside `found_in.require`).
 */
export interface CompiledQuery {
  text: string;
  root: '$' | '@';
  /** The same query with `$` as its root, as the library expects it. */
  expression: string;
  /** Leading name/index steps before the first wildcard, slice, filter or descendant step. */
  singularPrefix: Array<string | number>;
  /** Number of segments; equal to `singularPrefix.length` for a singular query. */
  segmentCount: number;
}

/** A singular query (`@.a.b[0]`, `$.transaction.type`): names and indices only, one node at most. */
export interface FieldRef {
  text: string;
  root: '$' | '@';
  tokens: Array<string | number>;
}

export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based column in the query text. */
    readonly column: number,
  ) {
    super(message);
  }
}

const FUNCTIONS = new Set(['length', 'count', 'match', 'search', 'value']);

/** Queries repeat across rules (`@.id`, `$.transaction.type`...): each text is parsed once per process. */
const compiledQueries = new Map<string, CompiledQuery | QuerySyntaxError>();
const compiledFields = new Map<string, FieldRef | QuerySyntaxError>();

export function compileQuery(text: string): CompiledQuery {
  let result = compiledQueries.get(text);
  if (!result) {
    try {
      result = compileQueryUncached(text);
    } catch (error) {
      if (!(error instanceof QuerySyntaxError)) throw error;
      result = error;
    }
    compiledQueries.set(text, result);
  }
  if (result instanceof QuerySyntaxError) throw result;
  return result;
}

function compileQueryUncached(text: string): CompiledQuery {
  const trimmed = text.trim();
  const root = trimmed.startsWith('@') ? '@' : '$';
  if (!trimmed.startsWith('$') && !trimmed.startsWith('@')) {
    throw new QuerySyntaxError('a query starts with $ (the plan) or @ (the current node)', 1);
  }
  const expression = `$${trimmed.slice(1)}`;
  let ast: JsonPathQuery;
  try {
    ast = parse(expression);
  } catch (error) {
    const column = (error as { location?: { start?: { column?: number } } }).location?.start?.column ?? 1;
    throw new QuerySyntaxError((error as Error).message, column);
  }
  const chained = findChainedAnd(expression);
  if (chained !== undefined) {
    throw new QuerySyntaxError('write a chain of three or more && conditions with parentheses, e.g. a && (b && c)', chained);
  }
  const unknownFunction = findUnknownFunction(ast);
  if (unknownFunction) throw new QuerySyntaxError(`unknown function ${unknownFunction}()`, 1);
  return { text: trimmed, root, expression, singularPrefix: singularPrefix(ast.segments), segmentCount: ast.segments.length };
}

export function compileFieldRef(text: string): FieldRef {
  let result = compiledFields.get(text);
  if (!result) {
    const query = compileQuery(text);
    result =
      query.singularPrefix.length === query.segmentCount
        ? { text: query.text, root: query.root, tokens: query.singularPrefix }
        : new QuerySyntaxError('a field is a singular query: names and indices only (no *, .., slices or filters)', 1);
    compiledFields.set(text, result);
  }
  if (result instanceof QuerySyntaxError) throw result;
  return result;
}

/**
 * jsonpath-rfc9535 1.3.0 parses `a && b && c` as `a && (b || c)` (its parser folds the third and
 * later conjuncts with OR). Until that is fixed we refuse unparenthesised chains of three or more
 * `&&` at the same nesting level; `a && (b && c)` parses correctly. Returns the 1-based column of
 * the second `&&` of a chain, or undefined.
 */
export function findChainedAnd(text: string): number | undefined {
  const counts: number[] = [0];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(' || ch === '[') counts.push(0);
    else if (ch === ')' || ch === ']') counts.pop();
    else if (ch === '|' && text[i + 1] === '|') {
      counts[counts.length - 1] = 0;
      i++;
    } else if (ch === '&' && text[i + 1] === '&') {
      const depth = counts.length - 1;
      counts[depth] = (counts[depth] ?? 0) + 1;
      if (counts[depth]! >= 2) return i + 1;
      i++;
    }
  }
  return undefined;
}

function singularPrefix(segments: Segment[]): Array<string | number> {
  const out: Array<string | number> = [];
  for (const segment of segments) {
    if (segment.type !== 'ChildSegment') break;
    const node = segment.node;
    if (node.type === 'MemberNameShorthand') {
      out.push(node.value);
      continue;
    }
    if (node.type === 'BracketedSelection' && node.selectors.length === 1) {
      const selector = node.selectors[0]!;
      if (selector.type === 'NameSelector' || selector.type === 'IndexSelector') {
        out.push(selector.value);
        continue;
      }
    }
    break;
  }
  return out;
}

function findUnknownFunction(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findUnknownFunction(item);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  if (record.type === 'FunctionExpr' && typeof record.name === 'string' && !FUNCTIONS.has(record.name)) return record.name;
  for (const value of Object.values(record)) {
    const found = findUnknownFunction(value);
    if (found) return found;
  }
  return undefined;
}

/** A node of the plan together with its JSON pointer. */
export interface Located {
  value: unknown;
  pointer: string;
}

/** Runs a query against a base node; results carry absolute JSON pointers. */
export function runQuery(query: CompiledQuery, base: Located): Located[] {
  const out: Located[] = [];
  exec(base.value as JsonValue, query.expression, (value, path) => {
    let pointer = base.pointer;
    for (const step of path) pointer += `/${escapeToken(step)}`;
    out.push({ value, pointer });
  });
  return out;
}

/** Resolves a singular query; `value` is undefined when the node is missing (the pointer is still the one asked for). */
export function resolveField(ref: FieldRef, root: Located, current: Located): Located {
  const base = ref.root === '$' ? root : current;
  let value: unknown = base.value;
  let pointer = base.pointer;
  for (const token of ref.tokens) {
    if (typeof token === 'number') {
      const index = Array.isArray(value) && token < 0 ? value.length + token : token;
      pointer += `/${index}`;
      value = Array.isArray(value) ? value[index] : undefined;
    } else {
      pointer += `/${escapeToken(token)}`;
      value =
        value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, token)
          ? (value as Record<string, unknown>)[token]
          : undefined;
    }
  }
  return { value, pointer };
}

/** Pointer of the leading singular part of a query (where a count of its matches is reported). */
export function prefixPointer(query: CompiledQuery, root: Located, current: Located): string {
  return resolveField({ text: query.text, root: query.root, tokens: query.singularPrefix }, root, current).pointer;
}
