import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import type { LegalBasis } from '../../findings/types.js';
import './format-messages.js';

/**
 * `PIPL Art. 22` / `PIPL 第22条`; a paragraph `14 ¶2` or `11 para. 2` as `第14条第2款` in Chinese, an item or
 * sub-clause `51(4)` as `第51条(4)`; dotted standard clauses as `GB/T 35273 §9.2` /
 * `GB/T 35273 9.2`; anything else (`Annex B`) as written. `instrument` replaces the abbreviation
 * (the assessment report names laws in full).
 */
export function citeArticle(basis: LegalBasis, lang: Lang, instrument: string = basis.instrument): string {
  const article = basis.article;
  if (/^\d+(\.\d+)+$/.test(article)) return lang === 'zh' ? `${instrument} ${article}` : `${instrument} §${article}`;
  const numbered = /^(\d+)(.*)$/.exec(article);
  if (!numbered) return `${instrument} ${article}`;
  const [, number, rest] = numbered as unknown as [string, string, string];
  // `30 working days` is a number in prose, not an article.
  if (/^\s+(?!para\b)[A-Za-z]/.test(rest)) return `${instrument} ${article}`;
  if (lang === 'en') return `${instrument} Art. ${article}`;
  if (/^[\d\s,–-]*$/.test(rest)) return `${instrument} 第${article.replace(/\s*,\s*/g, '、')}条`;
  const paragraph = /^\s*(?:¶|para\.?)\s*(\d+)(.*)$/.exec(rest);
  if (paragraph) return `${instrument} 第${number}条第${paragraph[1]}款${paragraph[2]!.trim()}`;
  return `${instrument} 第${number}条${rest.trim()}`;
}

/** A citation with its verification tag: `PIPL Art. 22 [V]`. */
export function cite(basis: LegalBasis, lang: Lang): string {
  return `${citeArticle(basis, lang)} [${basis.verification}]`;
}

export function citeAll(bases: readonly LegalBasis[], lang: Lang): string {
  return bases.map((b) => cite(b, lang)).join(lang === 'zh' ? '；' : '; ');
}

/** What a verification tag means, in words. */
export function verificationText(basis: LegalBasis, lang: Lang): string {
  return t(`formats.verification.${basis.verification}`, lang);
}
