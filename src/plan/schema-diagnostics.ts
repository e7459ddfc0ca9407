import type { AnySchemaObject, ErrorObject } from 'ajv/dist/2020.js';
import { message } from '../i18n/catalog.js';
import type { LocalizedText } from '../i18n/lang.js';
import type { PlanDiagnostic } from './diagnostic.js';
import type { PlanDocument } from './document.js';
import { getAtPointer, joinPointer } from './json-pointer.js';
import { deref, parentSchemaOf } from './schema-walk.js';
import { closestMatch } from './suggest.js';
import { checkUscc } from './uscc.js';
import { FORMAT_NAMES, TYPE_NAMES, whereParam } from './validation-messages.js';

type Params = Record<string, unknown>;
type PerLang = { zh: Params; en: Params };

/** What one ajv error says, in our words: message id, neutral params, per-language params, pointer. */
interface Rendered {
  id: string;
  pointer: string;
  params: Params;
  lang?: PerLang;
}

/** Turns (already collapsed) ajv errors into located, bilingual diagnostics. */
export function renderSchemaErrors(errors: ErrorObject[], doc: PlanDocument, root: AnySchemaObject): PlanDiagnostic[] {
  return errors.map((error) => {
    const rendered = renderOne(error, root, getAtPointer(doc.data, error.instancePath));
    const position = doc.positionOf(rendered.pointer);
    return {
      messageId: rendered.id,
      params: rendered.params,
      text: localized(rendered.id, rendered.params, rendered.lang),
      file: doc.file,
      line: position.line,
      column: position.column,
      pointer: rendered.pointer,
    };
  });
}

function localized(id: string, params: Params, lang?: PerLang): LocalizedText {
  if (!lang) return message(id, params);
  return { zh: message(id, { ...params, ...lang.zh }).zh, en: message(id, { ...params, ...lang.en }).en };
}

function renderOne(error: ErrorObject, root: AnySchemaObject, data: unknown): Rendered {
  const at = error.instancePath;
  const p = error.params as Record<string, unknown>;
  const parent = parentSchemaOf(root, error.schemaPath);
  switch (error.keyword) {
    case 'required': {
      const field = String(p.missingProperty);
      const where = whereParam(at);
      const about = describe(propertySchema(root, parent, field));
      return {
        id: 'plan.schema.required',
        pointer: at,
        params: { field, parent: at },
        lang: { zh: { where: where.zh, about: about ? `（${about.zh}）` : '' }, en: { where: where.en, about: about ? ` (${about.en})` : '' } },
      };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const field = String(p.additionalProperty ?? p.unevaluatedProperty);
      const present = data !== null && typeof data === 'object' ? new Set(Object.keys(data as object)) : new Set<string>();
      const known = propertyNames(root, parent).filter((name) => !present.has(name));
      const suggestion = closestMatch(field, known);
      const where = whereParam(at);
      const params: Params = { field, parent: at };
      if (suggestion !== undefined) params.suggestion = suggestion;
      return {
        id: suggestion === undefined ? 'plan.schema.unknown_field' : 'plan.schema.unknown_field_suggest',
        pointer: joinPointer(at, field),
        params,
        lang: { zh: { where: where.zh }, en: { where: where.en } },
      };
    }
    case 'propertyNames':
      return { id: 'plan.schema.field_name', pointer: joinPointer(at, String(p.propertyName)), params: { field: String(p.propertyName) } };
    case 'false schema':
      return { id: 'plan.schema.field_not_allowed', pointer: at, params: { field: lastToken(at) } };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      const strings = allowed.filter((v): v is string => typeof v === 'string');
      const suggestion = typeof data === 'string' ? closestMatch(data, strings) : undefined;
      const params: Params = { value: show(data), allowed: allowed.map(show).join(', ') };
      if (suggestion !== undefined) params.suggestion = show(suggestion);
      return { id: suggestion === undefined ? 'plan.schema.enum' : 'plan.schema.enum_suggest', pointer: at, params };
    }
    case 'const':
      return { id: 'plan.schema.const', pointer: at, params: { expected: show(p.allowedValue), value: show(data) } };
    case 'type': {
      const types = String(p.type).split(',');
      const actual = typeOf(data);
      return {
        id: 'plan.schema.type',
        pointer: at,
        params: { expected: types.join(','), actual },
        lang: {
          zh: { expected: types.map((t) => TYPE_NAMES[t]?.zh ?? t).join('或'), actual: TYPE_NAMES[actual]?.zh ?? actual },
          en: { expected: types.map((t) => TYPE_NAMES[t]?.en ?? t).join(' or '), actual: TYPE_NAMES[actual]?.en ?? actual },
        },
      };
    }
    case 'format': {
      const format = String(p.format);
      if (format === 'uscc' && typeof data === 'string') {
        const problem = checkUscc(data);
        if (problem) {
          const { kind, ...rest } = problem;
          return { id: `plan.uscc.${kind}`, pointer: at, params: { value: show(data), ...rest } };
        }
      }
      const name = FORMAT_NAMES[format] ?? { zh: format, en: format };
      return { id: 'plan.schema.format', pointer: at, params: { value: show(data), format }, lang: { zh: { format: name.zh }, en: { format: name.en } } };
    }
    case 'pattern':
      return { id: 'plan.schema.pattern', pointer: at, params: { value: show(data), pattern: String(p.pattern) } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const ids: Record<string, string> = {
        minimum: 'plan.schema.minimum',
        maximum: 'plan.schema.maximum',
        exclusiveMinimum: 'plan.schema.exclusive_minimum',
        exclusiveMaximum: 'plan.schema.exclusive_maximum',
      };
      return { id: ids[error.keyword]!, pointer: at, params: { limit: p.limit, value: show(data) } };
    }
    case 'multipleOf':
      return { id: 'plan.schema.multiple_of', pointer: at, params: { limit: p.multipleOf, value: show(data) } };
    case 'minLength':
    case 'maxLength':
      return {
        id: error.keyword === 'minLength' ? 'plan.schema.min_length' : 'plan.schema.max_length',
        pointer: at,
        params: { limit: p.limit, count: typeof data === 'string' ? [...data].length : 0 },
      };
    case 'minItems':
    case 'maxItems':
      return {
        id: error.keyword === 'minItems' ? 'plan.schema.min_items' : 'plan.schema.max_items',
        pointer: at,
        params: { limit: p.limit, count: Array.isArray(data) ? data.length : 0 },
      };
    case 'minProperties':
    case 'maxProperties':
      return {
        id: error.keyword === 'minProperties' ? 'plan.schema.min_properties' : 'plan.schema.max_properties',
        pointer: at,
        params: { limit: p.limit, count: data !== null && typeof data === 'object' ? Object.keys(data as object).length : 0 },
      };
    case 'uniqueItems': {
      const i = Number(p.i);
      const j = Number(p.j);
      return { id: 'plan.schema.unique_items', pointer: joinPointer(at, Math.max(i, j)), params: { first: joinPointer(at, Math.min(i, j)), second: joinPointer(at, Math.max(i, j)) } };
    }
    case 'contains':
      return { id: 'plan.schema.contains', pointer: at, params: { limit: p.minContains ?? 1 } };
    case 'dependentRequired':
    case 'dependencies':
      return { id: 'plan.schema.dependent_required', pointer: at, params: { field: String(p.missingProperty), trigger: String(p.property) } };
    case 'unevaluatedItems':
    case 'additionalItems':
    case 'items':
      return { id: 'plan.schema.too_many_items', pointer: at, params: { limit: p.limit } };
    case 'oneOf': {
      const passing = p.passingSchemas;
      if (Array.isArray(passing)) {
        return { id: 'plan.schema.several_alternatives', pointer: at, params: { branches: passing.map((b) => Number(b) + 1).join(', ') } };
      }
      return { id: 'plan.schema.no_alternative', pointer: at, params: {} };
    }
    case 'anyOf':
      return { id: 'plan.schema.no_alternative', pointer: at, params: {} };
    case 'not':
      return { id: 'plan.schema.not', pointer: at, params: {} };
    default:
      return { id: 'plan.schema.other', pointer: at, params: { keyword: error.keyword } };
  }
}

