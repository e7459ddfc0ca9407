/**
 * Documents as the evaluator builds them: walking collections, applying `with data...`
 * overrides, and assembling rule results into objects and sets with OPA's conflict rules
 * (a rule's value is a leaf; packages, ref-head prefixes and multi-value sets can be extended).
 */
import type { SourceLocation } from '../syntax/errors.js';
import { RegoError } from '../syntax/errors.js';
import { ObjectValue, SetValue, type Value, equal, toRegoString } from '../values.js';

/** Iterates the keys/indices and children of a collection. */
export function forEachChild(v: Value, f: (key: Value, child: Value) => boolean): boolean {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (f(i, v[i]!)) return true;
  } else if (v instanceof ObjectValue) {
    for (const [key, child] of v) if (f(key, child)) return true;
  } else if (v instanceof SetValue) {
    for (const m of v) if (f(m, m)) return true;
  }
  return false;
}

/** The child of a collection at a key; undefined when absent. */
export function childOf(v: Value, key: Value): Value | undefined {
  if (Array.isArray(v)) {
    if (typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < v.length) return v[key];
    return undefined;
  }
  if (v instanceof ObjectValue) return v.get(key);
  if (v instanceof SetValue) return v.has(key) ? key : undefined;
  return undefined;
}

export function startsWith(path: string[], prefix: string[]): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/** Returns a copy of `doc` (rooted at `at`) with the overrides below `at` applied. */
export function applyOverrides(doc: Value, at: string[], overrides: { path: string[]; value: Value }[]): Value {
  let out = doc;
  for (const o of overrides) {
    if (o.path.length <= at.length || !startsWith(o.path, at)) continue;
    out = upsert(out, o.path.slice(at.length), o.value) ?? out;
  }
  return out;
}

/** A copy of `doc` with `value` placed at `path` (creating objects on the way). */
export function upsert(doc: Value | undefined, path: string[], value: Value): Value {
  if (path.length === 0) return value;
  const obj = doc instanceof ObjectValue ? doc.copy() : new ObjectValue();
  const [head, ...rest] = path;
  obj.set(head!, upsert(obj.get(head!), rest, value));
  return obj;
}

/**
 * Objects and sets built by the engine to hold rule results (packages, ref-head prefixes, sets
 * of multi-value rules): other rules may add to them. Values produced by a rule are leaves.
 */
export const STRUCTURAL = new WeakSet<object>();

/** Merges a base document into a virtual one; where both define a leaf, the base document wins. */
export function mergeBase(virtual: Value, base: Value): Value {
  if (virtual instanceof ObjectValue && base instanceof ObjectValue) {
    const out = virtual.copy();
    for (const [k, v] of base) {
      const prev = out.get(k);
      out.set(k, prev === undefined ? v : mergeBase(prev, v));
    }
    STRUCTURAL.add(out);
    return out;
  }
  return base;
}

export function mergeDocs(a: Value, b: Value, at: string[]): Value {
  if (a instanceof ObjectValue && b instanceof ObjectValue && STRUCTURAL.has(a) && STRUCTURAL.has(b)) {
    const out = a.copy();
    for (const [k, v] of b) {
      const prev = out.get(k);
      out.set(k, prev === undefined ? v : mergeDocs(prev, v, [...at, String(k)]));
    }
    STRUCTURAL.add(out);
    return out;
  }
  if (a instanceof SetValue && b instanceof SetValue && STRUCTURAL.has(a) && STRUCTURAL.has(b)) {
    const out = a.copy();
    for (const m of b) out.add(m);
    STRUCTURAL.add(out);
    return out;
  }
  if (equal(a, b)) return a;
  throw new RegoError('eval_conflict_error', 'rego.eval_conflict_object', { path: ['data', ...at.slice(0, -1)].join('.'), key: at[at.length - 1] }, undefined);
}

/**
 * The object that holds the last key of `keys`, creating the objects on the way (marked as owned
 * by this rule tree); a step through a value the tree does not own is an object conflict.
 */
function ownedParent(obj: ObjectValue, owned: WeakSet<object>, keys: Value[], path: string, loc: SourceLocation): ObjectValue {
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]!;
    let next = cur.get(key);
    if (next === undefined) {
      next = new ObjectValue();
      owned.add(next);
      STRUCTURAL.add(next);
      cur.set(key, next);
    } else if (!(next instanceof ObjectValue) || !owned.has(next)) {
      throw new RegoError('eval_conflict_error', 'rego.eval_conflict_object', { path, key: toRegoString(key) }, loc);
    }
    cur = next;
  }
  return cur;
}

export function insertValue(obj: ObjectValue, owned: WeakSet<object>, keys: Value[], v: Value, path: string, loc: SourceLocation): void {
  const cur = ownedParent(obj, owned, keys, path, loc);
  const last = keys[keys.length - 1]!;
  const prev = cur.get(last);
  if (prev !== undefined) {
    if (equal(prev, v)) return;
    throw new RegoError('eval_conflict_error', 'rego.eval_conflict_object', { path, key: toRegoString(last) }, loc);
  }
  cur.set(last, v);
}

export function insertMember(obj: ObjectValue, owned: WeakSet<object>, keys: Value[], member: Value, path: string, loc: SourceLocation): void {
  const cur = ownedParent(obj, owned, keys, path, loc);
  const last = keys[keys.length - 1]!;
  let set = cur.get(last);
  if (set === undefined) {
    set = new SetValue();
    owned.add(set);
    STRUCTURAL.add(set);
    cur.set(last, set);
  } else if (!(set instanceof SetValue) || !owned.has(set)) {
    throw new RegoError('eval_conflict_error', 'rego.eval_conflict_object', { path, key: toRegoString(last) }, loc);
  }
  set.add(member);
}
