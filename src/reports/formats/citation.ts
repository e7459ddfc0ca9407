import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import type { LegalBasis } from '../../findings/types.js';
import './format-messages.js';

/**
 * `PIPL Art. 22` / `PIPL 第22条`; dotted standard clauses as `GB/T 35273 §9.2` / `GB/T 35273 9.2`;
 * anything else (`Annex B`) as written.
 */
export function citeArticle(basis: LegalBasis, lang: Lang): string {
  if (/^\d+(\.\d+)+$/.test(basis.article)) return lang === 'zh' ? `${basis.instrument} ${basis.article}` : `${basis.instrument} §${basis.article}`;
  const numbered = /^\d/.test(basis.article);
  if (lang === 'zh') return numbered ? `${basis.instrument} 第${basis.article}条` : `${basis.instrument} ${basis.article}`;
  return numbered ? `${basis.instrument} Art. ${basis.article}` : `${basis.instrument} ${basis.article}`;
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
