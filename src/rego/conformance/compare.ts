/**
 * Comparing engine results with a case's expectations the way OPA's harness does: rows as a
 * set, values via JSON conversion, numbers by value, optional sorting of bound arrays.
 */
import { normalizeNumber, numberToString, parseNumber, type RegoNumber } from '../numbers.js';
import { toJSON, type Value } from '../values.js';

/** A canonical text for plain JSON-ish data: sorted keys, numbers by value. */
export function canonical(j: unknown, sortArrays = false): string {
  if (j === null || j === undefined) return 'null';
  switch (typeof j) {
    case 'number':
    case 'bigint':
      return `#${numberToString(normalizeNumber(j as RegoNumber))}`;
    case 'string':
      return JSON.stringify(j);
    case 'boolean':
      return j ? 'true' : 'false';
    case 'object': {
      if (Array.isArray(j)) {
        const items = j.map((x) => canonical(x, sortArrays));
        if (sortArrays) items.sort();
        return `[${items.join(',')}]`;
      }
      const keys = Object.keys(j as object).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((j as Record<string, unknown>)[k], sortArrays)}`).join(',')}}`;
    }
    default:
      return String(j);
  }
}

/** Expected values read from YAML may hold floats written as text; normalise numbers. */
function fixNumbers(j: unknown): unknown {
  if (typeof j === 'number' && !Number.isInteger(j)) return parseNumber(String(j)) ?? j;
  if (Array.isArray(j)) return j.map(fixNumbers);
  if (j && typeof j === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(j)) out[k] = fixNumbers(v);
    return out;
  }
  return j;
}

export function rowKey(row: Record<string, unknown>, sortBindings: boolean): string {
  const keys = Object.keys(row).sort();
  return keys.map((k) => `${k}=${canonical(fixNumbers(row[k]), sortBindings)}`).join(';');
}

export function actualRowKey(bindings: Map<string, Value>, sortBindings: boolean, ignoreGenerated: boolean): string {
  const row: Record<string, unknown> = {};
  for (const [k, v] of bindings) {
    if (ignoreGenerated && k.startsWith('__localq')) continue;
    row[k] = toJSON(v);
  }
  return rowKey(row, sortBindings);
}

/** True when both lists hold the same rows (as sets). */
export function sameRows(actual: string[], expected: string[]): boolean {
  const a = new Set(actual);
  const e = new Set(expected);
  if (a.size !== e.size) return false;
  for (const x of a) if (!e.has(x)) return false;
  return true;
}
