import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020, type AnySchemaObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { packageRoot } from '../cli/version.js';
import { UserError } from '../errors/user-error.js';
import { ID_KEYWORD, REF_KEYWORD, referenceKeywords } from './references.js';
import { isValidUscc } from './uscc.js';
import './validation-messages.js';
import './schema-messages.js';

/** A plan schema compiled once per process, with what the error renderer needs to look into it. */
export interface CompiledPlanSchema {
  /** Where the schema came from (a file path, or a name for in-memory schemas). */
  source: string;
  schema: AnySchemaObject;
  validate: ValidateFunction;
  /** A validator for the subschema at `schemaPath` (`#/...`, as in ajv errors), or undefined. */
  subschema(schemaPath: string): ValidateFunction | undefined;
  /** Milliseconds spent compiling (reported by the benchmark). */
  compileMs: number;
}

const FALLBACK_ID = 'urn:pipl-guard:plan-schema';
/** Editor annotations (VS Code / yaml-language-server) that schemas carry for people, not validators. */
const EDITOR_KEYWORDS = ['markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'deprecationMessage', 'errorMessage', 'defaultSnippets', 'doNotSuggest', 'suggestSortText'];
const byFile = new Map<string, CompiledPlanSchema>();
const byObject = new WeakMap<object, CompiledPlanSchema>();

/** The plan schema shipped with pipl-guard. */
export function defaultPlanSchemaFile(): string {
  return join(packageRoot(), 'schemas', 'plan.schema.json');
}

/** Reads and compiles a schema file, once per process per absolute path. */
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
  const compiled = compilePlanSchema(schema as AnySchemaObject, file);
  byFile.set(key, compiled);
  return compiled;
}

/** Compiles an in-memory schema (tests, benchmarks); cached per schema object. */
export function compilePlanSchema(schema: AnySchemaObject, source = '<schema>'): CompiledPlanSchema {
  const cached = byObject.get(schema);
  if (cached) return cached;
  const started = performance.now();
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    logger: false,
  });
  ajvFormats.default(ajv);
  ajv.addFormat('uscc', { type: 'string', validate: isValidUscc });
  for (const definition of referenceKeywords()) ajv.addKeyword(definition);
  for (const keyword of annotationKeywords(schema)) ajv.addKeyword({ keyword, valid: true, errors: false });
  const rooted = typeof schema.$id === 'string' ? schema : { ...schema, $id: FALLBACK_ID };
  const rootId = String(rooted.$id).replace(/#.*$/, '');
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(rooted);
  } catch (error) {
    throw new UserError('plan.schema_file.not_schema', { file: source, detail: (error as Error).message }, { file: source });
  }
  const branches = new Map<string, ValidateFunction | undefined>();
  const compiled: CompiledPlanSchema = {
    source,
    schema,
    validate,
    compileMs: performance.now() - started,
    subschema(schemaPath) {
      const ref = `${rootId}${schemaPath}`;
      if (!branches.has(ref)) {
        let fn: ValidateFunction | undefined;
        try {
          fn = ajv.getSchema(ref);
        } catch {
          fn = undefined;
        }
        branches.set(ref, fn);
      }
      return branches.get(ref);
    },
  };
  byObject.set(schema, compiled);
  return compiled;
}

/** Every `x-...` key in the schema other than ours: documentation annotations ajv must accept. */
function annotationKeywords(schema: unknown): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key.startsWith('x-') && key !== ID_KEYWORD && key !== REF_KEYWORD) || EDITOR_KEYWORDS.includes(key)) found.add(key);
        stack.push(value);
      }
    }
  }
  return [...found].sort();
}
