import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import { SEVERITIES, type Finding } from '../../findings/types.js';
import type { Formatter, LintRun } from '../model.js';
import { citeAll } from './citation.js';
import { cmp, describeStaleEntry, describeWaiverNotice, sortedNotices } from './notices.js';
import { codeSpan, escapeMarkdown as md } from './markdown-escape.js';
import { toArtifactUri } from './artifact-uri.js';
import { runFails, tally } from './tally.js';
import { label } from './labels.js';
import './format-messages.js';

/**
 * Markdown for pull-request comments: the verdict, a table by severity and status, then findings
 * grouped by plan with line links, citations and remediation; waiver and baseline notices; the
 * evidence-request list when the run has one. Every plan-derived text is escaped.
 */
export const renderMarkdown: Formatter = (run, options) => {
  const lang = options.lang;
  const out: string[] = [`## ${label('formats.md.title', lang)}`, ''];
  out.push(verdict(run, lang), '', t('formats.md.plans_checked', lang, { count: run.plans.length, rules: run.rules.length }), '');
  out.push(...summaryTable(run, lang), '');

  if (run.findings.length === 0) out.push(label('formats.md.no_findings', lang), '');
  const files = [...new Set(run.findings.map((f) => f.location.file))].sort(cmp);
  for (const file of files) {
    out.push(`### ${md(file)}`, '');
    for (const finding of run.findings.filter((f) => f.location.file === file)) out.push(...renderFinding(finding, lang), '');
  }

  const { waivers, stale } = sortedNotices(run);
  if (waivers.length > 0 || stale.length > 0) {
    out.push(`### ${label('formats.md.notices', lang)}`, '');
    for (const n of waivers) out.push(`- ${md(`${n.file}:${n.line}:${n.column}`)}: ${md(describeWaiverNotice(n, lang))}`);
    for (const entry of stale) out.push(`- ${entry.file ? `${md(entry.file)}: ` : ''}${md(describeStaleEntry(entry, lang))}`);
    out.push('');
  }

  const evidence = run.evidence_requests ?? [];
  if (evidence.length > 0) {
    out.push(`### ${label('formats.md.evidence', lang)}`, '');
    for (const request of evidence) {
      out.push(`- [ ] ${md(request.request[lang])} (${codeSpan(request.group)}; ${label('formats.md.evidence_rules', lang)}: ${request.rule_ids.map(md).join(', ')})`);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
};

function verdict(run: LintRun, lang: Lang): string {
  if (run.fail_on === 'never') return label('formats.md.gate_never', lang);
  const level = label(`formats.severity.${run.fail_on}`, lang);
  return runFails(run) ? t('formats.md.gate_failed', lang, { fail_on: level }) : t('formats.md.gate_passed', lang, { fail_on: level });
}

function summaryTable(run: LintRun, lang: Lang): string[] {
  const counts = tally(run.findings);
  const statuses = ['open', 'waived', 'baselined'] as const;
  const rows = [
    `| ${label('formats.md.severity', lang)} | ${statuses.map((s) => label(`formats.status.${s}`, lang)).join(' | ')} |`,
    `| --- | ${statuses.map(() => '---:').join(' | ')} |`,
  ];
  for (const severity of SEVERITIES) {
    rows.push(`| ${label(`formats.severity.${severity}`, lang)} | ${statuses.map((s) => counts[severity][s]).join(' | ')} |`);
  }
  const totals = statuses.map((s) => SEVERITIES.reduce((sum, sev) => sum + counts[sev][s], 0));
  rows.push(`| **${label('formats.md.total', lang)}** | ${totals.map((n) => `**${n}**`).join(' | ')} |`);
  return rows;
}

function renderFinding(f: Finding, lang: Lang): string[] {
  const where = `${f.location.file}:${f.location.line}:${f.location.column}`;
  const link = `[${md(where)}](${toArtifactUri(f.location.file).replace(/[()]/g, (c) => encodeURIComponent(c))}#L${f.location.line})`;
  const status = f.status === 'open' ? '' : ` _(${label(`formats.status.${f.status}`, lang)})_`;
  const lines = [
    `- **${label(`formats.severity.${f.severity}`, lang)}** ${md(f.rule_id)}: ${md(f.title[lang])}${status}`,
    `  - ${link} ${codeSpan(f.target_pointer || '/')}`,
    `  - ${md(f.message[lang])}`,
    `  - ${label('formats.legal_basis', lang)}: ${md(citeAll(f.legal_basis, lang))}`,
    `  - ${label('formats.remediation', lang)}: ${md(f.remediation[lang])}`,
  ];
  if (f.status === 'waived' && f.waiver) {
    const w = f.waiver;
    lines.push(`  - ${md(t('formats.waived_by', lang, { id: w.id, owner: w.owner, approved_by: w.approved_by, expires_on: w.expires_on, justification: w.justification }))}`);
  }
  if (f.status === 'baselined') lines.push(`  - ${md(label('formats.baselined_note', lang))}`);
  return lines;
}
