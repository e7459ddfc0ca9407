import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { AnySchemaObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { packageRoot } from '../cli/version.js';
import { UserError } from '../errors/user-error.js';
import { planFormats } from './plan-formats.js';
import { createAjv, schemaSha256 } from './validator-codegen.js';
import './schema-messages.js';

/** A plan schema ready to validate, once per process, with what the error renderer needs. */
export interface CompiledPlanSchema {
  /** Where the schema came from (a file path, or a name for in-memory schemas). */
  source: string;
  /** The schema, with an `$id` (a fixed one is added when it has none). */
  schema: AnySchemaObject;
  validate: ValidateFunction;
  /** A validator for the subschema at `schemaPath` (`#/...`, as in ajv errors), or undefined. */
  subschema(schemaPath: string): ValidateFunction | undefined;
  /** `precompiled`: the validator generated at build time; `compiled`: compiled in this process. */
  origin: 'precompiled' | 'compiled';
  /** Milliseconds spent getting the validator ready (reported by the benchmark). */
  compileMs: number;
}

const FALLBACK_ID = 'urn:pipl-guard:plan-schema';
const byFile = new Map<string, CompiledPlanSchema>();
const byObject = new WeakMap<object, CompiledPlanSchema>();

/** The plan schema shipped with pipl-guard. */
export function defaultPlanSchemaFile(): string {
  return join(packageRoot(), 'schemas', 'plan.schema.json');
}

/**
 * Reads a schema file and gets its validator ready, once per process per absolute path. For the
 * shipped schema, the validator generated at build time is used when it was generated from the
 * very same schema text; otherwise the schema is compiled here.
 */
export function loadPlanSchema(file: string = defaultPlanSchemaFile()): CompiledPlanSchema {
  const key = resolve(file);
  const cached = byFile.get(key);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(key, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError('plan.schema_file.unreadable', { file, reason: code }, { file });
  }
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    throw new UserError('plan.schema_file.not_json', { file, detail: (error as Error).message }, { file });
  }
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    throw new UserError('plan.schema_file.not_schema', { file, detail: 'not an object' }, { file });
  }
  const started = performance.now();
  const precompiled = key === resolve(defaultPlanSchemaFile()) ? generatedValidator(text) : undefined;
  const compiled = precompiled
    ? fromValidator(withId(schema as AnySchemaObject), file, precompiled, 'precompiled', started)
    : compilePlanSchema(schema as AnySchemaObject, file);
  byFile.set(key, compiled);
  return compiled;
}

/** Compiles an in-memory schema (tests, benchmarks, --schema); cached per schema object. */
export function compilePlanSchema(schema: AnySchemaObject, source = '<schema>'): CompiledPlanSchema {
  const cached = byObject.get(schema);
  if (cached) return cached;
  const started = performance.now();
  const rooted = withId(schema);
  const ajv = createAjv(rooted);
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(rooted);
  } catch (error) {
    throw new UserError('plan.schema_file.not_schema', { file: source, detail: (error as Error).message }, { file: source });
  }
  const compiled = fromValidator(rooted, source, validate, 'compiled', started, ajv);
  byObject.set(schema, compiled);
  return compiled;
}

function withId(schema: AnySchemaObject): AnySchemaObject {
  return typeof schema.$id === 'string' ? schema : { ...schema, $id: FALLBACK_ID };
}

function fromValidator(
  schema: AnySchemaObject,
  source: string,
  validate: ValidateFunction,
  origin: CompiledPlanSchema['origin'],
  started: number,
  ajvInstance?: Ajv2020,
): CompiledPlanSchema {
  const rootId = String(schema.$id).replace(/#.*$/, '');
  let ajv = ajvInstance;
  const subschemas = new Map<string, ValidateFunction | undefined>();
  return {
    source,
    schema,
    validate,
    origin,
    compileMs: performance.now() - started,
    subschema(schemaPath) {
      const ref = `${rootId}${schemaPath}`;
      if (!subschemas.has(ref)) {
        let fn: ValidateFunction | undefined;
        try {
          // only needed to explain some failures: a precompiled schema compiles here on first need
          if (!ajv) {
            ajv = createAjv(schema);
            ajv.addSchema(schema);
          }
          fn = ajv.getSchema(ref);
        } catch {
          fn = undefined;
        }
        subschemas.set(ref, fn);
      }
      return subschemas.get(ref);
    },
  };
}

interface GeneratedModule {
  schemaSha256: string;
  createValidator(formats: unknown): { default?: ValidateFunction } & ValidateFunction;
}

/** The build-time validator (dist/plan/plan-validator.generated.cjs) if it matches `schemaText`. */
function generatedValidator(schemaText: string): ValidateFunction | undefined {
  let generated: GeneratedModule;
  try {
    generated = createRequire(import.meta.url)('./plan-validator.generated.cjs') as GeneratedModule;
  } catch {
    return undefined; // running from source, or the build step did not run: compile instead
  }
  if (generated.schemaSha256 !== schemaSha256(schemaText)) return undefined;
  const exported = generated.createValidator(planFormats());
  return (exported.default ?? exported) as ValidateFunction;
}
