import { t } from '../i18n/catalog.js';
import type { Lang } from '../i18n/lang.js';
import type { RiskLevel } from '../risk/scales.js';
import type { AssessmentDiff, AssessmentRow, FindingChange } from './query.js';
import '../risk/messages.js';
import './messages.js';

function level(l: RiskLevel | null, lang: Lang): string {
  return l === null ? t('history.diff.accepted', lang) : t(`risk.level.${l}`, lang);
}

/** Plan and rule text on a terminal: control characters (escape sequences) are made visible, not run. */
function safe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function pad(cells: string[][]): string {
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => [...row[i]!].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0))));
  return cells
    .map((row) =>
      row
        .map((cell, i) => {
          const w = [...cell].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
          return i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - w);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `history list` as a text table. */
export function renderHistoryList(rows: AssessmentRow[], lang: Lang): string {
  if (rows.length === 0) return `${t('history.empty', lang)}\n`;
  const head = ['seq', 'date', 'report', 'decision', 'overall', 'findings', 'accepted', 'blocking', 'plans'].map((k) => t(`history.col.${k}`, lang));
  const body = rows.map((r) => [
    String(r.seq),
    r.assessed_on ?? t('history.no_date', lang),
    r.report_id,
    t(`risk.decision.${r.decision}`, lang),
    level(r.overall_risk, lang),
    String(r.findings),
    String(r.accepted),
    String(r.blocking),
    r.plans.map(safe).join(', '),
  ]);
  return `${pad([head, ...body])}\n`;
}

/** `history diff` as text. */
export function renderHistoryDiff(diff: AssessmentDiff, lang: Lang): string {
  const out: string[] = [];
  out.push(t('history.diff.title', lang, { from: diff.from.seq, to: diff.to.seq }));
  out.push(t('history.diff.decision', lang, { from: t(`risk.decision.${diff.from.decision}`, lang), to: t(`risk.decision.${diff.to.decision}`, lang) }));
  out.push(t('history.diff.overall', lang, { from: level(diff.from.overall_risk, lang), to: level(diff.to.overall_risk, lang) }));
  out.push(t('history.diff.counts', lang, { new: diff.new.length, fixed: diff.fixed.length, changed: diff.changed.length, unchanged: diff.unchanged }));
  const section = (title: string, items: FindingChange[], describe: (c: FindingChange) => string): void => {
    if (items.length === 0) return;
    out.push('', `${title}${lang === 'zh' ? '：' : ':'}`);
    for (const c of items) out.push(`  ${safe(c.file)}:${c.line}  ${safe(c.rule_id)}  ${safe(c.title)}  ${describe(c)}`);
  };
  section(t('history.diff.new', lang), diff.new, (c) => level(c.to!.residual_risk, lang));
  section(t('history.diff.fixed', lang), diff.fixed, (c) => level(c.from!.residual_risk, lang));
  section(t('history.diff.changed', lang), diff.changed, (c) => `${level(c.from!.residual_risk, lang)} (${c.from!.status}) → ${level(c.to!.residual_risk, lang)} (${c.to!.status})`);
  return `${out.join('\n')}\n`;
}
