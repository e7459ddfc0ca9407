import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import { compareText } from '../../findings/sort.js';
import { summarize } from '../../findings/summary.js';
import type { Finding, Severity } from '../../findings/types.js';
import type { Formatter, LintRun } from '../model.js';
import { citeAll } from './citation.js';
import { describeStaleEntry, describeWaiverNotice, sortedNotices } from './notices.js';
import { runFails } from './tally.js';
import './format-messages.js';
import './text-messages.js';

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  underline: '\u001b[4m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  magenta: '\u001b[35m',
} as const;

const SEVERITY_COLOUR: Record<Severity, string> = {
  critical: ANSI.bold + ANSI.magenta,
  high: ANSI.red,
  medium: ANSI.yellow,
  low: ANSI.blue,
};

/**
 * The terminal report: findings grouped by plan file, one line each
 * (`line:column  severity  RULE-ID  message`) with the citation below, then a summary and the
 * gate verdict. Colour only when allowed (a TTY); the text is otherwise identical.
 */
export const renderText: Formatter = (run, options) => {
  const lang = options.lang;
  const paint = (style: string, text: string) => (options.color ? `${style}${text}${ANSI.reset}` : text);
  const out: string[] = [];
  const files = [...new Set(run.findings.map((f) => f.location.file))].sort(compareText);
  for (const file of files) {
    const findings = run.findings.filter((f) => f.location.file === file);
    out.push(paint(ANSI.underline, file));
    const positions = findings.map((f) => `${f.location.line}:${f.location.column}`);
    const posWidth = Math.max(...positions.map((p) => p.length));
    const sevWidth = Math.max(...findings.map((f) => displayWidth(severityLabel(f.severity, lang))));
    findings.forEach((finding, i) => {
      out.push(renderFinding(finding, positions[i]!.padEnd(posWidth), sevWidth, lang, paint));
      out.push(`  ${' '.repeat(posWidth)}  ${paint(ANSI.dim, citeAll(finding.legal_basis, lang))}`);
    });
    out.push('');
  }
  out.push(...renderNotices(run, lang));
  out.push(...renderSummary(run, lang, paint));
  return `${out.join('\n')}\n`;
};

function renderFinding(finding: Finding, position: string, sevWidth: number, lang: Lang, paint: (s: string, t: string) => string): string {
  const severity = severityLabel(finding.severity, lang);
  const pad = ' '.repeat(Math.max(0, sevWidth - displayWidth(severity)));
  const status = finding.status === 'open' ? '' : ` [${t(`formats.status.${finding.status}`, lang)}]`;
  return `  ${paint(ANSI.dim, position)}  ${paint(SEVERITY_COLOUR[finding.severity], severity)}${pad}  ${finding.rule_id}  ${finding.message[lang]}${status}`;
}

/** Terminal columns of a text: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

/** Severity words in the chosen language. */
function severityLabel(severity: Severity, lang: Lang): string {
  return t(`formats.severity.${severity}`, lang);
}

function renderNotices(run: LintRun, lang: Lang): string[] {
  const { waivers, stale } = sortedNotices(run);
  if (waivers.length === 0 && stale.length === 0) return [];
  const out = [t('text.notices', lang)];
  for (const notice of waivers) out.push(`  ${notice.file}:${notice.line}:${notice.column}  ${describeWaiverNotice(notice, lang)}`);
  for (const entry of stale) out.push(`  ${entry.file ? `${entry.file}  ` : ''}${describeStaleEntry(entry, lang)}`);
  out.push('');
  return out;
}

function renderSummary(run: LintRun, lang: Lang, paint: (s: string, t: string) => string): string[] {
  const summary = summarize(run.findings);
  const out: string[] = [];
  if (summary.total === 0) out.push(t('text.no_findings', lang, { plans: run.plans.length, rules: run.rules.length }));
  else {
    out.push(t('text.summary', lang, { total: summary.total, ...summary.by_severity, plans: run.plans.length, rules: run.rules.length }));
    if (summary.by_status.waived + summary.by_status.baselined > 0) out.push(t('text.status_counts', lang, summary.by_status));
  }
  if (run.now) out.push(t('text.now', lang, { now: run.now }));
  if (run.fail_on === 'never') out.push(t('text.gate_never', lang));
  else {
    const level = t(`formats.severity.${run.fail_on}`, lang);
    out.push(runFails(run) ? paint(ANSI.bold + ANSI.red, t('text.gate_failed', lang, { fail_on: level })) : paint(ANSI.green, t('text.gate_passed', lang, { fail_on: level })));
  }
  return out;
}
