import type { AnySchemaObject } from 'ajv/dist/2020.js';
import { message } from '../i18n/catalog.js';
import type { PlanDiagnostic } from './diagnostic.js';
import type { PlanDocument } from './document.js';
import { joinPointer } from './json-pointer.js';
import { deref } from './schema-walk.js';
import { closestMatch } from './suggest.js';
import './validation-messages.js';

/**
 * Ids and references between parts of a plan. The schema marks a property that defines an id with
 * `"x-pipl-id": "<kind>"` and one that references ids with `"x-pipl-ref": "<kind>"` (or a list of
 * kinds); the referencing value is a string or a list of strings.
 */
export const ID_KEYWORD = 'x-pipl-id';
export const REF_KEYWORD = 'x-pipl-ref';

export interface IdDefinition {
  kind: string;
  id: string;
  pointer: string;
}

export interface IdReference {
  kinds: readonly string[];
  id: string;
  pointer: string;
}

/** What one validation run saw; keyed by pointer so that a node visited twice (two combinator branches) counts once. */
export class ReferenceCollector {
  readonly definitions = new Map<string, IdDefinition>();
  readonly references = new Map<string, IdReference>();

  define(kind: string, value: unknown, pointer: string): void {
    if (typeof value !== 'string') return;
    this.definitions.set(`${kind}\u0000${pointer}`, { kind, id: value, pointer });
  }

  /** `kinds` must be sorted; it is kept, not copied. */
  refer(kinds: readonly string[], value: unknown, pointer: string): void {
    if (typeof value === 'string') {
      const known = this.references.get(pointer);
      const merged = known ? [...new Set([...known.kinds, ...kinds])].sort() : kinds;
      this.references.set(pointer, { kinds: merged, id: value, pointer });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'string') this.refer(kinds, item, joinPointer(pointer, index));
      });
    }
  }
}

function kindsOf(schemaValue: unknown): string[] {
  if (typeof schemaValue === 'string') return [schemaValue];
  if (Array.isArray(schemaValue)) return [...new Set(schemaValue.filter((k): k is string => typeof k === 'string'))].sort();
  return [];
}

/**
 * Walks the plan and the schema together (through `$ref`, properties, pattern and additional
 * properties, items, combinators and conditionals) and records every annotated id and reference.
 * Subschemas without any annotation below them are skipped, so the walk stays cheap for big plans.
 */
export function collectReferences(data: unknown, root: AnySchemaObject): ReferenceCollector {
  const collector = new ReferenceCollector();
  const walker = walkerFor(root);
  walker(data, root, '', 0, collector);
  return collector;
}

type Walker = (value: unknown, schemaNode: unknown, pointer: string, depth: number, collector: ReferenceCollector) => void;
const walkers = new WeakMap<AnySchemaObject, Walker>();

function walkerFor(root: AnySchemaObject): Walker {
  const cached = walkers.get(root);
  if (cached) return cached;
  const resolved = new WeakMap<object, AnySchemaObject | null>();
  const annotated = new WeakMap<object, boolean>();
  const patterns = new Map<string, RegExp>();
  const refKinds = new WeakMap<object, string[]>();
  const resolve = (node: unknown): AnySchemaObject | undefined => {
    if (node === null || typeof node !== 'object') return undefined;
    if (!resolved.has(node)) resolved.set(node, deref(root, node) ?? null);
    return resolved.get(node) ?? undefined;
  };
  const hasAnnotations = (node: unknown): boolean => {
    const schema = resolve(node);
    if (!schema) return false;
    const known = annotated.get(schema);
    if (known !== undefined) return known;
    annotated.set(schema, false); // cycle guard: a recursive reference adds nothing new
    let found = schema[ID_KEYWORD] !== undefined || schema[REF_KEYWORD] !== undefined;
    for (const sub of childSchemas(schema)) {
      if (found) break;
      found = hasAnnotations(sub);
    }
    annotated.set(schema, found);
    return found;
  };
  const walk: Walker = (value, schemaNode, pointer, depth, collector) => {
    const schema = resolve(schemaNode);
    if (!schema || depth > 256 || !hasAnnotations(schema)) return;
    if (typeof schema[ID_KEYWORD] === 'string') collector.define(schema[ID_KEYWORD] as string, value, pointer);
    if (schema[REF_KEYWORD] !== undefined) {
      let kinds = refKinds.get(schema);
      if (!kinds) refKinds.set(schema, (kinds = kindsOf(schema[REF_KEYWORD])));
      collector.refer(kinds, value, pointer);
    }
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = schema[key];
      if (Array.isArray(list)) for (const sub of list) walk(value, sub, pointer, depth + 1, collector);
    }
    for (const key of ['if', 'then', 'else'] as const) if (schema[key]) walk(value, schema[key], pointer, depth + 1, collector);
    if (Array.isArray(value)) {
      const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems as unknown[]) : [];
      for (let i = 0; i < value.length; i++) {
        const sub = i < prefix.length ? prefix[i] : schema.items;
        if (sub && typeof sub === 'object') walk(value[i], sub, joinPointer(pointer, i), depth + 1, collector);
      }
    } else if (value !== null && typeof value === 'object') {
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      const patternProperties = (schema.patternProperties ?? {}) as Record<string, unknown>;
      for (const [key, child] of Object.entries(value)) {
        let sub: unknown = Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined;
        if (sub === undefined) {
          for (const [source, candidate] of Object.entries(patternProperties)) {
            let pattern = patterns.get(source);
            if (!pattern) patterns.set(source, (pattern = new RegExp(source, 'u')));
            if (pattern.test(key)) {
              sub = candidate;
              break;
            }
          }
        }
        if (sub === undefined && typeof schema.additionalProperties === 'object') sub = schema.additionalProperties;
        if (sub !== undefined) walk(child, sub, joinPointer(pointer, key), depth + 1, collector);
      }
    }
  };
  walkers.set(root, walk);
  return walk;
}

