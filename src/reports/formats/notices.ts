import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import type { LintRun, StaleBaselineEntry, WaiverNotice } from '../model.js';
import './format-messages.js';

/** One sentence for a waiver that expired or matched nothing. */
export function describeWaiverNotice(notice: WaiverNotice, lang: Lang): string {
  return notice.kind === 'expired'
    ? t('formats.waiver_expired_short', lang, { id: notice.waiver_id })
    : t('formats.waiver_unmatched', lang, { id: notice.waiver_id });
}

export function describeStaleEntry(entry: StaleBaselineEntry, lang: Lang): string {
  return t('formats.stale_baseline', lang, { rule_id: entry.rule_id, fingerprint: entry.fingerprint });
}

/** Waiver notices sorted by file, line, column, id; stale entries sorted by file, rule id, fingerprint. */
export function sortedNotices(run: LintRun): { waivers: WaiverNotice[]; stale: StaleBaselineEntry[] } {
  const waivers = [...run.waiver_notices].sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.waiver_id, b.waiver_id) || cmp(a.kind, b.kind),
  );
  const stale = [...run.stale_baseline].sort(
    (a, b) => cmp(a.file ?? '', b.file ?? '') || cmp(a.rule_id, b.rule_id) || cmp(a.fingerprint, b.fingerprint),
  );
  return { waivers, stale };
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
