/**
 * JSON Schema validation for json.match_schema / json.verify_schema, with ajv underneath and
 * results reworded into the shape OPA's gojsonschema produces:
 * `{error: "<field>: <desc>", desc, field, type}` with gojsonschema's type names and texts.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { type Value, toJSON } from '../../values.js';

export class SchemaError extends Error {}

const PRIMITIVES = ['array', 'boolean', 'integer', 'number', 'null', 'object', 'string'];

function checkPrimitiveTypes(schema: unknown): void {
  if (Array.isArray(schema)) {
    for (const s of schema) checkPrimitiveTypes(s);
    return;
  }
  if (schema === null || typeof schema !== 'object') return;
  for (const [k, v] of Object.entries(schema as Record<string, unknown>)) {
    if (k === 'type' && (typeof v === 'string' || Array.isArray(v))) {
      for (const t of typeof v === 'string' ? [v] : v) {
        if (typeof t === 'string' && !PRIMITIVES.includes(t)) {
          throw new SchemaError(`has a primitive type that is NOT VALID -- given: /${t}/ Expected valid values are:[${PRIMITIVES.join(' ')}]`);
        }
      }
    } else if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'examples') {
      checkPrimitiveTypes(v);
    }
  }
}

function goType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (typeof v === 'bigint') return 'integer';
  return typeof v;
}

function fieldOf(instancePath: string, extra?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  return parts.length === 0 ? '(root)' : parts.join('.');
}

function valueAt(doc: unknown, instancePath: string): unknown {
  let cur = doc;
  for (const p of instancePath.split('/').slice(1)) {
    const key = p.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
  }
  return cur;
}

export interface SchemaViolation {
  error: string;
  desc: string;
  field: string;
  type: string;
}

function describe(e: ErrorObject, doc: unknown): SchemaViolation {
  const p = e.params as Record<string, unknown>;
  let field = fieldOf(e.instancePath);
  let type = e.keyword;
  let desc = e.message ?? e.keyword;
  switch (e.keyword) {
    case 'type': {
      const expected = Array.isArray(p.type) ? (p.type as string[]).join(', ') : String(p.type);
      type = 'invalid_type';
      desc = `Invalid type. Expected: ${expected}, given: ${goType(valueAt(doc, e.instancePath))}`;
      break;
    }
    case 'required':
      desc = `${String(p.missingProperty)} is required`;
      break;
    case 'additionalProperties':
      type = 'additional_property_not_allowed';
      desc = `Additional property ${String(p.additionalProperty)} is not allowed`;
      break;
    case 'enum':
      desc = `${field} must be one of the following: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'const':
      desc = `${field} does not match: ${JSON.stringify(p.allowedValue)}`;
      break;
    case 'minimum':
      type = 'number_gte';
      desc = `Must be greater than or equal to ${String(p.limit)}`;
      break;
    case 'maximum':
      type = 'number_lte';
      desc = `Must be less than or equal to ${String(p.limit)}`;
      break;
    case 'exclusiveMinimum':
      type = 'number_gt';
      desc = `Must be greater than ${String(p.limit)}`;
      break;
    case 'exclusiveMaximum':
      type = 'number_lt';
      desc = `Must be less than ${String(p.limit)}`;
      break;
    case 'minLength':
      type = 'string_gte';
      desc = `String length must be greater than or equal to ${String(p.limit)}`;
      break;
    case 'maxLength':
      type = 'string_lte';
      desc = `String length must be less than or equal to ${String(p.limit)}`;
      break;
    case 'pattern':
      type = 'pattern';
      desc = `Does not match pattern '${String(p.pattern)}'`;
      break;
    case 'minItems':
      type = 'array_min_items';
      desc = `Array must have at least ${String(p.limit)} items`;
      break;
    case 'maxItems':
      type = 'array_max_items';
      desc = `Array must have at most ${String(p.limit)} items`;
      break;
    case 'uniqueItems':
      type = 'unique';
      desc = 'array items must be unique';
      break;
    case 'multipleOf':
      type = 'multiple_of';
      desc = `Must be a multiple of ${String(p.multipleOf)}`;
      break;
    case 'format':
      type = 'format';
      desc = `Does not match format '${String(p.format)}'`;
      break;
    default:
      break;
  }
  if (field === '') field = '(root)';
  return { error: `${field}: ${desc}`, desc, field, type };
}

/**
 * Rewrites draft-04 idioms into their draft-07 form so one validator serves drafts 4 to 7 (as
 * gojsonschema does): boolean `exclusiveMinimum`/`exclusiveMaximum`, `id` for `$id`. The
 * top-level `$schema` is dropped.
 */
function normaliseDrafts(schema: unknown, top = true): unknown {
  if (Array.isArray(schema)) return schema.map((s) => normaliseDrafts(s, false));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  const src = schema as Record<string, unknown>;
  for (const [k, v] of Object.entries(src)) {
    if (top && k === '$schema') continue;
    if (k === 'enum' || k === 'const' || k === 'default' || k === 'examples') out[k] = v;
    else if (k === 'id' && typeof v === 'string' && src.$id === undefined) out.$id = v;
    else out[k] = normaliseDrafts(v, false);
  }
  for (const [bound, exclusive] of [
    ['minimum', 'exclusiveMinimum'],
    ['maximum', 'exclusiveMaximum'],
  ] as const) {
    if (typeof out[exclusive] === 'boolean') {
      if (out[exclusive] === true && typeof out[bound] === 'number') {
        out[exclusive] = out[bound];
        delete out[bound];
      } else {
        delete out[exclusive];
      }
    }
  }
  return out;
}

function plain(v: Value): unknown {
  // ajv cannot handle bigint: big integers become doubles for validation only.
  return JSON.parse(JSON.stringify(toJSON(v), (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x)));
}

/**
 * Compiles `schema` (throws SchemaError when it is not a valid schema) and, unless `schemaOnly`,
 * validates `doc`, returning every violation (empty when valid).
 */
export function validateWithSchema(schema: Value, doc: Value, schemaOnly: boolean): SchemaViolation[] {
  const s = normaliseDrafts(plain(schema));
  checkPrimitiveTypes(s);
  const ajv = new Ajv({ allErrors: true, strict: false, formats: fullFormats });
  let validate;
  try {
    validate = ajv.compile(s as object);
  } catch (e) {
    throw new SchemaError((e as Error).message);
  }
  if (schemaOnly) return [];
  const d = plain(doc);
  if (validate(d)) return [];
  return (validate.errors ?? []).map((e) => describe(e, d));
}
