import { t } from '../../i18n/catalog.js';
import { TIERS } from '../../risk/penalty-data.js';
import { RISK_LEVELS, type RiskLevel } from '../../risk/scales.js';
import { escapeMarkdown as md, markdownCodeBlock } from './escape.js';
import { enumLabelWithCode as E } from '../../i18n/enum-labels.js';
import { citationText, effectsText, fineText, formatCny, formatCount, formatOptionalCount, roleText, yesNo } from './format.js';
import type { AssessmentReport } from './types.js';

/** The risk-assessment report as GitHub-flavoured Markdown, with the same content as the HTML. */
export function renderAssessmentMarkdown(r: AssessmentReport): string {
  const L = (id: string, params: Record<string, unknown> = {}) => md(t(id, r.lang, params));
  const lvl = (l: RiskLevel | null) => (l === null ? L('report.assess.register.accepted') : L(`risk.level.${l}`));
  const o = (s: string | null) => (s === null ? '—' : md(s));
  const tbl = (head: string[], rows: string[][]) =>
    [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
  const out: string[] = [];
  const s = r.summary;

  out.push(`# ${L('report.assess.title')}`, '', `*${L('report.assess.subtitle')}*`, '');
  out.push(`## ${L('report.assess.section.cover')}`, '');
  const cover: string[][] = [
    [L('report.assess.cover.report_id'), md(r.report_id)],
    [L('report.assess.cover.date'), r.date === null ? L('report.assess.cover.date_unset') : md(r.date)],
  ];
  for (const p of r.plans) {
    cover.push([L('report.assess.cover.plan'), md(p.file)]);
    cover.push([L('report.assess.cover.entity'), p.entity_name === null ? L('report.assess.unknown') : md(p.entity_name)]);
    cover.push([L('report.assess.cover.event'), p.event === null ? L('report.assess.unknown') : md(E('transaction_type', p.event, r.lang))]);
    if (p.effective_date !== null) cover.push([L('report.assess.cover.effective_date'), md(p.effective_date)]);
  }
  cover.push([L('report.assess.cover.assessor'), ''], [L('report.assess.cover.approver'), ''], [L('report.assess.cover.signature'), '']);
  out.push(tbl([L('report.assess.cover.scope'), ''], cover), '');
  out.push(`### ${L('report.assess.cover.reproducibility')}`, '');
  const repro: string[][] = [
    [L('report.assess.cover.tool'), `pipl-guard ${md(r.tool.version)}`],
    [L('report.assess.cover.ruleset'), md(r.ruleset.revision)],
    [L('report.assess.cover.ruleset_sha'), md(r.ruleset.sha256)],
    ...r.plans.map((p) => [`${L('report.assess.cover.plan_sha')} · ${md(p.file)}`, md(p.sha256)]),
    [L('report.assess.cover.matrix'), md(r.matrix.name)],
    [L('report.assess.cover.matrix_sha'), md(r.matrix.sha256)],
  ];
  out.push(tbl(['', ''], repro), '', `> ${md(r.disclaimer)}`, '');

  out.push(`## ${L('report.assess.section.summary')}`, '');
  out.push(`**${L('report.assess.summary.decision')}: ${L(`risk.decision.${s.decision}`)}** · ${L('report.assess.summary.overall')}: **${lvl(s.overall_risk)}**`, '');
  out.push(md(s.decision_rule), '');
  out.push(
    tbl(
      [L('report.assess.summary.findings'), L('report.assess.summary.residual'), L('report.assess.summary.accepted'), L('report.assess.summary.blocking')],
      [[formatCount(s.findings), formatCount(s.findings - s.accepted), formatCount(s.accepted), formatCount(s.blocking.length)]],
    ),
    '',
  );
  out.push(`### ${L('report.assess.summary.blocking')}`, '');
  if (s.blocking.length === 0) out.push(L('report.assess.summary.no_blocking'), '');
  else {
    out.push(
      tbl(
        [L('report.assess.register.id'), L('report.assess.finding.rule'), L('report.assess.rules.title'), L('report.assess.finding.location'), L('report.assess.summary.why')],
        s.blocking.map((b) => [md(b.id), md(b.rule_id), md(b.title), `${md(b.file)}\\:${b.line}`, b.reasons.map((x) => L(`report.assess.block.${x}`)).join(r.lang === 'zh' ? '；' : '; ')]),
      ),
      '',
    );
  }
  if (r.plans.length > 1) {
    out.push(`### ${L('report.assess.summary.per_plan')}`, '');
    out.push(
      tbl(
        [L('report.assess.cover.plan'), L('report.assess.summary.decision'), L('report.assess.summary.overall'), L('report.assess.summary.findings')],
        r.plans.map((p) => [md(p.file), L(`risk.decision.${p.decision}`), lvl(p.overall_risk), formatCount(p.findings)]),
      ),
      '',
    );
  }
  out.push(`### ${L('report.assess.summary.by_level')}`, '');
  out.push(
    tbl(
      ['', ...RISK_LEVELS.map((l) => lvl(l))],
      [
        [L('report.assess.summary.inherent'), ...RISK_LEVELS.map((l) => formatCount(s.inherent_counts[l]))],
        [L('report.assess.summary.residual'), ...RISK_LEVELS.map((l) => formatCount(s.residual_counts[l]))],
      ],
    ),
    '',
  );
  if (s.categories.length > 0) {
    out.push(`### ${L('report.assess.summary.categories')}`, '');
    out.push(
      tbl(
        [L('report.assess.finding.category'), L('report.assess.summary.findings'), L('report.assess.summary.unaccepted'), L('report.assess.register.inherent'), L('report.assess.register.residual'), '0–10'],
        s.categories.map((c) => [md(E('category', c.category, r.lang)), formatCount(c.findings), formatCount(c.unaccepted), c.max_inherent ? lvl(c.max_inherent) : '', lvl(c.max_residual), String(c.score)]),
      ),
      '',
    );
  }

  if (r.trend !== null) {
    const tr = r.trend;
    out.push(`## ${L('report.assess.section.trend')}`, '');
    if (tr.previous === null) out.push(L('report.assess.trend.first'), '');
    else {
      const p = tr.previous;
      out.push(
        L('report.assess.trend.previous', {
          seq: p.seq,
          date: p.date ?? t('report.assess.trend.no_date', r.lang),
          report_id: p.report_id,
          decision: t(`risk.decision.${p.decision}`, r.lang),
          overall: t(`risk.level.${p.overall_risk}`, r.lang),
          findings: p.findings,
        }),
        '',
      );
    }
    out.push(`**${L('report.assess.trend.counts', { new: tr.new, fixed: tr.fixed, changed: tr.changed, unchanged: tr.unchanged })}**`, '');
    if (tr.items.length > 0) {
      const state = (status: string | null, risk: RiskLevel | null) => (status === null ? '—' : `${lvl(risk)} (${L(`report.assess.status.${status}`)})`);
      out.push(
        tbl(
          ['trend.change', 'finding.rule', 'rules.title', 'finding.location', 'register.residual'].map((k) => L(`report.assess.${k}`)),
          tr.items.map((i) => [L(`report.assess.trend.kind.${i.kind}`), md(i.rule_id), md(i.title), `${md(i.file)}\\:${i.line}`, `${state(i.from_status, i.from_risk)} → ${state(i.to_status, i.to_risk)}`]),
        ),
        '',
      );
    }
  }

  out.push(`## ${L('report.assess.section.method')}`, '', L('report.assess.method.text'), '', L('report.assess.method.levels'), '', `${L('report.assess.method.matrix', { name: r.matrix.name })} (${md(r.matrix.sha256)})`, '');

  out.push(`## ${L('report.assess.section.data_map')}`, '');
  for (const p of r.plans) {
    const d = p.data_map;
    out.push(`### ${md(p.file)}`, '');
    out.push(
      tbl(
        [L('report.assess.data.total'), L('report.assess.data.sensitive'), L('report.assess.data.minors'), L('report.assess.data.important'), L('report.assess.data.as_of')],
        [[formatOptionalCount(d.total_individuals, r.lang), formatOptionalCount(d.sensitive_individuals, r.lang), formatOptionalCount(d.minors_under_14, r.lang), yesNo(d.important_data, r.lang), d.counts_as_of === null ? L('report.assess.unknown') : md(d.counts_as_of)]],
      ),
      '',
    );
    const block = (title: string, head: string[], rows: string[][]) => {
      out.push(`#### ${title}`, '');
      out.push(rows.length === 0 ? L('report.assess.data.none') : tbl(head, rows), '');
    };
    block(
      L('report.assess.data.inventory'),
      [L('report.assess.data.dataset'), L('report.assess.data.category'), L('report.assess.data.subjects'), L('report.assess.data.is_sensitive'), L('report.assess.data.storage'), L('report.assess.data.disposition')],
      d.inventory.map((i) => [md(i.id), md(E('pi_category', i.category, r.lang)), formatOptionalCount(i.subject_count, r.lang), yesNo(i.sensitive, r.lang), md(i.storage), md(E('disposition', i.disposition, r.lang))]),
    );
    block(
      L('report.assess.data.recipients'),
      [L('report.assess.data.name'), L('report.assess.data.role'), L('report.assess.data.jurisdiction'), L('report.assess.data.contact')],
      d.recipients.map((x) => [md(x.name), md(roleText(x.role, r.lang)), md(x.jurisdiction), md(x.contact)]),
    );
    block(
      L('report.assess.data.transfers'),
      [L('report.assess.data.datasets'), L('report.assess.data.legal_basis'), L('report.assess.data.recipient'), L('report.assess.data.date')],
      d.transfers.map((x) => [md(x.datasets), md(E('transfer_basis', x.legal_basis, r.lang)), md(x.recipient), md(x.date)]),
    );
    block(
      L('report.assess.data.flows'),
      [L('report.assess.data.recipient'), L('report.assess.data.country'), L('report.assess.data.mechanism'), L('report.assess.data.ytd')],
      d.flows.map((x) => [md(x.recipient), md(x.country), md(E('xborder_mechanism', x.mechanism, r.lang)), `${formatOptionalCount(x.individuals_non_sensitive, r.lang)} / ${formatOptionalCount(x.individuals_sensitive, r.lang)}`]),
    );
  }

  out.push(`## ${L('report.assess.section.heat_map')}`, '');
  for (const [kind, grid] of [
    ['report.assess.heat.inherent', s.heat_inherent],
    ['report.assess.heat.residual', s.heat_residual],
  ] as const) {
    out.push(`### ${L(kind)}`, '');
    const rows: string[][] = [];
    for (let impact = 5; impact >= 1; impact--) {
      rows.push([`${L('report.assess.heat.impact')} ${impact}`, ...[1, 2, 3, 4, 5].map((l) => `${grid[impact - 1]![l - 1]} (${lvl(r.matrix.cells[impact - 1]![l - 1]!)})`)]);
    }
    out.push(tbl(['', ...[1, 2, 3, 4, 5].map((l) => `${L('report.assess.heat.likelihood')} ${l}`)], rows), '');
  }

  out.push(`## ${L('report.assess.section.exposure')}`, '', `> ${L('report.assess.exposure.intro')}`, '');
  for (const p of r.plans) {
    const e = p.exposure;
    if (r.plans.length > 1) out.push(`### ${md(p.file)}`, '');
    if (e.turnover_cny !== null) {
      out.push(L('report.assess.exposure.turnover', { amount: formatCny(e.turnover_cny, r.lang), source: t(`report.assess.exposure.turnover_${e.turnover_source}`, r.lang) }), '');
    } else out.push(L('report.assess.exposure.turnover_unknown'), '');
    if (e.provisions.length === 0) {
      out.push(L('report.assess.exposure.none'), '');
      continue;
    }
    const rows: string[][] = [];
    for (const x of e.provisions) {
      for (const tier of TIERS) {
        const { entity, individual } = x.tiers[tier];
        if (entity === null && individual === null) continue;
        const effects = [effectsText(entity, r.lang), effectsText(individual, r.lang)].filter((v) => v !== '').join('; ');
        rows.push([
          `${md(x.instrument_name)} ${md(x.article)} \\[${x.verification}\\] (${md(x.id)}${x.matched_by === 'category' ? ` ${L('report.assess.exposure.by_category')}` : ''})`,
          x.rule_ids.map(md).join(', '),
          L(`report.assess.tier.${tier}`),
          md(fineText(entity, r.lang)),
          md(individual ? fineText(individual, r.lang) : t('report.assess.exposure.no_fine', r.lang)),
          md(effects),
        ]);
      }
    }
    out.push(
      tbl(
        [L('report.assess.exposure.provision'), L('report.assess.exposure.rules'), L('report.assess.exposure.tier'), L('report.assess.exposure.entity'), L('report.assess.exposure.individual'), L('report.assess.exposure.effects')],
        rows,
      ),
      '',
    );
    const money = (n: number | null) => (n === null ? L('report.assess.unknown') : md(formatCny(n, r.lang)));
    const totals = e.totals
      .filter((x) => x.provisions.length > 0)
      .map((x) => [md(x.instrument_name), L(`report.assess.tier.${x.tier}`), money(x.entity_max_fixed), x.two_readings ? money(x.entity_max_turnover) : '—', money(x.individual_max)]);
    for (const g of e.grand_totals) {
      totals.push([`**${L('report.assess.exposure.all')}**`, L(`report.assess.tier.${g.tier}`), `**${money(g.entity_max_fixed)}**`, g.two_readings ? `**${money(g.entity_max_turnover)}**` : '—', `**${money(g.individual_max)}**`]);
    }
    out.push(`#### ${L('report.assess.exposure.totals')}`, '');
    out.push(tbl([L('report.assess.exposure.instrument'), L('report.assess.exposure.tier'), L('report.assess.exposure.entity_a'), L('report.assess.exposure.entity_b'), L('report.assess.exposure.individual')], totals), '');
  }
  out.push(L('report.assess.exposure.readings'), '', L('report.assess.exposure.apl29'), '');

  out.push(`## ${L('report.assess.section.findings')}`, '');
  if (r.findings.length === 0) out.push(L('report.assess.finding.none'), '');
  for (const f of r.findings) {
    out.push(`### ${md(f.id)} ${md(f.title)}`, '');
    out.push(
      `${md(f.rule_id)} · ${L(`report.assess.severity.${f.severity}`)} · ${L(`report.assess.status.${f.status}`)} · ${md(E('category', f.category, r.lang))} · ${md(f.location.file)}\\:${f.location.line}\\:${f.location.column} · ${md(f.location.pointer)}`,
      '',
    );
    out.push(md(f.message), '');
    out.push(`- **${L('report.assess.finding.citation')}**: ${md(citationText(f.legal_basis, r.lang))}`);
    out.push(`- **${L('report.assess.finding.risk')}**: ${L('report.assess.finding.likelihood')} ${f.likelihood} · ${L('report.assess.finding.impact')} ${f.impact} → ${lvl(f.inherent_risk)}`);
    out.push(`- **${L('report.assess.finding.confidence')}**: ${L(`risk.confidence.${f.confidence}`)}${f.confidence_reasons.length ? ` — ${f.confidence_reasons.map(md).join('; ')}` : ''}`);
    out.push(`- **${L('report.assess.finding.remediation')}**: ${md(f.remediation)}`);
    const base = f.base.source === 'rule' ? 'risk.base.rule' : 'risk.base.severity';
    out.push(`- **${L('report.assess.finding.reasons')}**: ${L(base, { likelihood: f.base.likelihood, impact: f.base.impact, severity: t(`report.assess.severity.${f.severity}`, r.lang) })}`);
    for (const a of f.adjustments) {
      out.push(`  - ${L(`report.assess.finding.${a.axis}`)} ${a.applied >= 0 ? '+' : ''}${a.applied}${Math.abs(a.applied) < Math.abs(a.delta) ? ` ${L('report.assess.finding.capped')}` : ''}: ${md(a.reason)}`);
    }
    out.push('');
    out.push(`${L('report.assess.finding.excerpt')}:`, '');
    if (f.excerpt === null) out.push(L('report.assess.finding.excerpt_unavailable'), '');
    else {
      const width = String(f.excerpt[f.excerpt.length - 1]?.line ?? 0).length;
      const text = f.excerpt.map((l) => `${l.highlight ? '>' : ' '} ${String(l.line).padStart(width)} | ${l.text}`).join('\n');
      out.push(markdownCodeBlock(text, 'text'), '');
    }
  }

  out.push(`## ${L('report.assess.section.register')}`, '');
  if (r.findings.length === 0) out.push(L('report.assess.finding.none'), '');
  else {
    out.push(
      tbl(
        ['register.id', 'register.risk', 'register.inherent', 'register.controls', 'register.residual', 'register.treatment', 'register.owner', 'register.due'].map((k) => L(`report.assess.${k}`)),
        r.findings.map((f) => [
          md(f.id),
          `${md(f.title)} (${md(f.rule_id)})`,
          lvl(f.inherent_risk),
          md(f.controls),
          lvl(f.residual_risk),
          L(`risk.treatment.${f.treatment}`),
          f.owner === null ? `*${L('report.assess.register.unassigned')}*` : md(f.owner),
          f.due_date === null ? L('report.assess.register.before_execution') : md(f.due_date),
        ]),
      ),
      '',
    );
  }

  out.push(`## ${L('report.assess.section.waivers')}`, '');
  if (r.waivers.length === 0) out.push(L('report.assess.waiver.none'), '');
  else {
    out.push(
      tbl(
        ['waiver.id', 'waiver.rule', 'waiver.justification', 'waiver.owner', 'waiver.approved', 'waiver.expires', 'waiver.status'].map((k) => L(`report.assess.${k}`)),
        r.waivers.map((w) => [
          `${md(w.id)}${w.file !== null ? ` (${md(w.file)}\\:${w.line ?? ''})` : ''}`,
          o(w.rule_id),
          o(w.justification),
          o(w.owner),
          `${o(w.approved_by)} / ${o(w.approved_on)}`,
          o(w.expires_on),
          L(`report.assess.waiver.${w.status}`),
        ]),
      ),
      '',
    );
  }

  out.push(`## ${L('report.assess.section.remediation')}`, '');
  if (r.remediation_plan.length === 0) out.push(L('report.assess.remediation.none'), '');
  else {
    out.push(
      tbl(
        ['remediation.priority', 'register.id', 'register.residual', 'remediation.action', 'register.owner', 'register.due'].map((k) => L(`report.assess.${k}`)),
        r.remediation_plan.map((i) => [
          `${i.priority}${i.blocking ? ` **${L('report.assess.blocking_tag')}**` : ''}`,
          `${md(i.id)} (${md(i.rule_id)})`,
          lvl(i.residual_risk),
          `**${md(i.title)}**: ${md(i.action)}`,
          i.owner === null ? `*${L('report.assess.register.unassigned')}*` : md(i.owner),
          i.due_date === null ? L('report.assess.register.before_execution') : md(i.due_date),
        ]),
      ),
      '',
    );
  }

  if (r.evidence_requests.length > 0) {
    out.push(`## ${L('report.assess.section.evidence')}`, '');
    out.push(
      tbl(
        ['evidence.group', 'evidence.request', 'exposure.rules', 'cover.plan'].map((k) => L(`report.assess.${k}`)),
        r.evidence_requests.map((e) => [md(e.group), md(e.request), e.rule_ids.map(md).join(', '), e.files.map(md).join(', ')]),
      ),
      '',
    );
  }

  out.push(`## ${L('report.assess.section.rules')}`, '');
  if (r.rules.length === 0) out.push(L('report.assess.rules.none'), '');
  else {
    out.push(
      tbl(
        ['rules.id', 'rules.title', 'finding.category', 'finding.severity', 'finding.citation'].map((k) => L(`report.assess.${k}`)),
        r.rules.map((x) => [md(x.id), md(x.title), md(E('category', x.category, r.lang)), L(`report.assess.severity.${x.severity}`), md(citationText(x.legal_basis, r.lang))]),
      ),
      '',
    );
  }
  out.push('---', '', md(r.disclaimer), '', L('report.assess.retention_note'), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
