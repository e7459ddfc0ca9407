/**
 * JSON document builtins: json.filter, json.remove, json.patch (RFC 6902, extended to sets as
 * OPA does), json.match_schema and json.verify_schema (JSON Schema drafts 4-7 through ajv, with
 * errors reported in the shape and wording OPA's gojsonschema produces).
 */
import { registerBuiltin } from './registry.js';
import { type Value, ObjectValue, SetValue, equal, keyOf, typeName } from '../values.js';
import { builtinError, objectArg, typeError, typeErrorText, arrayArg } from './lib/args.js';
import { type PathSegments, arrayIndex, childAt, parseStringPath, segmentKey } from './lib/json-paths.js';
import { validateWithSchema, SchemaError } from './lib/json-schema.js';
import { JsonSyntaxError, parseJsonValue } from './lib/json-text.js';

interface PathTrie {
  terminal: boolean;
  children: Map<string, { segment: Value; node: PathTrie }>;
}

function newTrie(): PathTrie {
  return { terminal: false, children: new Map() };
}

function pathsArg(args: Value[], index: number): PathTrie {
  const raw = args[index]!;
  if (!Array.isArray(raw) && !(raw instanceof SetValue)) throw typeError(index + 1, 'one of {set, array}', raw);
  const root = newTrie();
  for (const p of Array.isArray(raw) ? raw : raw.sorted()) {
    let segments: PathSegments;
    if (typeof p === 'string') segments = parseStringPath(p);
    else if (Array.isArray(p)) segments = p;
    else {
      throw typeErrorText(
        `operand ${index + 1} must be one of {set, array} containing string paths or array of path segments but got ${typeName(p)}`,
      );
    }
    let node = root;
    for (const seg of segments) {
      const k = keyOf(seg);
      let child = node.children.get(k);
      if (!child) {
        child = { segment: seg, node: newTrie() };
        node.children.set(k, child);
      }
      node = child.node;
    }
    node.terminal = true;
  }
  return root;
}

function filterValue(value: Value, node: PathTrie): Value | undefined {
  if (node.terminal) return value;
  if (value instanceof ObjectValue) {
    const out = new ObjectValue();
    for (const { segment, node: child } of node.children.values()) {
      const key = segmentKey(value, segment);
      if (key === undefined) continue;
      const r = filterValue(value.get(key)!, child);
      if (r !== undefined) out.set(key, r);
    }
    return out;
  }
  if (Array.isArray(value)) {
    const picked: [number, Value][] = [];
    for (const { segment, node: child } of node.children.values()) {
      const idx = segmentKey(value, segment);
      if (idx === undefined) continue;
      const r = filterValue(value[idx as number]!, child);
      if (r !== undefined) picked.push([idx as number, r]);
    }
    return picked.sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  }
  if (value instanceof SetValue) {
    const out = new SetValue();
    for (const { segment, node: child } of node.children.values()) {
      const member = segmentKey(value, segment);
      if (member === undefined) continue;
      const r = filterValue(member, child);
      if (r !== undefined) out.add(r);
    }
    return out;
  }
  return undefined;
}

function removeValue(value: Value, node: PathTrie): Value {
  if (value instanceof ObjectValue) {
    const out = value.copy();
    for (const { segment, node: child } of node.children.values()) {
      const key = segmentKey(value, segment);
      if (key === undefined) continue;
      if (child.terminal) out.delete(key);
      else out.set(key, removeValue(value.get(key)!, child));
    }
    return out;
  }
  if (Array.isArray(value)) {
    const removed = new Set<number>();
    const replaced = new Map<number, Value>();
    for (const { segment, node: child } of node.children.values()) {
      const idx = segmentKey(value, segment) as number | undefined;
      if (idx === undefined) continue;
      if (child.terminal) removed.add(idx);
      else replaced.set(idx, removeValue(value[idx]!, child));
    }
    const out: Value[] = [];
    value.forEach((v, i) => {
      if (!removed.has(i)) out.push(replaced.get(i) ?? v);
    });
    return out;
  }
  if (value instanceof SetValue) {
    const out = value.copy();
    for (const { segment, node: child } of node.children.values()) {
      const member = segmentKey(value, segment);
      if (member === undefined) continue;
      out.delete(member);
      if (!child.terminal) out.add(removeValue(member, child));
    }
    return out;
  }
  return value;
}

