import type { Lang } from '../../i18n/lang.js';
import type { Finding, Severity } from '../../findings/types.js';
import { t } from '../../i18n/catalog.js';
import type { Formatter } from '../model.js';
import { citeAll } from './citation.js';
import { describeStaleEntry, describeWaiverNotice, sortedNotices } from './notices.js';
import { label } from './labels.js';
import './format-messages.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
};

/** Escapes a workflow-command message (the part after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow-command property value: data escaping plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: Array<[string, string | number]>, message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * GitHub Actions workflow commands: one annotation per finding (critical/high -> error,
 * medium -> warning, low -> notice). Waived and baselined findings stay visible as notices;
 * waiver and baseline notices become warnings/notices on the waiver file.
 */
export const renderGithub: Formatter = (run, options) => {
  const lang = options.lang;
  const lines = run.findings.map((f) => annotate(f, lang));
  const { waivers, stale } = sortedNotices(run);
  for (const n of waivers) {
    lines.push(command('warning', [['file', n.file], ['line', n.line], ['col', n.column], ['title', t(`formats.gh.waiver_title.${n.kind}`, lang, { id: n.waiver_id })]], describeWaiverNotice(n, lang)));
  }
  for (const entry of stale) {
    const title: [string, string] = ['title', label('formats.gh.stale_title', lang)];
    lines.push(command('notice', entry.file ? [['file', entry.file], title] : [title], describeStaleEntry(entry, lang)));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

function annotate(f: Finding, lang: Lang): string {
  const name = f.status === 'open' ? COMMAND[f.severity] : 'notice';
  const status = f.status === 'open' ? '' : ` (${label(`formats.status.${f.status}`, lang)})`;
  const body = [
    f.message[lang],
    `${label('formats.legal_basis', lang)}: ${citeAll(f.legal_basis, lang)}`,
    `${label('formats.remediation', lang)}: ${f.remediation[lang]}`,
    `${f.target_pointer || '/'}`,
  ];
  if (f.status === 'waived' && f.waiver) {
    const w = f.waiver;
    body.push(t('formats.waived_by', lang, { id: w.id, owner: w.owner, approved_by: w.approved_by, expires_on: w.expires_on, justification: w.justification }));
  }
  if (f.status === 'baselined') body.push(label('formats.baselined_note', lang));
  return command(
    name,
    [
      ['file', f.location.file],
      ['line', f.location.line],
      ['col', f.location.column],
      ['title', `${f.rule_id} [${label(`formats.severity.${f.severity}`, lang)}]${status}: ${f.title[lang]}`],
    ],
    body.join('\n'),
  );
}
