import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv2020, ErrorObject } from 'ajv/dist/2020.js';
import { packageRoot } from '../../cli/version.js';

/**
 * The ajv options of the rule-file validator, shared by the runtime compiler and the build step.
 * `verbose` gives each error its parent schema, which names the keys allowed where an unknown key is.
 */
export const POLICY_AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true, logger: false as const };

/** A validate function as ajv makes it (runtime-compiled or generated at build time). */
export interface PolicyValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface PolicyValidator {
  validate: PolicyValidate;
  schema: Record<string, unknown>;
  origin: 'precompiled' | 'compiled';
}

interface GeneratedModule {
  schemaSha256: string;
  createValidator(): { default?: PolicyValidate } & PolicyValidate;
}

export function policySchemaFile(): string {
  return join(packageRoot(), 'schemas', 'policy.schema.json');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

let cached: PolicyValidator | undefined;

/**
 * The validator of schemas/policy.schema.json: the one generated at build time
 * (dist/rules/yaml/policy-validator.generated.cjs) when it matches the schema's SHA-256, else
 * compiled here (running from source, or a schema edited after the build).
 */
export function policyValidator(): PolicyValidator {
  if (cached) return cached;
  const text = readFileSync(policySchemaFile(), 'utf8');
  const schema = JSON.parse(text) as Record<string, unknown>;
  const generated = generatedValidator(text);
  if (generated) {
    cached = { validate: generated, schema, origin: 'precompiled' };
    return cached;
  }
  const validate = newAjv().compile(schema) as PolicyValidate;
  cached = { validate, schema, origin: 'compiled' };
  return cached;
}

function generatedValidator(schemaText: string): PolicyValidate | undefined {
  let generated: GeneratedModule;
  try {
    generated = createRequire(import.meta.url)('./policy-validator.generated.cjs') as GeneratedModule;
  } catch {
    return undefined;
  }
  if (generated.schemaSha256 !== sha256(schemaText)) return undefined;
  const exported = generated.createValidator();
  return exported.default ?? exported;
}

/** ajv is loaded only when a validator must be compiled (never on the normal, prebuilt path). */
function newAjv(extra: object = {}): Ajv2020 {
  const { Ajv2020: Ajv } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  return new Ajv({ ...POLICY_AJV_OPTIONS, ...extra });
}

/** CommonJS source of the build-time validator for `schemaText` (ajv standalone code). */
export function generatePolicyValidatorModule(schemaText: string): string {
  const standalone = createRequire(import.meta.url)('ajv/dist/standalone/index.js') as { default: (ajv: Ajv2020, validate: unknown) => string };
  const ajv = newAjv({ code: { source: true, esm: false } });
  const validate = ajv.compile(JSON.parse(schemaText) as object);
  return [
    '// Generated at build time by src/rules/yaml/build-policy-validator.ts from schemas/policy.schema.json. Do not edit.',
    '"use strict";',
    `exports.schemaSha256 = ${JSON.stringify(sha256(schemaText))};`,
    'exports.createValidator = function createValidator() {',
    '  const module = { exports: {} };',
    standalone.default(ajv, validate),
    '  return module.exports;',
    '};',
    '',
  ].join('\n');
}
