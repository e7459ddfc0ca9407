import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { UserError } from '../../errors/user-error.js';
import type { LegalBasis } from '../../findings/types.js';
import type { LocalizedText } from '../../i18n/lang.js';
import type { PlanDocument } from '../../plan/document.js';
import { getAtPointer, joinPointer, parsePointer } from '../../plan/json-pointer.js';
import { parsePlan } from '../../plan/load.js';
import type { RuleMeta } from '../types.js';
import { compileCondition, fieldRef, queryOf } from './compile-condition.js';
import { policyValidator } from './policy-validator.js';
import { RuleProblems } from './problems.js';
import { YamlRule } from './yaml-rule.js';
import type { FieldRef } from './query.js';

/** Placeholders every YAML rule message may use (filled by the evaluator). */
export const BUILTIN_PLACEHOLDERS = ['value', 'field', 'pointer', 'node', 'expected', 'ref'] as const;

/** Reads, schema-checks and compiles one YAML rule file; every mistake is a UserError with file and line. */
export function loadYamlRuleFile(file: string, bytes?: Uint8Array): YamlRule {
  let content: Uint8Array;
  if (bytes) content = bytes;
  else {
    try {
      content = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new UserError('plan.not_found', { file }, { file });
      throw new UserError('plan.unreadable', { file, reason: code ?? String(error) }, { file });
    }
  }
  let doc: PlanDocument;
  try {
    doc = parsePlan(file, content);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError('rules.file_unreadable', { detail_zh: error.text.zh, detail_en: error.text.en }, error.location);
  }
  const problems = new RuleProblems(doc);
  const { validate, schema } = policyValidator();
  if (!validate(doc.data)) {
    reportSchemaErrors(validate.errors ?? [], problems, doc, schema);
    problems.throwIfAny();
  }
  const rule = compileRule(doc, problems);
  problems.throwIfAny();
  return rule!;
}

