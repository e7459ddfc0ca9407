import { UserError } from '../../errors/user-error.js';
import { CATEGORIES, SEVERITIES, type Category, type LegalBasis } from '../../findings/types.js';
import type { LocalizedText } from '../../i18n/lang.js';
import type { Annotations, Module } from '../../rego/syntax/ast.js';
import type { RuleMeta, RuleRisk } from '../types.js';
import './messages.js';

/** What a Rego rule declares in its `# METADATA` block besides `RuleMeta`. */
export interface RegoRuleMeta {
  meta: RuleMeta;
  /** Extra messages a finding may pick with `message_id` (`custom.messages`). */
  messages: Record<string, LocalizedText>;
}

const TOP_KEYS = ['scope', 'title', 'description', 'custom', 'related_resources', 'authors', 'organizations', 'schemas', 'entrypoint'];
const CUSTOM_KEYS = ['id', 'severity', 'category', 'title_zh', 'description_zh', 'message', 'messages', 'remediation', 'legal_basis', 'references', 'tags', 'risk'];
const REQUIRED_CUSTOM = ['id', 'severity', 'title_zh', 'description_zh', 'message', 'remediation', 'legal_basis'];
const ID_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{3}$/;
const TAG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const MESSAGE_ID_PATTERN = /^[a-z][a-z0-9_]*$/;

/**
 * Reads and strictly checks the METADATA of a `deny` rule: the OPA fields `title` and
 * `description` (English) and `custom` (id, severity, Chinese title and description, bilingual
 * message and remediation, legal basis with verification tags...). Every mistake is a UserError
 * at the line of the offending key inside the block.
 */
export function readRuleMetadata(
  module: Pick<Module, 'file' | 'source'>,
  annotations: Pick<Annotations, 'raw' | 'loc'>,
  category: Category,
  packageName: string,
): RegoRuleMeta {
  const at = (key: string) =>
    annotations.loc.row > 0 ? { file: module.file, line: keyLine(module.source, annotations.loc.row, key), column: 1 } : { file: module.file };
  const fail = (id: string, params: Record<string, unknown>, key: string): never => {
    throw new UserError(id, params, at(key));
  };
  const raw = annotations.raw;
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.includes(key)) fail('rego_policy.metadata_unknown_key', { key, allowed: TOP_KEYS.join(', ') }, key);
  }
  const title = requireString(raw, 'title', '', fail);
  const description = requireString(raw, 'description', '', fail);
  if (raw.custom === undefined) fail('rego_policy.metadata_missing_key', { key: 'custom' }, 'METADATA');
  if (!isPlainObject(raw.custom)) fail('rego_policy.metadata_bad_type', { key: 'custom', expected: 'object' }, 'custom');
  const custom = raw.custom as Record<string, unknown>;
  for (const key of Object.keys(custom)) {
    if (!CUSTOM_KEYS.includes(key)) fail('rego_policy.metadata_unknown_key', { key: `custom.${key}`, allowed: CUSTOM_KEYS.join(', ') }, key);
  }
  for (const key of REQUIRED_CUSTOM) {
    if (custom[key] === undefined) fail('rego_policy.metadata_missing_key', { key: `custom.${key}` }, 'custom');
  }
  const id = requireString(custom, 'id', 'custom.', fail);
  if (!ID_PATTERN.test(id)) fail('rego_policy.metadata_bad_value', { key: 'custom.id', value: JSON.stringify(id), expected: ID_PATTERN.source }, 'id');
  const severity = requireString(custom, 'severity', 'custom.', fail);
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    fail('rego_policy.metadata_bad_value', { key: 'custom.severity', value: JSON.stringify(severity), expected: SEVERITIES.join(' | ') }, 'severity');
  }
  if (custom.category !== undefined) {
    const stated = requireString(custom, 'category', 'custom.', fail);
    if (!(CATEGORIES as readonly string[]).includes(stated)) {
      fail('rego_policy.metadata_bad_value', { key: 'custom.category', value: JSON.stringify(stated), expected: CATEGORIES.join(' | ') }, 'category');
    }
    if (stated !== category) fail('rego_policy.category_mismatch', { category: stated, expected: category, package: packageName }, 'category');
  }
  const titleZh = requireString(custom, 'title_zh', 'custom.', fail);
  const descriptionZh = requireString(custom, 'description_zh', 'custom.', fail);
  const message = localized(custom.message, 'custom.message', 'message', fail);
  const remediation = localized(custom.remediation, 'custom.remediation', 'remediation', fail);
  const messages: Record<string, LocalizedText> = {};
  if (custom.messages !== undefined) {
    if (!isPlainObject(custom.messages)) fail('rego_policy.metadata_bad_type', { key: 'custom.messages', expected: 'object {message_id: {zh, en}}' }, 'messages');
    for (const [name, text] of Object.entries(custom.messages as Record<string, unknown>)) {
      if (!MESSAGE_ID_PATTERN.test(name)) fail('rego_policy.metadata_bad_value', { key: 'custom.messages', value: JSON.stringify(name), expected: MESSAGE_ID_PATTERN.source }, name);
      messages[name] = localized(text, `custom.messages.${name}`, name, fail);
    }
  }
  const legalBasis = readLegalBasis(custom.legal_basis, fail);
  const references = stringList(custom.references, 'custom.references', 'references', undefined, fail);
  const tags = stringList(custom.tags, 'custom.tags', 'tags', TAG_PATTERN, fail);
  const risk = custom.risk === undefined ? undefined : readRisk(custom.risk, fail);
  return {
    meta: {
      id,
      title: { zh: titleZh, en: title },
      description: { zh: descriptionZh, en: description },
      message,
      category,
      severity: severity as RuleMeta['severity'],
      legal_basis: legalBasis,
      remediation,
      references,
      tags,
      ...(risk ? { risk } : {}),
      engine: 'rego',
      source: { file: module.file, line: annotations.loc.row },
    },
    messages,
  };
}

