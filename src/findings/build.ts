import { message } from '../i18n/catalog.js';
import { interpolate, type Lang, type LocalizedText } from '../i18n/lang.js';
import type { PlanDocument } from '../plan/document.js';
import { getAtPointer } from '../plan/json-pointer.js';
import type { RawHit, RuleMeta } from '../rules/types.js';
import { hasUnverifiedBasis } from './citation.js';
import { fingerprint } from './fingerprint.js';
import type { Finding } from './types.js';
import './messages.js';

/**
 * The one place where findings are made: from a rule's metadata and one raw hit of any engine.
 * Resolves the location (the closest existing parent for a missing node), fills the message in
 * both languages, marks unverified legal bases and computes the fingerprint (rule id + pointer +
 * value, never the line). Every finding starts `open`; waivers and baselines change that later.
 */
export function buildFinding(meta: RuleMeta, hit: RawHit, plan: PlanDocument): Finding {
  const position = plan.positionOf(hit.pointer);
  const value = getAtPointer(plan.data, hit.pointer);
  const unverified = hasUnverifiedBasis(meta.legal_basis);
  const template = hit.message ?? meta.message;
  const text: LocalizedText = {
    zh: fill(template.zh, hit.params, 'zh'),
    en: fill(template.en, hit.params, 'en'),
  };
  if (unverified) {
    const suffix = message('findings.unverified_suffix');
    text.zh += suffix.zh;
    text.en += suffix.en;
  }
  return {
    rule_id: meta.id,
    severity: meta.severity,
    category: meta.category,
    title: { ...meta.title },
    message: text,
    location: { file: plan.file, pointer: position.pointer, line: position.line, column: position.column },
    target_pointer: hit.pointer,
    legal_basis: meta.legal_basis.map((basis) => ({ ...basis })),
    remediation: { ...meta.remediation },
    fingerprint: fingerprint(meta.id, hit.pointer, value),
    status: 'open',
    unverified_basis: unverified,
  };
}

/**
 * Fills placeholders for one language; a `{zh, en}` parameter contributes its own language. An
 * empty parameter takes one neighbouring space with it, so "{field} {expected}" never shows two.
 */
function fill(template: string, params: Record<string, unknown>, lang: Lang): string {
  const picked: Record<string, unknown> = {};
  let text = template;
  for (const [key, value] of Object.entries(params)) {
    picked[key] = pickLang(value, lang);
    if (picked[key] === '') text = text.includes(`{${key}} `) ? text.split(`{${key}} `).join(`{${key}}`) : text.split(` {${key}}`).join(`{${key}}`);
  }
  return interpolate(text, picked);
}

function pickLang(value: unknown, lang: Lang): unknown {
  if (isLocalized(value)) return value[lang];
  if (value === undefined) return message('findings.missing_value')[lang];
  return value;
}

function isLocalized(value: unknown): value is LocalizedText {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as LocalizedText).zh === 'string' && typeof (value as LocalizedText).en === 'string';
}