registerBuiltin(
  'json.filter',
  (args) => {
    const doc = objectArg(args, 0);
    const trie = pathsArg(args, 1);
    if (trie.terminal) return doc;
    return filterValue(doc, trie) ?? new ObjectValue();
  },
  { arity: 2 },
);

registerBuiltin(
  'json.remove',
  (args) => {
    const doc = objectArg(args, 0);
    const trie = pathsArg(args, 1);
    if (trie.terminal) return new ObjectValue();
    return removeValue(doc, trie);
  },
  { arity: 2 },
);

// ---- json.patch ---------------------------------------------------------------------------

class PatchError extends Error {}

function patchPath(v: Value | undefined, what: string): PathSegments {
  if (typeof v === 'string') return parseStringPath(v, true);
  if (Array.isArray(v)) return v;
  throw new PatchError(`${what} must be a string or an array of path segments`);
}

function getAt(doc: Value, path: PathSegments): Value {
  let cur = doc;
  for (const seg of path) {
    const key = segmentKey(cur, seg);
    if (key === undefined) throw new PatchError(`path does not exist: ${JSON.stringify(seg)}`);
    cur = childAt(cur, key)!;
  }
  return cur;
}

/** Rebuilds `doc` with the container at `parentPath` replaced by `update(container)`. */
function updateAt(doc: Value, parentPath: PathSegments, update: (container: Value) => Value): Value {
  if (parentPath.length === 0) return update(doc);
  const [seg, ...rest] = parentPath;
  const key = segmentKey(doc, seg!);
  if (key === undefined) throw new PatchError('path does not exist');
  const child = childAt(doc, key)!;
  const next = updateAt(child, rest, update);
  if (doc instanceof ObjectValue) return doc.copy().set(key, next);
  if (Array.isArray(doc)) {
    const out = [...doc];
    out[key as number] = next;
    return out;
  }
  const out = (doc as SetValue).copy();
  out.delete(key);
  out.add(next);
  return out;
}

function addAt(doc: Value, path: PathSegments, value: Value): Value {
  if (path.length === 0) return value;
  const last = path[path.length - 1]!;
  return updateAt(doc, path.slice(0, -1), (container) => {
    if (container instanceof ObjectValue) {
      if (typeof last !== 'string' && !container.has(last)) return container.copy().set(last, value);
      return container.copy().set(segmentKey(container, last) ?? last, value);
    }
    if (Array.isArray(container)) {
      if (last === '-') return [...container, value];
      const idx = arrayIndex(last);
      if (idx === undefined || idx > container.length) throw new PatchError('array index out of range');
      const out = [...container];
      out.splice(idx, 0, value);
      return out;
    }
    if (container instanceof SetValue) {
      if (!equal(last, value) && !(typeof last === 'string' && segmentKey(SetValue.from([value]), last) !== undefined)) {
        throw new PatchError('set member and value differ');
      }
      const out = container.copy();
      out.add(value);
      return out;
    }
    throw new PatchError(`cannot add to ${typeName(container)}`);
  });
}

function removeAt(doc: Value, path: PathSegments): Value {
  if (path.length === 0) throw new PatchError('cannot remove the root document');
  const last = path[path.length - 1]!;
  return updateAt(doc, path.slice(0, -1), (container) => {
    const key = segmentKey(container, last);
    if (key === undefined) throw new PatchError('path does not exist');
    if (container instanceof ObjectValue) {
      const out = container.copy();
      out.delete(key);
      return out;
    }
    if (Array.isArray(container)) return container.filter((_, i) => i !== key);
    const out = (container as SetValue).copy();
    out.delete(key);
    return out;
  });
}