function childSchemas(schema: AnySchemaObject): unknown[] {
  const out: unknown[] = [];
  for (const key of ['items', 'additionalProperties', 'if', 'then', 'else', 'contains']) {
    if (schema[key] && typeof schema[key] === 'object') out.push(schema[key]);
  }
  for (const key of ['properties', 'patternProperties']) {
    if (schema[key] && typeof schema[key] === 'object') out.push(...Object.values(schema[key] as object));
  }
  for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
    if (Array.isArray(schema[key])) out.push(...(schema[key] as unknown[]));
  }
  return out;
}

const MAX_LISTED_IDS = 10;

/** Duplicate ids (per kind) and references to ids that no node defines. */
export function checkReferences(collector: ReferenceCollector, doc: PlanDocument): PlanDiagnostic[] {
  const diagnostics: PlanDiagnostic[] = [];
  const byKind = new Map<string, Map<string, IdDefinition[]>>();
  for (const definition of collector.definitions.values()) {
    let ids = byKind.get(definition.kind);
    if (!ids) byKind.set(definition.kind, (ids = new Map()));
    const same = ids.get(definition.id);
    if (same) same.push(definition);
    else ids.set(definition.id, [definition]);
  }
  for (const ids of byKind.values()) {
    for (const same of ids.values()) {
      if (same.length < 2) continue;
      const placed = same
        .map((definition) => ({ definition, position: doc.positionOf(definition.pointer) }))
        .sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
      const firstLine = placed[0]!.position.line;
      for (const { definition } of placed.slice(1)) {
        diagnostics.push(diagnostic(doc, definition.pointer, 'plan.ref.duplicate_id', { kind: definition.kind, id: definition.id, line: firstLine }));
      }
    }
  }
  for (const reference of collector.references.values()) {
    if (reference.kinds.some((kind) => byKind.get(kind)?.has(reference.id))) continue;
    const known = [...new Set(reference.kinds.flatMap((kind) => [...(byKind.get(kind)?.keys() ?? [])]))].sort();
    const kind = reference.kinds.join('/');
    if (known.length === 0) {
      diagnostics.push(diagnostic(doc, reference.pointer, 'plan.ref.none_defined', { kind, id: reference.id }));
      continue;
    }
    const listed = known.length > MAX_LISTED_IDS ? [...known.slice(0, MAX_LISTED_IDS), `… (+${known.length - MAX_LISTED_IDS})`] : known;
    const suggestion = closestMatch(reference.id, known);
    const params = { kind, id: reference.id, known: listed.map((id) => (id.startsWith('…') ? id : `\`${id}\``)).join(', ') };
    diagnostics.push(
      suggestion === undefined
        ? diagnostic(doc, reference.pointer, 'plan.ref.dangling', params)
        : diagnostic(doc, reference.pointer, 'plan.ref.dangling_suggest', { ...params, suggestion }),
    );
  }
  return diagnostics;
}

function diagnostic(doc: PlanDocument, pointer: string, messageId: string, params: Record<string, unknown>): PlanDiagnostic {
  const position = doc.positionOf(pointer);
  return { messageId, params, text: message(messageId, params), file: doc.file, line: position.line, column: position.column, pointer };
}
