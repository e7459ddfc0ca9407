import { canonicalJson } from '../../findings/canonical-json.js';
import { parsePointer } from '../../plan/json-pointer.js';

/** One RFC 6902 operation. */
export type PatchOperation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string };

export class PatchError extends Error {
  constructor(
    message: string,
    /** Index of the failing operation. */
    readonly index: number,
  ) {
    super(message);
  }
}

/**
 * Applies RFC 6902 JSON Patch operations to a deep copy of `document` and returns the copy.
 * Errors (a missing path, a failed `test`) name the operation; the input is never changed.
 */
export function applyPatch<T>(document: T, operations: PatchOperation[]): T {
  let doc = structuredClone(document) as unknown;
  operations.forEach((operation, index) => {
    try {
      doc = applyOne(doc, operation);
    } catch (error) {
      throw new PatchError(`operation ${index} (${operation.op} ${operation.path}): ${(error as Error).message}`, index);
    }
  });
  return doc as T;
}

function applyOne(doc: unknown, operation: PatchOperation): unknown {
  switch (operation.op) {
    case 'add':
      return add(doc, operation.path, structuredClone(operation.value));
    case 'remove':
      return remove(doc, operation.path).doc;
    case 'replace': {
      const { doc: without } = remove(doc, operation.path);
      return add(without, operation.path, structuredClone(operation.value));
    }
    case 'move': {
      if (operation.path.startsWith(`${operation.from}/`)) throw new Error('cannot move a value into itself');
      const { doc: without, value } = remove(doc, operation.from);
      return add(without, operation.path, value);
    }
    case 'copy':
      return add(doc, operation.path, structuredClone(get(doc, operation.from)));
    case 'test':
      if (canonicalJson(get(doc, operation.path)) !== canonicalJson(operation.value)) throw new Error('test failed: the value differs');
      return doc;
  }
}

function get(doc: unknown, path: string): unknown {
  let node = doc;
  for (const token of parsePointer(path)) {
    const { container, key } = step(node, token, false);
    node = (container as Record<string | number, unknown>)[key];
  }
  return node;
}

function parentOf(doc: unknown, path: string): { parent: unknown; last: string } {
  const tokens = parsePointer(path);
  if (tokens.length === 0) return { parent: undefined, last: '' };
  const last = tokens.pop()!;
  let node = doc;
  for (const token of tokens) {
    const { container, key } = step(node, token, false);
    node = (container as Record<string | number, unknown>)[key];
  }
  return { parent: node, last };
}

function step(node: unknown, token: string, forAdd: boolean): { container: unknown; key: string | number } {
  if (Array.isArray(node)) {
    if (forAdd && token === '-') return { container: node, key: node.length };
    if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new Error(`bad array index ${token}`);
    const index = Number(token);
    if (forAdd ? index > node.length : index >= node.length) throw new Error(`index ${token} out of range`);
    return { container: node, key: index };
  }
  if (node !== null && typeof node === 'object') {
    if (!forAdd && !Object.prototype.hasOwnProperty.call(node, token)) throw new Error(`no member ${token}`);
    return { container: node, key: token };
  }
  throw new Error(`cannot step into a ${node === null ? 'null' : typeof node} with ${token}`);
}

function add(doc: unknown, path: string, value: unknown): unknown {
  if (path === '') return value;
  const { parent, last } = parentOf(doc, path);
  const { container, key } = step(parent, last, true);
  if (Array.isArray(container)) container.splice(key as number, 0, value);
  else (container as Record<string, unknown>)[key as string] = value;
  return doc;
}

function remove(doc: unknown, path: string): { doc: unknown; value: unknown } {
  if (path === '') return { doc: undefined, value: doc };
  const { parent, last } = parentOf(doc, path);
  const { container, key } = step(parent, last, false);
  if (Array.isArray(container)) {
    const [value] = container.splice(key as number, 1);
    return { doc, value };
  }
  const record = container as Record<string, unknown>;
  const value = record[key as string];
  delete record[key as string];
  return { doc, value };
}
