import type { KeywordDefinition } from 'ajv/dist/2020.js';
import { message } from '../i18n/catalog.js';
import type { PlanDiagnostic } from './diagnostic.js';
import type { PlanDocument } from './document.js';
import { joinPointer } from './json-pointer.js';
import { closestMatch } from './suggest.js';
import './validation-messages.js';

/**
 * Ids and references between parts of a plan. The schema marks a property that defines an id with
 * `"x-pipl-id": "<kind>"` and one that references ids with `"x-pipl-ref": "<kind>"` (or a list of
 * kinds); the referencing value is a string or a list of strings. ajv walks the schema and the plan
 * together (through `$ref`, items, combinators) and calls the two keywords below for every node they
 * annotate, so the walk follows the schema exactly.
 */
export const ID_KEYWORD = 'x-pipl-id';
export const REF_KEYWORD = 'x-pipl-ref';

export interface IdDefinition {
  kind: string;
  id: string;
  pointer: string;
}

export interface IdReference {
  kinds: string[];
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

  refer(kinds: string[], value: unknown, pointer: string): void {
    if (typeof value === 'string') {
      const known = this.references.get(pointer);
      const merged = known ? [...new Set([...known.kinds, ...kinds])].sort() : [...kinds].sort();
      this.references.set(pointer, { kinds: merged, id: value, pointer });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'string') this.refer(kinds, item, joinPointer(pointer, index));
      });
    }
  }
}

/** Collectors of the validations under way, keyed by the plan data being validated. */
const active = new WeakMap<object, ReferenceCollector>();

/** Runs `validate` with a collector attached to `root`, so the keywords below record into it. */
export function collectReferences<T>(root: object, validate: () => T): { result: T; collector: ReferenceCollector } {
  const collector = new ReferenceCollector();
  active.set(root, collector);
  try {
    return { result: validate(), collector };
  } finally {
    active.delete(root);
  }
}

function kindsOf(schemaValue: unknown): string[] {
  if (typeof schemaValue === 'string') return [schemaValue];
  if (Array.isArray(schemaValue)) return schemaValue.filter((k): k is string => typeof k === 'string');
  return [];
}

/** The ajv keyword definitions; they never fail validation themselves. */
export function referenceKeywords(): KeywordDefinition[] {
  return [
    {
      keyword: ID_KEYWORD,
      schemaType: 'string',
      errors: false,
      validate: (kind: string, data: unknown, _parent: unknown, cxt: { instancePath: string; rootData: unknown } | undefined) => {
        const collector = cxt && typeof cxt.rootData === 'object' && cxt.rootData !== null ? active.get(cxt.rootData) : undefined;
        collector?.define(kind, data, cxt?.instancePath ?? '');
        return true;
      },
    },
    {
      keyword: REF_KEYWORD,
      schemaType: ['string', 'array'],
      errors: false,
      validate: (kinds: unknown, data: unknown, _parent: unknown, cxt: { instancePath: string; rootData: unknown } | undefined) => {
        const collector = cxt && typeof cxt.rootData === 'object' && cxt.rootData !== null ? active.get(cxt.rootData) : undefined;
        collector?.refer(kindsOf(kinds), data, cxt?.instancePath ?? '');
        return true;
      },
    },
  ];
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
