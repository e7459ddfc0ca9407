import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/cli/version.js';
import { generatePolicyValidatorModule, policySchemaFile, policyValidator, sha256, type PolicyValidate } from '../../src/rules/yaml/policy-validator.js';
import { ruleObject, tempDir } from './helpers.js';

describe('the rule-file validator generated at build time', () => {
  const text = readFileSync(policySchemaFile(), 'utf8');
  const dir = tempDir();
  // The generated code requires ajv's small runtime helpers, as it does from dist/.
  symlinkSync(join(packageRoot(), 'node_modules'), join(dir, 'node_modules'));
  const file = join(dir, 'policy-validator.generated.cjs');
  writeFileSync(file, generatePolicyValidatorModule(text));
  const generated = createRequire(import.meta.url)(file) as { schemaSha256: string; createValidator(): PolicyValidate & { default?: PolicyValidate } };
  const exported = generated.createValidator();
  const fromBuild = exported.default ?? exported;
  const runtime = policyValidator().validate;

  it('is stamped with the schema it was generated from', () => {
    expect(generated.schemaSha256).toBe(sha256(text));
  });

  it.each([
    ['a valid rule', ruleObject()],
    ['an unknown key', ruleObject({ severty: 'low' })],
    ['a bad category', ruleObject({ category: 'transfers' })],
    ['a bad condition', ruleObject({ check: { require: [{ field: '$.a', presnt: true }, { any: 'x' }] } })],
    ['a missing message', { ...ruleObject(), message: undefined }],
  ])('agrees with the runtime compiler on %s', (_name, data) => {
    const clean = JSON.parse(JSON.stringify(data)) as unknown;
    expect(fromBuild(clean)).toBe(runtime(clean));
    const strip = (errors: PolicyValidate['errors']) => (errors ?? []).map((e) => [e.instancePath, e.schemaPath, e.keyword]);
    expect(strip(fromBuild.errors)).toEqual(strip(runtime.errors));
  });
});
