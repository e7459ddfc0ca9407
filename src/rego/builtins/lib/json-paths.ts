/**
 * Paths into Rego documents for json.filter / json.remove / json.patch: a string path
 * (`a/b/0`, optionally with a leading `/`, `~0`/`~1` escapes as in JSON Pointer) or an array of
 * segments (any values). A segment addresses an object key, an array index or a set member.
 */
import { type Value, ObjectValue, SetValue, equal, toRegoString } from '../../values.js';

export type PathSegments = Value[];

/**
 * Splits a JSON-Pointer-like string path into segments. `''` is the root. With `pointer` the
 * path is a strict JSON Pointer when it starts with `/` (so `/` addresses the key `""`);
 * otherwise a leading `/` is optional and `/` is the root too.
 */
export function parseStringPath(path: string, pointer = false): PathSegments {
  if (pointer && path.startsWith('/')) return unescapeSegments(path.slice(1).split('/'));
  const trimmed = path.startsWith('/') ? path.slice(1) : path;
  if (trimmed === '') return [];
  return unescapeSegments(trimmed.split('/'));
}

function unescapeSegments(parts: string[]): PathSegments {
  return parts.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The key of `container` that a segment addresses, if any. */
export function segmentKey(container: Value, segment: Value): Value | undefined {
  if (container instanceof ObjectValue) {
    if (container.has(segment)) return segment;
    if (typeof segment === 'string') {
      for (const k of container.keys()) if (typeof k !== 'string' && toRegoString(k) === segment) return k;
    }
    return undefined;
  }
  if (Array.isArray(container)) {
    const idx = arrayIndex(segment);
    return idx !== undefined && idx < container.length ? idx : undefined;
  }
  if (container instanceof SetValue) {
    if (container.has(segment)) return segment;
    if (typeof segment === 'string') {
      for (const m of container) if (typeof m !== 'string' && toRegoString(m) === segment) return m;
    }
  }
  return undefined;
}

/** An array index from a segment: a non-negative integer or its decimal text (no leading zeros). */
export function arrayIndex(segment: Value): number | undefined {
  if (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0) return segment;
  if (typeof segment === 'string' && /^(0|[1-9]\d*)$/.test(segment)) return Number(segment);
  return undefined;
}

/** Child of a container by key (as returned by segmentKey). */
export function childAt(container: Value, key: Value): Value | undefined {
  if (container instanceof ObjectValue) return container.get(key);
  if (Array.isArray(container)) return container[key as number];
  if (container instanceof SetValue) return container.has(key) ? key : undefined;
  return undefined;
}

export function sameSegment(a: Value, b: Value): boolean {
  return equal(a, b);
}
