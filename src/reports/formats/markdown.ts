import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import { SEVERITIES, SEVERITY_RANK, type Finding } from '../../findings/types.js';
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
/** GitHub refuses comment bodies over 65,536 characters; stay below with room to spare. */
export const MARKDOWN_BUDGET = 60_000;

export const renderMarkdown: Formatter = (run, options) => {
  const lang = options.lang;
  const head: string[] = [`## ${label('formats.md.title', lang)}`, ''];
  head.push(verdict(run, lang), '', t('formats.md.plans_checked', lang, { count: run.plans.length, rules: run.rules.length }), '');
  head.push(...summaryTable(run, lang), '');
  if (run.findings.length === 0) head.push(label('formats.md.no_findings', lang), '');

  const tail: string[] = [];
  const { waivers, stale } = sortedNotices(run);
  if (waivers.length > 0 || stale.length > 0) {
    tail.push(`### ${label('formats.md.notices', lang)}`, '');
    for (const n of waivers) tail.push(`- ${md(`${n.file}:${n.line}:${n.column}`)}: ${md(describeWaiverNotice(n, lang))}`);
    for (const entry of stale) tail.push(`- ${entry.file ? `${md(entry.file)}: ` : ''}${md(describeStaleEntry(entry, lang))}`);
    tail.push('');
  }
  const evidence = run.evidence_requests ?? [];
  if (evidence.length > 0) {
    tail.push(`### ${label('formats.md.evidence', lang)}`, '');
    for (const request of evidence) {
      tail.push(`- [ ] ${md(request.request[lang])} (${codeSpan(request.group)}; ${label('formats.md.evidence_rules', lang)}: ${request.rule_ids.map(md).join(', ')})`);
    }
    tail.push('');
  }

  // Findings fill what the budget leaves. When not all fit, the most important are kept (open
  // before waived/baselined, then by severity) and shown in plan order; the rest are counted.
  const budget = MARKDOWN_BUDGET - size(head) - size(tail) - 200;
  const blocks = run.findings.map((finding) => [...renderFinding(finding, lang), '']);
  const headingCost = (file: string) => size([`### ${md(file)}`, '']);
  const total = blocks.reduce((sum, b) => sum + size(b), 0) + [...new Set(run.findings.map((f) => f.location.file))].reduce((sum, f) => sum + headingCost(f), 0);
  const keep = new Set<number>();
  if (total <= budget) {
    run.findings.forEach((_, i) => keep.add(i));
  } else {
    const order = run.findings.map((_, i) => i).sort((a, b) => importance(run.findings[b]!) - importance(run.findings[a]!) || a - b);
    const headed = new Set<string>();
    let used = 0;
    for (const i of order) {
      const file = run.findings[i]!.location.file;
      const cost = size(blocks[i]!) + (headed.has(file) ? 0 : headingCost(file));
      if (used + cost > budget) continue;
      used += cost;
      headed.add(file);
      keep.add(i);
    }
  }
  const body: string[] = [];
  const indexesByFile = new Map<string, number[]>();
  run.findings.forEach((f, i) => {
    if (!keep.has(i)) return;
    const list = indexesByFile.get(f.location.file);
    if (list) list.push(i);
    else indexesByFile.set(f.location.file, [i]);
  });
  for (const file of [...indexesByFile.keys()].sort(cmp)) {
    body.push(`### ${md(file)}`, '');
    for (const i of indexesByFile.get(file)!) body.push(...blocks[i]!);
  }
  const shown = keep.size;
  if (shown < run.findings.length) body.push(`_${md(t('formats.md.truncated', lang, { count: run.findings.length - shown }))}_`, '');
  return `${[...head, ...body, ...tail].join('\n').replace(/\n+$/, '')}\n`;
};

/** Open findings outrank waived and baselined ones; then severity decides. */
function importance(f: Finding): number {
  return (f.status === 'open' ? 10 : 0) + SEVERITY_RANK[f.severity];
}

function size(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length + 1, 0);
}

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