type Fail = (id: string, params: Record<string, unknown>, key: string) => never;

function requireString(obj: Record<string, unknown>, key: string, prefix: string, fail: Fail): string {
  const value = obj[key];
  if (value === undefined) return fail('rego_policy.metadata_missing_key', { key: prefix + key }, prefix ? 'custom' : 'METADATA');
  if (typeof value !== 'string' || value.trim() === '') return fail('rego_policy.metadata_bad_type', { key: prefix + key, expected: 'non-empty string' }, key);
  return value.trim();
}

function localized(value: unknown, key: string, lineKey: string, fail: Fail): LocalizedText {
  if (!isPlainObject(value)) return fail('rego_policy.metadata_bad_type', { key, expected: '{zh, en}' }, lineKey);
  const obj = value as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (k !== 'zh' && k !== 'en') fail('rego_policy.metadata_unknown_key', { key: `${key}.${k}`, allowed: 'zh, en' }, lineKey);
  for (const lang of ['zh', 'en'] as const) {
    if (typeof obj[lang] !== 'string' || (obj[lang] as string).trim() === '') fail('rego_policy.metadata_bad_type', { key: `${key}.${lang}`, expected: 'non-empty string' }, lineKey);
  }
  return { zh: (obj.zh as string).trim(), en: (obj.en as string).trim() };
}

/** `custom.risk: {likelihood: 1-5, impact: 1-5}`, the rule's own starting point for `assess`. */
function readRisk(value: unknown, fail: Fail): RuleRisk {
  const key = 'custom.risk';
  if (!isPlainObject(value)) return fail('rego_policy.metadata_bad_type', { key, expected: '{likelihood, impact}' }, 'risk');
  const obj = value as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (k !== 'likelihood' && k !== 'impact') fail('rego_policy.metadata_unknown_key', { key: `${key}.${k}`, allowed: 'likelihood, impact' }, 'risk');
  }
  const level = (name: 'likelihood' | 'impact'): number => {
    const level = obj[name];
    if (level === undefined) return fail('rego_policy.metadata_missing_key', { key: `${key}.${name}` }, 'risk');
    if (!Number.isInteger(level) || (level as number) < 1 || (level as number) > 5) {
      return fail('rego_policy.metadata_bad_value', { key: `${key}.${name}`, value: JSON.stringify(level), expected: '1 | 2 | 3 | 4 | 5' }, 'risk');
    }
    return level as number;
  };
  return { likelihood: level('likelihood'), impact: level('impact') };
}

function readLegalBasis(value: unknown, fail: Fail): LegalBasis[] {
  const key = 'custom.legal_basis';
  if (!Array.isArray(value) || value.length === 0) return fail('rego_policy.metadata_bad_type', { key, expected: 'non-empty list of {instrument, article, verification}' }, 'legal_basis');
  return value.map((item, i) => {
    const at = `${key}[${i}]`;
    if (!isPlainObject(item)) return fail('rego_policy.metadata_bad_type', { key: at, expected: '{instrument, article, verification}' }, 'legal_basis');
    const obj = item as Record<string, unknown>;
    for (const k of Object.keys(obj)) {
      if (!['instrument', 'article', 'verification'].includes(k)) fail('rego_policy.metadata_unknown_key', { key: `${at}.${k}`, allowed: 'instrument, article, verification' }, 'legal_basis');
    }
    if (typeof obj.instrument !== 'string' || obj.instrument.trim() === '') fail('rego_policy.metadata_bad_type', { key: `${at}.instrument`, expected: 'non-empty string' }, 'legal_basis');
    if (typeof obj.article !== 'string' && typeof obj.article !== 'number') fail('rego_policy.metadata_bad_type', { key: `${at}.article`, expected: 'string | number' }, 'legal_basis');
    if (!['V', 'S', 'U', 'I'].includes(obj.verification as string)) {
      fail('rego_policy.metadata_bad_value', { key: `${at}.verification`, value: JSON.stringify(obj.verification ?? null), expected: 'V | S | U | I' }, 'legal_basis');
    }
    return { instrument: (obj.instrument as string).trim(), article: String(obj.article), verification: obj.verification as LegalBasis['verification'] };
  });
}

function stringList(value: unknown, key: string, lineKey: string, pattern: RegExp | undefined, fail: Fail): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((x) => typeof x !== 'string' || x === '')) return fail('rego_policy.metadata_bad_type', { key, expected: 'list of non-empty strings' }, lineKey);
  for (const item of value as string[]) {
    if (pattern && !pattern.test(item)) fail('rego_policy.metadata_bad_value', { key, value: JSON.stringify(item), expected: pattern.source }, lineKey);
  }
  return [...(value as string[])];
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The line of `key:` inside the METADATA comment block that starts at `row` (the block ends at the
 * first line that is not a comment). Falls back to the block's first line.
 */
export function keyLine(source: string, row: number, key: string): number {
  const lines = source.split('\n');
  const pattern = new RegExp(`^\\s*#\\s*(?:-\\s*)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  for (let i = row - 1; i < lines.length && /^\s*#/.test(lines[i]!); i++) {
    if (pattern.test(lines[i]!)) return i + 1;
  }
  return row;
}
