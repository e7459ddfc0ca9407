import type { AnySchemaObject } from 'ajv/dist/2020.js';

/** Follows local `$ref`s (`#/...`) inside the root schema; undefined for anything unresolvable. */
export function deref(root: AnySchemaObject, schema: unknown, depth = 0): AnySchemaObject | undefined {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return undefined;
  const ref = (schema as AnySchemaObject).$ref;
  if (typeof ref !== 'string' || depth > 32) return schema as AnySchemaObject;
  const target = schemaAt(root, ref);
  if (target === undefined) return schema as AnySchemaObject;
  const resolved = deref(root, target, depth + 1);
  if (!resolved) return undefined;
  // keywords next to `$ref` (2020-12 allows them) apply too: merge what describes the node
  const { $ref: _ignored, ...siblings } = schema as AnySchemaObject;
  return Object.keys(siblings).length === 0 ? resolved : { ...resolved, ...siblings };
}

/**
 * The subschema at a JSON pointer fragment of the root schema (`#/properties/a`, as in ajv's
 * `schemaPath`), or undefined. A fragment of another document (`other.json#/...`) is not resolved.
 */
export function schemaAt(root: AnySchemaObject, fragment: string): unknown {
  const hash = fragment.indexOf('#');
  if (hash === -1) return undefined;
  const base = fragment.slice(0, hash);
  if (base !== '' && base !== root.$id) return undefined;
  let node: unknown = root;
  for (const raw of fragment.slice(hash + 1).split('/').filter((t) => t !== '')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** The schema object holding an error's keyword: `#/properties/a/required` → `#/properties/a`. */
export function parentSchemaOf(root: AnySchemaObject, schemaPath: string): AnySchemaObject {
  const parent = schemaAt(root, schemaPath.replace(/\/[^/]*$/, ''));
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) ? (parent as AnySchemaObject) : {};
}
