import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import { labelCodeList } from '../../i18n/enum-labels.js';
import { penaltyLabel } from '../../risk/penalty-messages.js';
import { instrumentDisplayName } from './instrument-names.js';
import { citeArticle } from '../formats/citation.js';
import type { Verification } from '../../findings/types.js';
import type { MoneyRange } from './types.js';

/** 1234567 -> "1,234,567" (no locale data involved, so output is the same everywhere). */
export function formatCount(n: number): string {
  const [int, frac] = String(n).split('.');
  const sign = int!.startsWith('-') ? '-' : '';
  const digits = sign ? int!.slice(1) : int!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

/** CNY amounts: "¥50,000,000" in English, "5,000 万元" in Chinese (万 when it divides evenly). */
export function formatCny(n: number, lang: Lang): string {
  if (lang === 'zh') {
    if (n >= 10_000 && n % 10_000 === 0) return `${formatCount(n / 10_000)} 万元`;
    return `${formatCount(n)} 元`;
  }
  return `¥${formatCount(n)}`;
}

export function formatOptionalCount(n: number | null, lang: Lang): string {
  return n === null ? t('report.assess.unknown', lang) : formatCount(n);
}

/** The fine part of a penalty range as one line of text, e.g. "¥100,000 to ¥1,000,000 or 5% of turnover". */
export function fineText(range: MoneyRange | null, lang: Lang): string {
  if (!range) return t('report.assess.exposure.no_fine', lang);
  const parts: string[] = [];
  if (range.max !== null) {
    parts.push(
      range.min !== null && range.min > 0
        ? t('report.assess.exposure.range', lang, { min: formatCny(range.min, lang), max: formatCny(range.max, lang) })
        : t('report.assess.exposure.up_to', lang, { max: formatCny(range.max, lang) }),
    );
  }
  if (range.turnover_pct !== null) {
    const amount = range.turnover_max !== null ? ` (${formatCny(range.turnover_max, lang)})` : '';
    parts.push(t('report.assess.exposure.or_pct', lang, { pct: range.turnover_pct, amount }));
  }
  if (range.gains_multiple) parts.push(t('report.assess.exposure.gains', lang, { low: range.gains_multiple[0], high: range.gains_multiple[1] }));
  for (const u of range.unquantified) parts.push(penaltyLabel('unquantified', u)[lang]);
  return parts.length > 0 ? parts.join(lang === 'zh' ? '；' : '; ') : t('report.assess.exposure.no_fine', lang);
}

/** Non-monetary consequences of a range, joined. */
export function effectsText(range: MoneyRange | null, lang: Lang): string {
  if (!range || range.effects.length === 0) return '';
  return range.effects.map((e) => penaltyLabel('effect', e)[lang]).join(lang === 'zh' ? '、' : ', ');
}

export function yesNo(value: boolean | null, lang: Lang): string {
  if (value === null) return t('report.assess.unknown', lang);
  return t(value ? 'report.assess.yes' : 'report.assess.no', lang);
}

/**
 * The data map's party roles (`buyer, recipient · controller`: business roles, then the PIPL role
 * after ` · `) with each code labelled.
 */
export function roleText(role: string, lang: Lang): string {
  const segments = role.split(' · ');
  const labelled =
    segments.length === 2
      ? `${labelCodeList(['party_role'], segments[0]!, lang)} · ${labelCodeList(['pipl_role'], segments[1]!, lang)}`
      : labelCodeList(['party_role', 'pipl_role'], role, lang);
  return lang === 'zh' ? labelled.replaceAll(', ', '、') : labelled;
}

/** Legal bases as a lawyer reads them: `个人信息保护法 第14条第2款 [V]` / `PIPL Art. 14 ¶2 [V]`. */
export function citationText(bases: ReadonlyArray<{ instrument: string; article: string; verification: Verification }>, lang: Lang): string {
  return bases.map((b) => `${citeArticle(b, lang, instrumentDisplayName(b.instrument, lang))} [${b.verification}]`).join(lang === 'zh' ? '；' : '; ');
}
