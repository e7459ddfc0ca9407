/** Core builtins: aggregates, type checks, membership, walk, array.*, object.*, numbers.range. */
import {
  ObjectValue,
  SetValue,
  type Value,
  addNumbers,
  compare,
  equal,
  isNumber,
  lengthOf,
  multiplyNumbers,
  parseNumber,
  typeName,
  type RegoNumber,
  toBigInt,
  normalizeNumber,
  toRegoString,
} from '../values.js';
import {
  BuiltinError,
  builtinError,
  expectArray,
  expectNumber,
  expectObject,
  expectString,
  registerBuiltin,
  typeError,
} from './registry.js';

// ------------------------------------------------------------------ aggregates
registerBuiltin(
  'count',
  (a) => {
    const n = lengthOf(a[0]!);
    if (n === undefined) throw typeError(1, 'one of {array, object, set, string}', a[0]!);
    return n;
  },
  { arity: 1 },
);

function numbersOf(v: Value): RegoNumber[] {
  const items = Array.isArray(v) ? v : v instanceof SetValue ? v.values() : undefined;
  if (!items) throw typeError(1, 'one of {array, set}', v);
  for (const x of items) if (!isNumber(x)) throw new BuiltinError('eval_type_error', `operand 1 must be one of {array, set} containing numbers but got ${typeName(x)} element`);
  return items as RegoNumber[];
}

registerBuiltin('sum', (a) => numbersOf(a[0]!).reduce<RegoNumber>((acc, x) => addNumbers(acc, x), 0), { arity: 1 });
registerBuiltin('product', (a) => numbersOf(a[0]!).reduce<RegoNumber>((acc, x) => multiplyNumbers(acc, x), 1), { arity: 1 });

function collectionItems(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (v instanceof SetValue) return v.values();
  throw typeError(1, 'one of {array, set}', v);
}

registerBuiltin(
  'max',
  (a) => {
    const items = collectionItems(a[0]!);
    if (items.length === 0) return undefined;
    return items.reduce((m, x) => (compare(x, m) > 0 ? x : m));
  },
  { arity: 1 },
);
registerBuiltin(
  'min',
  (a) => {
    const items = collectionItems(a[0]!);
    if (items.length === 0) return undefined;
    return items.reduce((m, x) => (compare(x, m) < 0 ? x : m));
  },
  { arity: 1 },
);
registerBuiltin('sort', (a) => (a[0] instanceof SetValue ? a[0].sorted().slice() : [...collectionItems(a[0]!)].sort(compare)), { arity: 1 });

// ------------------------------------------------------------------ types
registerBuiltin('is_number', (a) => isNumber(a[0]!), { arity: 1 });
registerBuiltin('is_string', (a) => typeof a[0] === 'string', { arity: 1 });
registerBuiltin('is_boolean', (a) => typeof a[0] === 'boolean', { arity: 1 });
registerBuiltin('is_array', (a) => Array.isArray(a[0]), { arity: 1 });
registerBuiltin('is_set', (a) => a[0] instanceof SetValue, { arity: 1 });
registerBuiltin('is_object', (a) => a[0] instanceof ObjectValue, { arity: 1 });
registerBuiltin('is_null', (a) => a[0] === null, { arity: 1 });
registerBuiltin('type_name', (a) => typeName(a[0]!), { arity: 1 });

