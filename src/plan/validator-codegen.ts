import { createHash } from 'node:crypto';
import { Ajv2020, _, type AnySchemaObject, type Options } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { planFormats } from './plan-formats.js';

/** The ajv options both the runtime compiler and the generated validator use. */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  allowUnionTypes: true,
  logger: false,
};

/** Editor annotations (VS Code / yaml-language-server) that schemas carry for people, not validators. */
const EDITOR_KEYWORDS = ['markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'deprecationMessage', 'errorMessage', 'defaultSnippets', 'doNotSuggest', 'suggestSortText'];

/** A configured ajv: our formats, and every annotation keyword the schema uses declared. */
export function createAjv(schema: AnySchemaObject, extra: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...extra });
  for (const [name, format] of Object.entries(planFormats())) ajv.addFormat(name, format);
  for (const keyword of annotationKeywords(schema)) ajv.addKeyword({ keyword, valid: true, errors: false });
  return ajv;
}

/** Every `x-...` key in the schema, and known editor keywords: annotations ajv must accept. */
function annotationKeywords(schema: unknown): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('x-') || EDITOR_KEYWORDS.includes(key)) found.add(key);
        stack.push(value);
      }
    }
  }
  return [...found].sort();
}

export function schemaSha256(schemaText: string): string {
  return createHash('sha256').update(schemaText).digest('hex');
}

/**
 * CommonJS source of a module that builds the validator for `schemaText` without compiling:
 * `createValidator(formats)` returns ajv's standalone validate function, `schemaSha256` says which
 * schema it was generated from (a stale module is ignored at run time).
 */
export function generateValidatorModule(schemaText: string): string {
  const schema = JSON.parse(schemaText) as AnySchemaObject;
  const ajv = createAjv(schema, { code: { source: true, esm: false, formats: _`planFormats` } });
  const validate = ajv.compile(schema);
  const code = standaloneCode.default(ajv, validate);
  return [
    '// Generated at build time by src/plan/build-validator.ts from schemas/plan.schema.json. Do not edit.',
    '"use strict";',
    `exports.schemaSha256 = ${JSON.stringify(schemaSha256(schemaText))};`,
    'exports.createValidator = function createValidator(planFormats) {',
    '  const module = { exports: {} };',
    code,
    '  return module.exports;',
    '};',
    '',
  ].join('\n');
}