function reportSchemaErrors(errors: ErrorObject[], problems: RuleProblems, doc: PlanDocument, schema: Record<string, unknown>): void {
  const seen = new Set<string>();
  for (const error of errors) {
    let pointer = error.instancePath;
    let id: string;
    let params: Record<string, unknown>;
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String((error.params as { additionalProperty: string }).additionalProperty);
        pointer = joinPointer(pointer, key);
        // The parent schema (verbose mode) is the object that refused the key; schema paths inside
        // recursive $refs are relative to the referenced schema, so they cannot locate it.
        const parent = (error.parentSchema as { properties?: object } | undefined) ?? schemaAt(schema, error.schemaPath.replace(/\/additionalProperties$/, ''));
        const allowed = Object.keys(parent.properties ?? {});
        id = 'rules.unknown_key';
        params = { key, allowed: allowed.join(', ') };
        break;
      }
      case 'required':
        id = 'rules.missing_key';
        params = { key: (error.params as { missingProperty: string }).missingProperty };
        break;
      case 'type':
        id = 'rules.bad_type';
        params = { expected: [(error.params as { type: string | string[] }).type].flat().join(' | ') };
        break;
      case 'enum':
        id = 'rules.bad_enum';
        params = { value: JSON.stringify(getAtPointer(doc.data, error.instancePath)), allowed: ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ') };
        break;
      case 'pattern':
        id = 'rules.bad_pattern';
        params = { value: JSON.stringify(getAtPointer(doc.data, error.instancePath)), pattern: (error.params as { pattern: string }).pattern };
        break;
      case 'minItems':
        id = 'rules.too_few';
        params = { min: (error.params as { limit: number }).limit };
        break;
      default:
        id = 'rules.schema_violation';
        params = { keyword: error.keyword, detail: error.message ?? '' };
    }
    const key = `${pointer}\u0000${id}\u0000${JSON.stringify(params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.add(id, params, pointer);
  }
}

/** The schema node at an ajv schema path (`#/$defs/condition`). */
function schemaAt(schema: Record<string, unknown>, schemaPath: string): { properties?: object } {
  let node: unknown = schema;
  for (const token of parsePointer(schemaPath.replace(/^#/, ''))) node = (node as Record<string, unknown> | undefined)?.[token];
  return (node ?? {}) as { properties?: object };
}

interface RawRule {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  message: LocalizedText;
  remediation: LocalizedText;
  category: RuleMeta['category'];
  severity: RuleMeta['severity'];
  legal_basis: Array<{ instrument: string; article: string | number; verification: LegalBasis['verification'] }>;
  references?: string[];
  tags?: string[];
  risk?: { likelihood: number; impact: number };
  applies_when?: unknown;
  check: { select?: string; where?: unknown; require: unknown; params?: Record<string, string> };
}

/** What compiling a rule needs of its file: the name, the data and where a pointer is (for errors). */
export type RuleDocument = Pick<PlanDocument, 'file' | 'data' | 'positionOf'>;

/**
 * Compiles rule data already read and schema-checked (the build-time pack of shipped rules,
 * src/rules/yaml/rule-pack.ts): no YAML parsing and no schema validation.
 */
export function compileCheckedRule(doc: RuleDocument): YamlRule {
  const problems = new RuleProblems(doc);
  const rule = compileRule(doc, problems);
  problems.throwIfAny();
  return rule!;
}

function compileRule(doc: RuleDocument, problems: RuleProblems): YamlRule | undefined {
  const raw = doc.data as unknown as RawRule;
  const folder = basename(dirname(doc.file));
  if (/^rule\.ya?ml$/.test(basename(doc.file)) && folder !== raw.id) {
    problems.add('rules.id_folder_mismatch', { id: raw.id, folder }, '/id');
  }
  const appliesWhen = raw.applies_when === undefined ? undefined : compileCondition(raw.applies_when, '/applies_when', problems);
  const select = queryOf(raw.check.select ?? '$', raw.check.select === undefined ? '/check' : '/check/select', problems);
  const where = raw.check.where === undefined ? undefined : compileCondition(raw.check.where, '/check/where', problems);
  const require = compileCondition(raw.check.require, '/check/require', problems);
  const params: Record<string, FieldRef> = {};
  for (const [name, text] of Object.entries(raw.check.params ?? {})) {
    const pointer = joinPointer('/check/params', name);
    if ((BUILTIN_PLACEHOLDERS as readonly string[]).includes(name)) {
      problems.add('rules.param_shadows', { name }, pointer);
      continue;
    }
    const ref = fieldRef(text, pointer, problems);
    if (ref) params[name] = ref;
  }
  const available = [...BUILTIN_PLACEHOLDERS, ...Object.keys(raw.check.params ?? {})];
  for (const lang of ['zh', 'en'] as const) {
    for (const match of raw.message[lang].matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
      if (!available.includes(match[1]!)) problems.add('rules.unknown_placeholder', { name: match[1], allowed: available.join(', ') }, `/message/${lang}`);
    }
  }
  if (problems.count > 0 || !select || !require) return undefined;
  const meta: RuleMeta = {
    id: raw.id,
    title: raw.title,
    description: raw.description,
    message: raw.message,
    category: raw.category,
    severity: raw.severity,
    legal_basis: raw.legal_basis.map((b) => ({ instrument: b.instrument, article: String(b.article), verification: b.verification })),
    remediation: raw.remediation,
    references: raw.references ?? [],
    tags: raw.tags ?? [],
    ...(raw.risk ? { risk: { likelihood: raw.risk.likelihood, impact: raw.risk.impact } } : {}),
    engine: 'yaml',
    source: { file: doc.file, line: doc.positionOf('/id').line },
  };
  return new YamlRule({
    meta,
    ...(appliesWhen ? { appliesWhen } : {}),
    select,
    ...(where ? { where } : {}),
    require,
    params,
  });
}
