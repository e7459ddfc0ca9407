/**
 * The Rego value model, shared by the evaluator and every builtin.
 *
 * | Rego    | JS representation                                        |
 * |---------|----------------------------------------------------------|
 * | null    | `null`                                                   |
 * | boolean | `true` / `false`                                         |
 * | number  | `number` or `bigint` (see `numbers.ts`, always canonical)|
 * | string  | `string`                                                 |
 * | array   | a frozen-by-convention JS array `Value[]`                |
 * | object  | `ObjectValue` (keys may be any value, not only strings)  |
 * | set     | `SetValue`                                               |
 *
 * Values are immutable once built: never mutate an array, object or set you did not just create.
 * Equality and ordering follow OPA exactly: `compare` implements OPA's total order
 * null < boolean < number < string < array < object < set, numbers compare by value,
 * strings compare by Unicode code point (as Go compares UTF-8 bytes).
 */
import {
  type RegoNumber,
  compareNumbers,
  isNumber,
  normalizeNumber,
  numberToString,
  parseNumber,
} from './numbers.js';

export * from './numbers.js';

export type Value = null | boolean | RegoNumber | string | Value[] | ObjectValue | SetValue;

/** OPA's type names, as returned by `type_name` and used in error messages. */
export type TypeName = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' | 'set';

/** The OPA type name of a value. */
export function typeName(v: Value): TypeName {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'bigint':
      return 'number';
    case 'string':
      return 'string';
    default:
      if (Array.isArray(v)) return 'array';
      return v instanceof SetValue ? 'set' : 'object';
  }
}

export function isString(v: Value | undefined): v is string {
  return typeof v === 'string';
}
export function isBoolean(v: Value | undefined): v is boolean {
  return typeof v === 'boolean';
}
export function isArray(v: Value | undefined): v is Value[] {
  return Array.isArray(v);
}
export function isObject(v: Value | undefined): v is ObjectValue {
  return v instanceof ObjectValue;
}
export function isSet(v: Value | undefined): v is SetValue {
  return v instanceof SetValue;
}
export { isNumber };

/** Sort rank of each type in OPA's total order. */
function rank(v: Value): number {
  if (v === null) return 0;
  switch (typeof v) {
    case 'boolean':
      return 1;
    case 'number':
    case 'bigint':
      return 2;
    case 'string':
      return 3;
    default:
      if (Array.isArray(v)) return 6;
      return v instanceof SetValue ? 8 : 7;
  }
}

/** Compares two strings by Unicode code point (equivalent to Go's byte-wise UTF-8 order). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (D800-DFFF) encode code points above FFFF: move them above E000-FFFF.
    if (x >= 0xd800) x = x <= 0xdfff ? x + 0x2000 : x - 0x800;
    if (y >= 0xd800) y = y <= 0xdfff ? y + 0x2000 : y - 0x800;
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** OPA's total order over values: negative when a < b, 0 when equal, positive when a > b. */
export function compare(a: Value, b: Value): number {
  if (a === b) return 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 0:
      return 0;
    case 1:
      return a === b ? 0 : a === false ? -1 : 1;
    case 2:
      return compareNumbers(a as RegoNumber, b as RegoNumber);
    case 3:
      return compareStrings(a as string, b as string);
    case 6:
      return compareSequences(a as Value[], b as Value[]);
    case 7: {
      const x = a as ObjectValue;
      const y = b as ObjectValue;
      const kx = x.sortedKeys();
      const ky = y.sortedKeys();
      const n = Math.min(kx.length, ky.length);
      for (let i = 0; i < n; i++) {
        const c = compare(kx[i]!, ky[i]!);
        if (c !== 0) return c;
        const v = compare(x.get(kx[i]!)!, y.get(ky[i]!)!);
        if (v !== 0) return v;
      }
      return kx.length - ky.length < 0 ? -1 : kx.length > ky.length ? 1 : 0;
    }
    default:
      return compareSequences((a as SetValue).sorted(), (b as SetValue).sorted());
  }
}