function isPrefix(prefix: PathSegments, path: PathSegments): boolean {
  return prefix.length < path.length && prefix.every((s, i) => equal(s, path[i]!));
}

function applyPatch(doc: Value, op: ObjectValue): Value {
  const name = op.get('op');
  const path = patchPath(op.get('path'), 'path');
  switch (name) {
    case 'add':
      if (!op.has('value')) throw new PatchError('add operation requires a value');
      return addAt(doc, path, op.get('value')!);
    case 'remove':
      return removeAt(doc, path);
    case 'replace': {
      if (!op.has('value')) throw new PatchError('replace operation requires a value');
      getAt(doc, path);
      if (path.length === 0) return op.get('value')!;
      const last = path[path.length - 1]!;
      return updateAt(doc, path.slice(0, -1), (container) => {
        const key = segmentKey(container, last)!;
        if (container instanceof ObjectValue) return container.copy().set(key, op.get('value')!);
        if (Array.isArray(container)) {
          const out = [...container];
          out[key as number] = op.get('value')!;
          return out;
        }
        const out = (container as SetValue).copy();
        out.delete(key);
        out.add(op.get('value')!);
        return out;
      });
    }
    case 'move': {
      const from = patchPath(op.get('from'), 'from');
      if (isPrefix(from, path)) throw new PatchError('cannot move a value into one of its children');
      const value = getAt(doc, from);
      if (from.length === path.length && from.every((s, i) => equal(s, path[i]!))) return doc;
      return addAt(removeAt(doc, from), path, value);
    }
    case 'copy': {
      const from = patchPath(op.get('from'), 'from');
      return addAt(doc, path, getAt(doc, from));
    }
    case 'test': {
      if (!op.has('value')) throw new PatchError('test operation requires a value');
      if (!equal(getAt(doc, path), op.get('value')!)) throw new PatchError('test failed');
      return doc;
    }
    default:
      throw new PatchError(`unknown patch operation ${JSON.stringify(name ?? null)}`);
  }
}

registerBuiltin(
  'json.patch',
  (args) => {
    let doc: Value = args[0]!;
    const ops = arrayArg(args, 1);
    for (const op of ops) {
      if (!(op instanceof ObjectValue)) throw typeErrorText(`operand 2 must be array of objects but got array containing ${typeName(op)}`);
    }
    try {
      for (const op of ops as ObjectValue[]) doc = applyPatch(doc, op);
    } catch (e) {
      if (e instanceof PatchError) throw builtinError(e.message);
      throw e;
    }
    return doc;
  },
  { arity: 2 },
);

// ---- JSON Schema ----------------------------------------------------------------------------

function documentArg(args: Value[], index: number, what: string): Value {
  const v = args[index]!;
  if (typeof v !== 'string') {
    if (v instanceof ObjectValue || typeof v === 'boolean' || Array.isArray(v)) return v;
    if (what === 'schema') throw typeError(index + 1, 'one of {string, object, boolean}', v);
    return v;
  }
  try {
    return parseJsonValue(v);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw builtinError(`${what} is not valid JSON: ${e.message}`);
    throw e;
  }
}

registerBuiltin(
  'json.verify_schema',
  (args) => {
    const schema = documentArg(args, 0, 'schema');
    try {
      validateWithSchema(schema, null, true);
      return [true, null];
    } catch (e) {
      if (e instanceof SchemaError) return [false, `jsonschema: ${e.message}`];
      throw e;
    }
  },
  { arity: 1 },
);

registerBuiltin(
  'json.match_schema',
  (args) => {
    const doc = documentArg(args, 0, 'document');
    const schema = documentArg(args, 1, 'schema');
    try {
      const errors = validateWithSchema(schema, doc, false);
      return [errors.length === 0, errors.map((e) => ObjectValue.fromRecord({ ...e }))];
    } catch (e) {
      if (e instanceof SchemaError) throw builtinError(e.message);
      throw e;
    }
  },
  { arity: 2 },
);
