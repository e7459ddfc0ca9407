import type { Lang } from '../i18n/lang.js';
import type { LegalBasis } from './types.js';

/** "PIPL Art. 22 [V]" / "PIPL 第22条 [V]"; articles that are not numbered (e.g. "§9.3") stay as written. */
export function formatCitation(basis: LegalBasis, lang: Lang): string {
  const numbered = /^[0-9]/.test(basis.article);
  let article: string;
  if (!numbered) article = basis.article;
  else if (lang === 'zh') {
    const match = /^([0-9]+(?:-[0-9]+)?)(.*)$/.exec(basis.article)!;
    article = `第${match[1]}条${match[2]}`;
  } else article = `Art. ${basis.article}`;
  return `${basis.instrument} ${article} [${basis.verification}]`;
}

export function formatCitations(bases: LegalBasis[], lang: Lang): string {
  return bases.map((basis) => formatCitation(basis, lang)).join(lang === 'zh' ? '；' : '; ');
}

/** True when any citation rests on an unverified [U] source. */
export function hasUnverifiedBasis(bases: LegalBasis[]): boolean {
  return bases.some((basis) => basis.verification === 'U');
}