/** JSON text of a value for a sentence, shortened; objects and lists by their shape only. */
export function show(value: unknown): string {
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function lastToken(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return pointer.slice(i + 1).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Property names a schema declares, looking through `$ref` and `allOf`. */
function propertyNames(root: AnySchemaObject, schema: AnySchemaObject, depth = 0): string[] {
  const resolved = deref(root, schema);
  if (!resolved || depth > 8) return [];
  const names = new Set<string>(Object.keys((resolved.properties as object | undefined) ?? {}));
  for (const part of (resolved.allOf as unknown[] | undefined) ?? []) {
    for (const name of propertyNames(root, part as AnySchemaObject, depth + 1)) names.add(name);
  }
  return [...names].sort();
}

function propertySchema(root: AnySchemaObject, schema: AnySchemaObject, field: string): AnySchemaObject | undefined {
  const resolved = deref(root, schema);
  const direct = (resolved?.properties as Record<string, unknown> | undefined)?.[field];
  if (direct !== undefined) return deref(root, direct);
  for (const part of (resolved?.allOf as unknown[] | undefined) ?? []) {
    const found = propertySchema(root, part as AnySchemaObject, field);
    if (found) return found;
  }
  return undefined;
}

/** A field's short description in both languages (first sentence, from the schema), if it has one. */
function describe(schema: AnySchemaObject | undefined): LocalizedText | undefined {
  if (!schema) return undefined;
  const en = typeof schema.description === 'string' ? schema.description : undefined;
  const zh = typeof schema['x-description-zh'] === 'string' ? (schema['x-description-zh'] as string) : undefined;
  if (!en && !zh) return undefined;
  return { zh: firstSentence(zh ?? en!, /[。；]/), en: firstSentence(en ?? zh!, /\.\s|;\s/) };
}

function firstSentence(text: string, end: RegExp): string {
  const match = end.exec(text);
  let out = (match ? text.slice(0, match.index) : text).trim().replace(/\.$/, '');
  if (out.length > 100) out = `${out.slice(0, 97)}…`;
  return out;
}