registerBuiltin(
  'to_number',
  (a) => {
    const v = a[0]!;
    if (v === null) return 0;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (isNumber(v)) return v;
    if (typeof v === 'string') {
      if (/^[+-]?(inf|infinity|nan)$/i.test(v.trim())) throw new BuiltinError('eval_type_error', `operand 1 must be a finite number but got ${JSON.stringify(v)}`);
      const n = parseNumber(v.trim() === v ? v.replace(/^\+/, '') : '');
      if (n !== undefined) return n;
      const d = Number(v);
      if (v !== '' && Number.isFinite(d) && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) return normalizeNumber(d);
      throw builtinError(`strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
    }
    throw typeError(1, 'one of {null, boolean, number, string}', v);
  },
  { arity: 1 },
);

// ------------------------------------------------------------------ membership
registerBuiltin(
  'internal.member_2',
  (a) => {
    const x = a[0]!;
    const c = a[1]!;
    if (Array.isArray(c)) return c.some((e) => equal(e, x));
    if (c instanceof SetValue) return c.has(x);
    if (c instanceof ObjectValue) {
      for (const [, v] of c) if (equal(v, x)) return true;
      return false;
    }
    return false;
  },
  { arity: 2 },
);

registerBuiltin(
  'internal.member_3',
  (a) => {
    const k = a[0]!;
    const x = a[1]!;
    const c = a[2]!;
    if (Array.isArray(c)) {
      if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k >= c.length) return false;
      return equal(c[k]!, x);
    }
    if (c instanceof ObjectValue) {
      const v = c.get(k);
      return v !== undefined && equal(v, x);
    }
    if (c instanceof SetValue) return equal(k, x) && c.has(x);
    return false;
  },
  { arity: 3 },
);

// ------------------------------------------------------------------ walk
registerBuiltin(
  'walk',
  (a) => {
    const out: Value[] = [];
    const visit = (path: Value[], v: Value) => {
      out.push([path, v]);
      if (Array.isArray(v)) v.forEach((c, i) => visit([...path, i], c));
      else if (v instanceof ObjectValue) for (const k of v.sortedKeys()) visit([...path, k], v.get(k)!);
      else if (v instanceof SetValue) for (const m of v.sorted()) visit([...path, m], m);
    };
    visit([], a[0]!);
    return out;
  },
  { arity: 1, relation: true },
);

// ------------------------------------------------------------------ array.*
registerBuiltin(
  'array.flatten',
  (a) => {
    const out: Value[] = [];
    for (const x of expectArray(a, 0)) {
      if (Array.isArray(x)) out.push(...x);
      else out.push(x);
    }
    return out;
  },
  { arity: 1 },
);
registerBuiltin('array.concat', (a) => [...expectArray(a, 0), ...expectArray(a, 1)], { arity: 2 });
registerBuiltin('array.reverse', (a) => [...expectArray(a, 0)].reverse(), { arity: 1 });
registerBuiltin(
  'array.slice',
  (a) => {
    const arr = expectArray(a, 0);
    let start = Number(expectNumber(a, 1));
    let stop = Number(expectNumber(a, 2));
    if (!Number.isInteger(start)) throw typeError(2, 'integer', a[1]!);
    if (!Number.isInteger(stop)) throw typeError(3, 'integer', a[2]!);
    if (start < 0) start = 0;
    if (stop > arr.length) stop = arr.length;
    if (start >= stop) return [];
    return arr.slice(start, stop);
  },
  { arity: 3 },
);

// ------------------------------------------------------------------ object.*
registerBuiltin(
  'object.get',
  (a) => {
    const obj = a[0]!;
    const key = a[1]!;
    const dflt = a[2]!;
    if (!(obj instanceof ObjectValue)) throw typeError(1, 'object', obj);
    if (Array.isArray(key)) {
      let cur: Value = obj;
      for (const k of key) {
        let next: Value | undefined;
        if (cur instanceof ObjectValue) next = cur.get(k);
        else if (Array.isArray(cur)) next = typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < cur.length ? cur[k] : undefined;
        else if (cur instanceof SetValue) next = cur.has(k) ? k : undefined;
        if (next === undefined) return dflt;
        cur = next;
      }
      return cur;
    }
    const v = obj.get(key);
    return v === undefined ? dflt : v;
  },
  { arity: 3 },
);

registerBuiltin('object.keys', (a) => SetValue.from(expectObject(a, 0).keys()), { arity: 1 });

function keysArg(v: Value, position: number, name: string): Value[] {
  if (Array.isArray(v)) return v;
  if (v instanceof SetValue) return v.values();
  if (v instanceof ObjectValue) return v.keys();
  void name;
  throw typeError(position, 'one of {object, set, array}', v);
}

registerBuiltin(
  'object.remove',
  (a) => {
    const obj = expectObject(a, 0);
    const keys = keysArg(a[1]!, 2, 'object.remove');
    const out = obj.copy();
    for (const k of keys) out.delete(k);
    return out;
  },
  { arity: 2 },
);

registerBuiltin(
  'object.filter',
  (a) => {
    const obj = expectObject(a, 0);
    const keys = keysArg(a[1]!, 2, 'object.filter');
    const out = new ObjectValue();
    for (const k of keys) {
      const v = obj.get(k);
      if (v !== undefined) out.set(k, v);
    }
    return out;
  },
  { arity: 2 },
);

function unionObjects(a: ObjectValue, b: ObjectValue): ObjectValue {
  const out = a.copy();
  for (const [k, v] of b) {
    const prev = out.get(k);
    if (prev instanceof ObjectValue && v instanceof ObjectValue) out.set(k, unionObjects(prev, v));
    else out.set(k, v);
  }
  return out;
}

registerBuiltin('object.union', (a) => unionObjects(expectObject(a, 0), expectObject(a, 1)), { arity: 2 });
registerBuiltin(
  'object.union_n',
  (a) => {
    const arr = expectArray(a, 0);
    let out = new ObjectValue();
    for (const o of arr) {
      if (!(o instanceof ObjectValue)) throw typeError(1, 'array of objects', o);
      out = unionObjects(out, o);
    }
    return out;
  },
  { arity: 1 },
);

function isSubset(sup: Value, sub: Value): boolean {
  if (sup instanceof ObjectValue && sub instanceof ObjectValue) {
    for (const [k, v] of sub) {
      const s = sup.get(k);
      if (s === undefined) return false;
      if (!isSubset(s, v)) return false;
    }
    return true;
  }
  if (sup instanceof SetValue && sub instanceof SetValue) {
    for (const m of sub) if (!sup.has(m)) return false;
    return true;
  }
  if (Array.isArray(sup) && Array.isArray(sub)) {
    if (sub.length === 0) return true;
    for (let i = 0; i + sub.length <= sup.length; i++) {
      let ok = true;
      for (let j = 0; j < sub.length; j++) {
        if (!equal(sup[i + j]!, sub[j]!)) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
    }
    return false;
  }
  if (Array.isArray(sup) && sub instanceof SetValue) {
    for (const m of sub) if (!sup.some((x) => equal(x, m))) return false;
    return true;
  }
  return equal(sup, sub);
}

registerBuiltin(
  'object.subset',
  (a) => {
    const sup = a[0]!;
    const sub = a[1]!;
    const ok = (v: Value) => v instanceof ObjectValue || v instanceof SetValue || Array.isArray(v);
    if (!ok(sup)) throw typeError(1, 'one of {object, set, array}', sup);
    if (!ok(sub)) throw typeError(2, 'one of {object, set, array}', sub);
    if (sup instanceof ObjectValue !== sub instanceof ObjectValue) {
      throw typeError(2, sup instanceof ObjectValue ? 'object' : 'one of {set, array}', sub);
    }
    if (sup instanceof SetValue && Array.isArray(sub)) throw typeError(2, 'set', sub);
    return isSubset(sup, sub);
  },
  { arity: 2 },
);

// ------------------------------------------------------------------ numbers.range
function integerArg(a: Value[], i: number): bigint {
  const n = expectNumber(a, i);
  const b = toBigInt(n);
  if (b === undefined) throw new BuiltinError('eval_type_error', `operand ${i + 1} must be integer number but got floating-point number`);
  return b;
}

function range(start: bigint, stop: bigint, step: bigint): Value[] {
  const out: Value[] = [];
  if (stop - start > 10_000_000n || start - stop > 10_000_000n) throw builtinError('range too large');
  if (start <= stop) for (let i = start; i <= stop; i += step) out.push(normalizeNumber(i));
  else for (let i = start; i >= stop; i -= step) out.push(normalizeNumber(i));
  return out;
}

registerBuiltin('numbers.range', (a) => range(integerArg(a, 0), integerArg(a, 1), 1n), { arity: 2 });
registerBuiltin(
  'numbers.range_step',
  (a) => {
    const start = integerArg(a, 0);
    const stop = integerArg(a, 1);
    const step = integerArg(a, 2);
    if (step <= 0n) throw builtinError('step must be a positive integer');
    return range(start, stop, step);
  },
  { arity: 3 },
);

// ------------------------------------------------------------------ print
// The evaluator calls print itself so that undefined arguments print as `<undefined>`; this
// implementation serves direct calls with already evaluated arguments.
registerBuiltin(
  'print',
  (a, ctx) => {
    ctx.print(a.map((v) => (typeof v === 'string' ? v : toRegoString(v))).join(' '));
    return true;
  },
  { variadic: true },
);

export { expectString };