function compareSequences(a: readonly Value[], b: readonly Value[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compare(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Value equality (numbers by value, sets and objects regardless of order). */
export function equal(a: Value, b: Value): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === 'string' || ta === 'boolean' || a === null || b === null) return false;
  if (ta === 'number' || ta === 'bigint') return isNumber(b) && compareNumbers(a as RegoNumber, b) === 0;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i]!, b[i]!)) return false;
    return true;
  }
  if (a instanceof ObjectValue) {
    if (!(b instanceof ObjectValue) || a.size !== b.size) return false;
    for (const [k, v] of a) {
      const w = b.get(k);
      if (w === undefined || !equal(v, w)) return false;
    }
    return true;
  }
  if (a instanceof SetValue) {
    if (!(b instanceof SetValue) || a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  return false;
}

const compositeKeys = new WeakMap<Value[], string>();

/**
 * A string that is identical for equal values and different for different values: the hash key
 * of objects and sets. Strings are their own key (unless they start with NUL); other values get a
 * NUL-prefixed canonical encoding, cached for composites.
 */
export function keyOf(v: Value): string {
  if (typeof v === 'string') return v.length > 0 && v.charCodeAt(0) === 0 ? `\u0000s${v}` : v;
  if (v === null) return '\u0000n';
  if (typeof v === 'boolean') return v ? '\u0000t' : '\u0000f';
  if (typeof v === 'number' || typeof v === 'bigint') return `\u0000#${numberToString(v)}`;
  const isArr = Array.isArray(v);
  const cached = isArr ? compositeKeys.get(v) : v.hashKey;
  if (cached !== undefined) return cached;
  let key: string;
  if (isArr) {
    key = '\u0000[';
    for (const e of v) key += innerKey(e);
    key += ']';
  } else if (v instanceof SetValue) {
    const parts: string[] = [];
    for (const m of v) parts.push(innerKey(m));
    parts.sort();
    key = `\u0000<${parts.join('')}>`;
  } else {
    const parts: string[] = [];
    for (const [k, val] of v) parts.push(innerKey(k) + innerKey(val));
    parts.sort();
    key = `\u0000{${parts.join('')}}`;
  }
  if (isArr) compositeKeys.set(v, key);
  else v.hashKey = key;
  return key;
}

/** The key of a value nested in a composite: length-prefixed so concatenations are unambiguous. */
function innerKey(v: Value): string {
  const k = keyOf(v);
  return `${k.length}:${k}`;
}

/**
 * A Rego object. Keys may be any value. Iteration yields `[key, value]` pairs in insertion order;
 * use `sortedKeys()` for OPA's canonical order. Build with `new ObjectValue()` + `set` (only while
 * constructing), or `ObjectValue.from(entries)` / `ObjectValue.fromRecord(record)`.
 */
export class ObjectValue implements Iterable<[Value, Value]> {
  private readonly map = new Map<string, [Value, Value]>();
  private sortedCache: Value[] | undefined;
  /** Cached `keyOf` (internal; reset by every change). */
  hashKey: string | undefined;

  static from(entries: Iterable<readonly [Value, Value]>): ObjectValue {
    const o = new ObjectValue();
    for (const [k, v] of entries) o.set(k, v);
    return o;
  }

  static fromRecord(record: Record<string, Value>): ObjectValue {
    const o = new ObjectValue();
    for (const k of Object.keys(record)) o.set(k, record[k]!);
    return o;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: Value): Value | undefined {
    return this.map.get(keyOf(key))?.[1];
  }

  has(key: Value): boolean {
    return this.map.has(keyOf(key));
  }

  /** Adds or replaces a key. Only for building a new object. */
  set(key: Value, value: Value): this {
    this.map.set(keyOf(key), [key, value]);
    this.sortedCache = undefined;
    this.hashKey = undefined;
    return this;
  }

  /** Removes a key. Only for building a new object. */
  delete(key: Value): void {
    this.map.delete(keyOf(key));
    this.sortedCache = undefined;
    this.hashKey = undefined;
  }

  [Symbol.iterator](): Iterator<[Value, Value]> {
    return this.map.values();
  }

  keys(): Value[] {
    return [...this.map.values()].map((e) => e[0]);
  }

  values(): Value[] {
    return [...this.map.values()].map((e) => e[1]);
  }

  /** Keys in OPA's canonical order. */
  sortedKeys(): Value[] {
    if (!this.sortedCache) this.sortedCache = this.keys().sort(compare);
    return this.sortedCache;
  }

  /** A shallow copy that can be modified with set/delete. */
  copy(): ObjectValue {
    const o = new ObjectValue();
    for (const [k, e] of this.map) o.map.set(k, e);
    return o;
  }
}

/** A Rego set. Iteration yields members in insertion order; `sorted()` gives OPA's canonical order. */
export class SetValue implements Iterable<Value> {
  private readonly map = new Map<string, Value>();
  private sortedCache: Value[] | undefined;
  /** Cached `keyOf` (internal; reset by every change). */
  hashKey: string | undefined;

  static from(values: Iterable<Value>): SetValue {
    const s = new SetValue();
    for (const v of values) s.add(v);
    return s;
  }

  get size(): number {
    return this.map.size;
  }

  has(v: Value): boolean {
    return this.map.has(keyOf(v));
  }

  /** Adds a member. Only for building a new set. Returns true when it was not present. */
  add(v: Value): boolean {
    const map = this.map;
    const before = map.size;
    const k = keyOf(v);
    if (before > 0 && map.has(k)) return false;
    map.set(k, v);
    this.sortedCache = undefined;
    this.hashKey = undefined;
    return true;
  }

  /** Removes a member. Only for building a new set. */
  delete(v: Value): void {
    this.map.delete(keyOf(v));
    this.sortedCache = undefined;
    this.hashKey = undefined;
  }

  [Symbol.iterator](): Iterator<Value> {
    return this.map.values();
  }

  values(): Value[] {
    return [...this.map.values()];
  }

  /** Members in OPA's canonical order. */
  sorted(): Value[] {
    if (!this.sortedCache) this.sortedCache = [...this.map.values()].sort(compare);
    return this.sortedCache;
  }

  /** Hash keys of the members, sorted (for composite hashing). */
  sortedKeyStrings(): string[] {
    return [...this.map.keys()].sort();
  }

  copy(): SetValue {
    const s = new SetValue();
    for (const [k, v] of this.map) s.map.set(k, v);
    return s;
  }
}

/** Shorthand constructors. */
export const obj = (entries: Iterable<readonly [Value, Value]> = []): ObjectValue => ObjectValue.from(entries);
export const set = (values: Iterable<Value> = []): SetValue => SetValue.from(values);

/**
 * Converts a value to plain JSON-compatible JS, the way OPA renders results: sets become arrays in
 * canonical order, non-string object keys become the JSON text of the key (`1` -> `"1"`), big
 * integers stay `bigint` unless `bigAsNumber` (use `stringifyJSON` to print them exactly).
 */
export function toJSON(v: Value): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toJSON);
  if (v instanceof SetValue) return v.sorted().map(toJSON);
  const out: Record<string, unknown> = {};
  for (const k of v.sortedKeys()) {
    const key = typeof k === 'string' ? k : stringifyJSON(toJSON(k));
    Object.defineProperty(out, key, { value: toJSON(v.get(k)!), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Converts parsed JSON/YAML (plain JS: null, boolean, number, bigint, string, array, plain object)
 * into a Value. Throws a TypeError for anything else (undefined, functions, NaN...).
 */
export function fromJSON(j: unknown): Value {
  if (j === null) return null;
  switch (typeof j) {
    case 'boolean':
    case 'string':
      return j;
    case 'number':
      if (!Number.isFinite(j)) throw new TypeError(`non-finite number ${j}`);
      return normalizeNumber(j);
    case 'bigint':
      return normalizeNumber(j);
    case 'object': {
      if (Array.isArray(j)) return j.map(fromJSON);
      if (j instanceof Date) return j.toISOString();
      const o = new ObjectValue();
      for (const k of Object.keys(j as object)) o.set(k, fromJSON((j as Record<string, unknown>)[k]));
      return o;
    }
    default:
      throw new TypeError(`cannot convert ${typeof j} to a Rego value`);
  }
}

/**
 * JSON text of plain JS produced by `toJSON` (bigints printed exactly). `indent` as JSON.stringify.
 * Object keys are printed in the order they have (toJSON sorts them canonically).
 */
export function stringifyJSON(j: unknown, indent?: number): string {
  const text = JSON.stringify(
    j,
    (_k, val: unknown) => (typeof val === 'bigint' ? { __bigint__: val.toString() } : val),
    indent,
  );
  return text.replace(/\{\s*"__bigint__":\s*"(-?\d+)"\s*\}/g, '$1');
}

/** JSON text of a value (sets as arrays, non-string keys as strings), exact for big numbers. */
export function valueToJSONText(v: Value, indent?: number): string {
  return stringifyJSON(toJSON(v), indent);
}

/** Rego source text of a value: `{"a": 1}`, `{1, 2}`, `set()`, `[1, "x"]`, `null`. */
export function toRegoString(v: Value): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
    case 'bigint':
      return numberToString(v);
    case 'string':
      return JSON.stringify(v);
    default:
      if (Array.isArray(v)) return `[${v.map(toRegoString).join(', ')}]`;
      if (v instanceof SetValue) return v.size === 0 ? 'set()' : `{${v.sorted().map(toRegoString).join(', ')}}`;
      return `{${v
        .sortedKeys()
        .map((k) => `${toRegoString(k)}: ${toRegoString(v.get(k)!)}`)
        .join(', ')}}`;
  }
}

/** Parses a number literal into a Value (see `parseNumber`). */
export function numberValue(text: string): Value | undefined {
  return parseNumber(text);
}

/** Number of elements of a collection or code points of a string; undefined for scalars. */
export function lengthOf(v: Value): number | undefined {
  if (typeof v === 'string') {
    let n = 0;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c < 0xd800 || c > 0xdbff) n++;
    }
    return n;
  }
  if (Array.isArray(v)) return v.length;
  if (v instanceof ObjectValue || v instanceof SetValue) return v.size;
  return undefined;
}

/** True when the value is the boolean `false` (Rego's only false-y value besides undefined). */
export function isFalse(v: Value): boolean {
  return v === false;
}
