import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import { TIERS } from '../../risk/penalty-data.js';
import { RISK_LEVELS, type RiskLevel } from '../../risk/scales.js';
import { escapeHtml as esc } from './escape.js';
import { enumLabel, hasEnumLabel, labelNeedsCode, type EnumKind } from '../../i18n/enum-labels.js';
import { citationText, effectsText, fineText, formatCny, formatCount, formatOptionalCount, roleText, yesNo } from './format.js';
import { heatMapSvg } from './heat-map-svg.js';
import { REPORT_CSS } from './html-style.js';
import type { AssessmentReport, ExposureView, FindingView, PlanView } from './types.js';

/** The Content-Security-Policy of every report: nothing may load or run, only inline styles and data: images. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const SECTIONS = ['summary', 'trend', 'method', 'data-map', 'heat-map', 'exposure', 'findings', 'register', 'waivers', 'remediation', 'evidence', 'rules'] as const;
const SECTION_LABEL: Record<(typeof SECTIONS)[number], string> = {
  summary: 'report.assess.section.summary',
  trend: 'report.assess.section.trend',
  method: 'report.assess.section.method',
  'data-map': 'report.assess.section.data_map',
  'heat-map': 'report.assess.section.heat_map',
  exposure: 'report.assess.section.exposure',
  findings: 'report.assess.section.findings',
  register: 'report.assess.section.register',
  waivers: 'report.assess.section.waivers',
  remediation: 'report.assess.section.remediation',
  evidence: 'report.assess.section.evidence',
  rules: 'report.assess.section.rules',
};

/**
 * The risk-assessment report as one self-contained HTML file: inline CSS and SVG, no scripts, no
 * external resources, a strict CSP. Every string from a plan or a rule goes through `esc`.
 */
export function renderAssessmentHtml(r: AssessmentReport): string {
  const L = (id: string, params: Record<string, unknown> = {}) => esc(t(id, r.lang, params));
  const parts: string[] = [];
  parts.push('<!DOCTYPE html>');
  parts.push(`<html lang="${r.lang === 'zh' ? 'zh-CN' : 'en'}">`);
  parts.push('<head>');
  parts.push('<meta charset="utf-8">');
  parts.push(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
  parts.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  parts.push('<meta name="referrer" content="no-referrer">');
  parts.push(`<meta name="generator" content="pipl-guard ${esc(r.tool.version)}">`);
  parts.push(`<title>${L('report.assess.title')} · ${esc(r.report_id)}</title>`);
  parts.push(`<style>${REPORT_CSS}</style>`);
  parts.push('</head>');
  parts.push('<body>');
  parts.push('<main>');
  parts.push(cover(r, L));
  parts.push(
    `<nav class="toc" aria-label="${L('report.assess.section.contents')}"><h2>${L('report.assess.section.contents')}</h2><ol>${SECTIONS.filter(
      (s) => (s !== 'evidence' || r.evidence_requests.length > 0) && (s !== 'trend' || r.trend !== null),
    )
      .map((s) => `<li><a href="#${s}">${L(SECTION_LABEL[s])}</a></li>`)
      .join('')}</ol></nav>`,
  );
  parts.push(summary(r, L));
  if (r.trend !== null) parts.push(trend(r, L));
  parts.push(method(r, L));
  parts.push(dataMap(r, L));
  parts.push(heatMaps(r, L));
  parts.push(exposure(r, L));
  parts.push(findings(r, L));
  parts.push(register(r, L));
  parts.push(waivers(r, L));
  parts.push(remediation(r, L));
  if (r.evidence_requests.length > 0) parts.push(evidence(r, L));
  parts.push(rules(r, L));
  parts.push(`<footer><p>${esc(r.disclaimer)}</p><p>${L('report.assess.retention_note')}</p><p class="hash">${esc(r.report_id)} · pipl-guard ${esc(r.tool.version)}</p></footer>`);
  parts.push('</main>');
  parts.push('</body>');
  parts.push('</html>');
  return `${parts.join('\n')}\n`;
}

type Label = (id: string, params?: Record<string, unknown>) => string;

function level(l: RiskLevel | null, L: Label): string {
  if (l === null) return `<span class="pill lvl-none">${L('report.assess.register.accepted')}</span>`;
  return `<span class="pill lvl-${l}">${L(`risk.level.${l}`)}</span>`;
}
function severity(s: string, L: Label): string {
  return `<span class="pill sev-${esc(s)}">${L(`report.assess.severity.${s}`)}</span>`;
}
function status(s: string, L: Label): string {
  return `<span class="pill st-${esc(s)}">${L(`report.assess.status.${s}`)}</span>`;
}
/** An enum code as `label (code)`, escaped. */
function code(kind: EnumKind, value: string, lang: Lang): string {
  if (!hasEnumLabel(kind, value)) return esc(value);
  const label = enumLabel(kind, value, lang);
  if (!labelNeedsCode(label, value)) return esc(label);
  // `label (code)`, the code kept whole so a narrow cell never shows "(access-" / "control)".
  return `${esc(label)} <span class="nw">(${esc(value)})</span>`;
}
/** A rule id kept on one line (table cells may otherwise break it at any character). */
function ruleId(id: string): string {
  return `<span class="nw">${esc(id)}</span>`;
}
function citation(f: Pick<FindingView, 'legal_basis'>, lang: Lang): string {
  return esc(citationText(f.legal_basis, lang));
}
function row(cells: string[], tag = 'td'): string {
  return `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
}
function table(head: string[], rows: string[], cls = ''): string {
  return `<table${cls ? ` class="${cls}"` : ''}><thead>${row(head, 'th')}</thead><tbody>${rows.join('')}</tbody></table>`;
}
function sectionOpen(id: (typeof SECTIONS)[number] | 'cover', L: Label): string {
  return `<section id="${id}"><h2>${L(id === 'cover' ? 'report.assess.section.cover' : SECTION_LABEL[id])}</h2>`;
}

function cover(r: AssessmentReport, L: Label): string {
  const out: string[] = ['<header class="cover" id="cover">'];
  out.push(`<div class="brand">pipl-guard</div>`);
  out.push(`<h1>${L('report.assess.title')}</h1>`);
  out.push(`<p class="subtitle">${L('report.assess.subtitle')}</p>`);
  const kv: string[] = [];
  kv.push(row([L('report.assess.cover.report_id'), `<span class="hash">${esc(r.report_id)}</span>`]));
  kv.push(row([L('report.assess.cover.date'), r.date === null ? L('report.assess.cover.date_unset') : esc(r.date)]));
  for (const p of r.plans) {
    kv.push(row([L('report.assess.cover.plan'), esc(p.file)]));
    kv.push(row([L('report.assess.cover.entity'), p.entity_name === null ? L('report.assess.unknown') : esc(p.entity_name)]));
    kv.push(row([L('report.assess.cover.event'), p.event === null ? L('report.assess.unknown') : code('transaction_type', p.event, r.lang)]));
    if (p.effective_date !== null) kv.push(row([L('report.assess.cover.effective_date'), esc(p.effective_date)]));
  }
  out.push(`<h3>${L('report.assess.cover.scope')}</h3>`);
  out.push(`<table class="kv"><tbody>${kv.join('')}</tbody></table>`);
  out.push(
    `<table class="sign"><thead>${row([L('report.assess.cover.assessor'), L('report.assess.cover.approver'), L('report.assess.cover.signature')], 'th')}</thead><tbody>${row(['', '', ''])}</tbody></table>`,
  );
  out.push(`<h3>${L('report.assess.cover.reproducibility')}</h3>`);
  const repro: string[] = [];
  repro.push(row([L('report.assess.cover.tool'), `pipl-guard ${esc(r.tool.version)}`]));
  repro.push(row([L('report.assess.cover.ruleset'), esc(r.ruleset.revision)]));
  repro.push(row([L('report.assess.cover.ruleset_sha'), `<span class="hash">${esc(r.ruleset.sha256)}</span>`]));
  for (const p of r.plans) repro.push(row([`${L('report.assess.cover.plan_sha')} · ${esc(p.file)}`, `<span class="hash">${esc(p.sha256)}</span>`]));
  repro.push(row([L('report.assess.cover.matrix'), esc(r.matrix.name)]));
  repro.push(row([L('report.assess.cover.matrix_sha'), `<span class="hash">${esc(r.matrix.sha256)}</span>`]));
  out.push(`<table class="kv"><tbody>${repro.join('')}</tbody></table>`);
  out.push(`<p class="disclaimer">${esc(r.disclaimer)}</p>`);
  out.push('</header>');
  return out.join('\n');
}

function summary(r: AssessmentReport, L: Label): string {
  const s = r.summary;
  const out: string[] = [sectionOpen('summary', L)];
  out.push(
    `<div class="decision ${s.decision}" data-decision="${s.decision}"><div class="verdict">${L(`risk.decision.${s.decision}`)}</div><div>${L('report.assess.summary.overall')}: ${level(s.overall_risk, L)}<br><span class="meta">${esc(s.decision_rule)}</span></div></div>`,
  );
  const residualOpen = s.findings - s.accepted;
  out.push('<div class="cards">');
  out.push(`<div class="card"><div class="k">${L('report.assess.summary.findings')}</div><div class="v">${formatCount(s.findings)}</div></div>`);
  out.push(`<div class="card"><div class="k">${L('report.assess.summary.residual')}</div><div class="v">${formatCount(residualOpen)}</div></div>`);
  out.push(`<div class="card"><div class="k">${L('report.assess.summary.accepted')}</div><div class="v">${formatCount(s.accepted)}</div></div>`);
  out.push(`<div class="card"><div class="k">${L('report.assess.summary.blocking')}</div><div class="v">${formatCount(s.blocking.length)}</div></div>`);
  out.push('</div>');
  out.push(`<h3>${L('report.assess.summary.blocking')}</h3>`);
  if (s.blocking.length === 0) out.push(`<p>${L('report.assess.summary.no_blocking')}</p>`);
  else {
    out.push(
      table(
        [L('report.assess.register.id'), L('report.assess.finding.rule'), L('report.assess.rules.title'), L('report.assess.finding.location'), L('report.assess.summary.why')],
        s.blocking.map((b) => {
          const id = `<a href="#${esc(b.id)}">${esc(b.id)}</a>`;
          return row([id, ruleId(b.rule_id), esc(b.title), `${esc(b.file)}:${b.line}`, b.reasons.map((x) => L(`report.assess.block.${x}`)).join(r.lang === 'zh' ? '；' : '; ')]);
        }),
      ),
    );
  }
  if (r.plans.length > 1) {
    out.push(`<h3>${L('report.assess.summary.per_plan')}</h3>`);
    out.push(
      table(
        [L('report.assess.cover.plan'), L('report.assess.summary.decision'), L('report.assess.summary.overall'), L('report.assess.summary.findings')],
        r.plans.map((p) => row([esc(p.file), L(`risk.decision.${p.decision}`), level(p.overall_risk, L), formatCount(p.findings)])),
      ),
    );
  }
  out.push(`<h3>${L('report.assess.summary.by_level')}</h3>`);
  out.push(
    table(
      ['', ...RISK_LEVELS.map((l) => level(l, L))],
      [
        row([L('report.assess.summary.inherent'), ...RISK_LEVELS.map((l) => formatCount(s.inherent_counts[l]))]),
        row([L('report.assess.summary.residual'), ...RISK_LEVELS.map((l) => formatCount(s.residual_counts[l]))]),
      ],
    ),
  );
  if (s.categories.length > 0) {
    out.push(`<h3>${L('report.assess.summary.categories')}</h3>`);
    out.push(
      table(
        [L('report.assess.finding.category'), L('report.assess.summary.findings'), L('report.assess.summary.unaccepted'), L('report.assess.register.inherent'), L('report.assess.register.residual'), '0–10'],
        s.categories.map((c) => row([code('category', c.category, r.lang), formatCount(c.findings), formatCount(c.unaccepted), c.max_inherent ? level(c.max_inherent, L) : '', level(c.max_residual, L), String(c.score)])),
      ),
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function trend(r: AssessmentReport, L: Label): string {
  const tr = r.trend!;
  const out: string[] = [sectionOpen('trend', L)];
  if (tr.previous === null) out.push(`<p>${L('report.assess.trend.first')}</p>`);
  else {
    const p = tr.previous;
    out.push(
      `<p>${L('report.assess.trend.previous', {
        seq: p.seq,
        date: p.date ?? t('report.assess.trend.no_date', r.lang),
        report_id: p.report_id,
        decision: t(`risk.decision.${p.decision}`, r.lang),
        overall: t(`risk.level.${p.overall_risk}`, r.lang),
        findings: p.findings,
      })}</p>`,
    );
  }
  out.push(`<p><strong>${L('report.assess.trend.counts', { new: tr.new, fixed: tr.fixed, changed: tr.changed, unchanged: tr.unchanged })}</strong></p>`);
  if (tr.items.length > 0) {
    const state = (status: string | null, risk: RiskLevel | null) => (status === null ? '—' : `${level(risk, L)} <span class="meta">${L(`report.assess.status.${status}`)}</span>`);
    out.push(
      table(
        [L('report.assess.trend.change'), L('report.assess.finding.rule'), L('report.assess.rules.title'), L('report.assess.finding.location'), L('report.assess.register.residual')],
        tr.items.map((i) =>
          row([
            L(`report.assess.trend.kind.${i.kind}`),
            esc(i.rule_id),
            esc(i.title),
            `${esc(i.file)}:${i.line}`,
            `${state(i.from_status, i.from_risk)} → ${state(i.to_status, i.to_risk)}`,
          ]),
        ),
      ),
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function method(r: AssessmentReport, L: Label): string {
  const out: string[] = [sectionOpen('method', L)];
  out.push(`<p>${L('report.assess.method.text')}</p>`);
  out.push(`<p>${L('report.assess.method.levels')}</p>`);
  out.push(`<p>${L('report.assess.method.matrix', { name: r.matrix.name })} · <span class="hash">${esc(r.matrix.sha256)}</span></p>`);
  out.push(`<p>${esc(r.summary.decision_rule)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

function dataMap(r: AssessmentReport, L: Label): string {
  const out: string[] = [sectionOpen('data-map', L)];
  for (const p of r.plans) {
    const d = p.data_map;
    out.push(`<h3>${esc(p.file)}</h3>`);
    out.push(
      `<div class="cards"><div class="card"><div class="k">${L('report.assess.data.total')}</div><div class="v">${formatOptionalCount(d.total_individuals, r.lang)}</div></div><div class="card"><div class="k">${L('report.assess.data.sensitive')}</div><div class="v">${formatOptionalCount(d.sensitive_individuals, r.lang)}</div></div><div class="card"><div class="k">${L('report.assess.data.minors')}</div><div class="v">${formatOptionalCount(d.minors_under_14, r.lang)}</div></div><div class="card"><div class="k">${L('report.assess.data.important')}</div><div class="v">${yesNo(d.important_data, r.lang)}</div></div></div>`,
    );
    out.push(`<p class="meta">${L('report.assess.data.as_of')}: ${d.counts_as_of === null ? L('report.assess.unknown') : esc(d.counts_as_of)}</p>`);
    out.push(`<h3>${L('report.assess.data.inventory')}</h3>`);
    out.push(
      d.inventory.length === 0
        ? `<p>${L('report.assess.data.none')}</p>`
        : table(
            [L('report.assess.data.dataset'), L('report.assess.data.category'), L('report.assess.data.subjects'), L('report.assess.data.is_sensitive'), L('report.assess.data.storage'), L('report.assess.data.disposition')],
            d.inventory.map((i) => row([esc(i.id), code('pi_category', i.category, r.lang), `<span class="nw">${formatOptionalCount(i.subject_count, r.lang)}</span>`, yesNo(i.sensitive, r.lang), esc(i.storage), code('disposition', i.disposition, r.lang)])),
          ),
    );
    out.push(`<h3>${L('report.assess.data.recipients')}</h3>`);
    out.push(
      d.recipients.length === 0
        ? `<p>${L('report.assess.data.none')}</p>`
        : table(
            [L('report.assess.data.name'), L('report.assess.data.role'), L('report.assess.data.jurisdiction'), L('report.assess.data.contact')],
            d.recipients.map((x) => row([esc(x.name), esc(roleText(x.role, r.lang)), esc(x.jurisdiction), esc(x.contact)])),
          ),
    );
    out.push(`<h3>${L('report.assess.data.transfers')}</h3>`);
    out.push(
      d.transfers.length === 0
        ? `<p>${L('report.assess.data.none')}</p>`
        : table(
            [L('report.assess.data.datasets'), L('report.assess.data.legal_basis'), L('report.assess.data.recipient'), L('report.assess.data.date')],
            d.transfers.map((x) => row([esc(x.datasets), code('transfer_basis', x.legal_basis, r.lang), esc(x.recipient), esc(x.date)])),
          ),
    );
    out.push(`<h3>${L('report.assess.data.flows')}</h3>`);
    out.push(
      d.flows.length === 0
        ? `<p>${L('report.assess.data.none')}</p>`
        : table(
            [L('report.assess.data.recipient'), L('report.assess.data.country'), L('report.assess.data.mechanism'), L('report.assess.data.ytd')],
            d.flows.map((x) =>
              row([esc(x.recipient), esc(x.country), code('xborder_mechanism', x.mechanism, r.lang), `${formatOptionalCount(x.individuals_non_sensitive, r.lang)} / ${formatOptionalCount(x.individuals_sensitive, r.lang)}`]),
            ),
          ),
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function heatMaps(r: AssessmentReport, L: Label): string {
  const out: string[] = [sectionOpen('heat-map', L)];
  out.push('<div class="heatmaps">');
  for (const [kind, counts] of [
    ['report.assess.heat.inherent', r.summary.heat_inherent],
    ['report.assess.heat.residual', r.summary.heat_residual],
  ] as const) {
    const title = t(kind, r.lang);
    out.push(`<figure data-kind="${kind === 'report.assess.heat.inherent' ? 'inherent' : 'residual'}">${heatMapSvg(r.matrix.cells, counts, title, r.lang)}<figcaption>${L('report.assess.heat.caption', { kind: title })}</figcaption></figure>`);
  }
  out.push('</div>');
  out.push(`<div class="legend">${RISK_LEVELS.map((l) => level(l, L)).join('')}</div>`);
  out.push('</section>');
  return out.join('\n');
}

function exposure(r: AssessmentReport, L: Label): string {
  const out: string[] = [sectionOpen('exposure', L)];
  out.push(`<p class="disclaimer">${L('report.assess.exposure.intro')}</p>`);
  for (const p of r.plans) {
    if (r.plans.length > 1) out.push(`<h3>${esc(p.file)}</h3>`);
    out.push(exposureForPlan(p, p.exposure, r.lang, L));
  }
  out.push(`<p class="note">${L('report.assess.exposure.readings')}</p>`);
  out.push(`<p class="note">${L('report.assess.exposure.apl29')}</p>`);
  out.push('</section>');
  return out.join('\n');
}

function exposureForPlan(_p: PlanView, e: ExposureView, lang: Lang, L: Label): string {
  const out: string[] = [];
  if (e.turnover_cny !== null) {
    out.push(`<p>${L('report.assess.exposure.turnover', { amount: formatCny(e.turnover_cny, lang), source: t(`report.assess.exposure.turnover_${e.turnover_source}`, lang) })}</p>`);
  } else out.push(`<p class="note">${L('report.assess.exposure.turnover_unknown')}</p>`);
  if (e.provisions.length === 0) {
    out.push(`<p>${L('report.assess.exposure.none')}</p>`);
    return out.join('\n');
  }
  const rows: string[] = [];
  for (const p of e.provisions) {
    const tiers = TIERS.filter((tier) => p.tiers[tier].entity !== null || p.tiers[tier].individual !== null);
    tiers.forEach((tier, i) => {
      const { entity, individual } = p.tiers[tier];
      const effects = [effectsText(entity, lang), effectsText(individual, lang)].filter((x) => x !== '').join(lang === 'zh' ? '；' : '; ');
      const cells = [
        L(`report.assess.tier.${tier}`),
        esc(fineText(entity, lang)),
        esc(individual ? fineText(individual, lang) : t('report.assess.exposure.no_fine', lang)),
        esc(effects),
      ];
      const head =
        i === 0
          ? `<td rowspan="${tiers.length}" class="prov"><strong>${esc(p.instrument_name)} ${esc(p.article)}</strong> [${esc(p.verification)}]<br><span class="meta">${esc(p.id)}${p.matched_by === 'category' ? ` ${L('report.assess.exposure.by_category')}` : ''}</span><br><span class="meta">${L('report.assess.exposure.rules')}${L('report.assess.colon')}${p.rule_ids.map(ruleId).join(', ')}</span></td>`
          : '';
      rows.push(`<tr>${head}${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
    });
  }
  out.push(
    table(
      [L('report.assess.exposure.provision'), L('report.assess.exposure.tier'), L('report.assess.exposure.entity'), L('report.assess.exposure.individual'), L('report.assess.exposure.effects')],
      rows,
      'exposure',
    ),
  );
  out.push(`<h3>${L('report.assess.exposure.totals')}</h3>`);
  const money = (n: number | null) => (n === null ? L('report.assess.unknown') : esc(formatCny(n, lang)));
  const totalRows = e.totals
    .filter((x) => x.provisions.length > 0)
    .map((x) => row([esc(x.instrument_name), L(`report.assess.tier.${x.tier}`), money(x.entity_max_fixed), x.two_readings ? money(x.entity_max_turnover) : '—', money(x.individual_max)]));
  for (const g of e.grand_totals) {
    totalRows.push(row([`<strong>${L('report.assess.exposure.all')}</strong>`, L(`report.assess.tier.${g.tier}`), `<strong>${money(g.entity_max_fixed)}</strong>`, g.two_readings ? `<strong>${money(g.entity_max_turnover)}</strong>` : '—', `<strong>${money(g.individual_max)}</strong>`]));
  }
  out.push(
    table(
      [L('report.assess.exposure.instrument'), L('report.assess.exposure.tier'), L('report.assess.exposure.entity_a'), L('report.assess.exposure.entity_b'), L('report.assess.exposure.individual')],
      totalRows,
      'totals',
    ),
  );
  return out.join('\n');
}

function findings(r: AssessmentReport, L: Label): string {
  const out: string[] = [sectionOpen('findings', L)];
  if (r.findings.length === 0) out.push(`<p>${L('report.assess.finding.none')}</p>`);
  for (const f of r.findings) out.push(findingArticle(f, r.lang, L));
  out.push('</section>');
  return out.join('\n');
}

function findingArticle(f: FindingView, lang: Lang, L: Label): string {
  const out: string[] = [`<article class="finding r-${f.residual_risk ?? f.inherent_risk}" id="${esc(f.id)}">`];
  out.push(`<h3><span class="rid">${esc(f.id)}</span>${esc(f.title)}</h3>`);
  out.push(
    `<div class="meta">${ruleId(f.rule_id)} · ${severity(f.severity, L)} · ${status(f.status, L)} · ${code('category', f.category, lang)} · ${esc(f.location.file)}:${f.location.line}:${f.location.column} <code>${esc(f.location.pointer)}</code></div>`,
  );
  out.push(`<p>${esc(f.message)}</p>`);
  const kv: string[] = [];
  kv.push(row([L('report.assess.finding.citation'), citation(f, lang)]));
  kv.push(
    row([
      L('report.assess.finding.risk'),
      `${L('report.assess.finding.likelihood')} ${f.likelihood} · ${L('report.assess.finding.impact')} ${f.impact} → ${level(f.inherent_risk, L)}`,
    ]),
  );
  kv.push(row([L('report.assess.finding.confidence'), `${L(`risk.confidence.${f.confidence}`)}${f.confidence_reasons.length ? ` — ${f.confidence_reasons.map(esc).join('; ')}` : ''}`]));
  kv.push(row([L('report.assess.finding.remediation'), esc(f.remediation)]));
  out.push(`<table class="kv"><tbody>${kv.join('')}</tbody></table>`);
  const base = f.base.source === 'rule' ? 'risk.base.rule' : 'risk.base.severity';
  const reasons = [`<li>${L(base, { likelihood: f.base.likelihood, impact: f.base.impact, severity: t(`report.assess.severity.${f.severity}`, lang) })}</li>`];
  for (const a of f.adjustments) {
    const sign = a.applied >= 0 ? '+' : '';
    const capped = Math.abs(a.applied) < Math.abs(a.delta) ? ` ${L('report.assess.finding.capped')}` : '';
    reasons.push(`<li>${L(`report.assess.finding.${a.axis}`)} ${sign}${a.applied}${capped}${L('report.assess.colon')}${esc(a.reason)}</li>`);
  }
  out.push(`<div class="meta">${L('report.assess.finding.reasons')}</div><ul class="reasons">${reasons.join('')}</ul>`);
  out.push(`<div class="meta">${L('report.assess.finding.excerpt')}</div>`);
  if (f.excerpt === null) out.push(`<p class="note">${L('report.assess.finding.excerpt_unavailable')}</p>`);
  else {
    const lines = f.excerpt.map((l) => `<span class="${l.highlight ? 'row hl' : 'row'}"><span class="ln">${l.line}</span>${esc(l.text)}</span>`);
    out.push(`<pre class="excerpt">${lines.join('')}</pre>`);
  }
  out.push('</article>');
  return out.join('\n');
}

function register(r: AssessmentReport, L: Label): string {
  const out: string[] = [sectionOpen('register', L)];
  if (r.findings.length === 0) out.push(`<p>${L('report.assess.finding.none')}</p>`);
  else {
    out.push(
      table(
        [
          L('report.assess.register.id'),
          L('report.assess.register.risk'),
          L('report.assess.register.inherent'),
          L('report.assess.register.controls'),
          L('report.assess.register.residual'),
          L('report.assess.register.treatment'),
          L('report.assess.register.owner'),
          L('report.assess.register.due'),
        ],
        r.findings.map((f) =>
          row([
            `<a href="#${esc(f.id)}">${esc(f.id)}</a>`,
            `${esc(f.title)}<br><span class="meta">${esc(f.rule_id)}</span>`,
            level(f.inherent_risk, L),
            esc(f.controls),
            level(f.residual_risk, L),
            L(`risk.treatment.${f.treatment}`),
            f.owner === null ? `<em>${L('report.assess.register.unassigned')}</em>` : `<span class="nw">${esc(f.owner)}</span>`,
            `<span class="nw">${f.due_date === null ? L('report.assess.register.before_execution') : esc(f.due_date)}</span>`,
          ]),
        ),
        'register',
      ),
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function waivers(r: AssessmentReport, L: Label): string {
  const out: string[] = [sectionOpen('waivers', L)];
  if (r.waivers.length === 0) out.push(`<p>${L('report.assess.waiver.none')}</p>`);
  else {
    const o = (s: string | null) => (s === null ? '—' : esc(s));
    out.push(
      table(
        [
          L('report.assess.waiver.id'),
          L('report.assess.waiver.rule'),
          L('report.assess.waiver.justification'),
          L('report.assess.waiver.owner'),
          L('report.assess.waiver.approved'),
          L('report.assess.waiver.expires'),
          L('report.assess.waiver.status'),
        ],
        r.waivers.map((w) =>
          row([
            `${esc(w.id)}${w.file !== null ? `<br><span class="meta">${esc(w.file)}:${w.line ?? ''}</span>` : ''}`,
            o(w.rule_id),
            o(w.justification),
            o(w.owner),
            `${o(w.approved_by)} / ${o(w.approved_on)}`,
            o(w.expires_on),
            L(`report.assess.waiver.${w.status}`),
          ]),
        ),
      ),
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function remediation(r: AssessmentReport, L: Label): string {
  const out: string[] = [sectionOpen('remediation', L)];
  if (r.remediation_plan.length === 0) out.push(`<p>${L('report.assess.remediation.none')}</p>`);
  else {
    out.push(
      table(
        [
          L('report.assess.remediation.priority'),
          L('report.assess.register.id'),
          L('report.assess.register.residual'),
          L('report.assess.remediation.action'),
          L('report.assess.register.owner'),
          L('report.assess.register.due'),
        ],
        r.remediation_plan.map((i) =>
          row([
            `${i.priority}${i.blocking ? `<br><span class="pill block">${L('report.assess.blocking_tag')}</span>` : ''}`,
            `<a href="#${esc(i.id)}">${esc(i.id)}</a><br><span class="meta nw">${esc(i.rule_id)}</span>`,
            level(i.residual_risk, L),
            `<strong>${esc(i.title)}</strong><br>${esc(i.action)}`,
            i.owner === null ? `<em>${L('report.assess.register.unassigned')}</em>` : `<span class="nw">${esc(i.owner)}</span>`,
            `<span class="nw">${i.due_date === null ? L('report.assess.register.before_execution') : esc(i.due_date)}</span>`,
          ]),
        ),
      ),
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function evidence(r: AssessmentReport, L: Label): string {
  const out: string[] = [sectionOpen('evidence', L)];
  out.push(
    table(
      [L('report.assess.evidence.group'), L('report.assess.evidence.request'), L('report.assess.exposure.rules'), L('report.assess.cover.plan')],
      r.evidence_requests.map((e) => row([`<code>${esc(e.group)}</code>`, esc(e.request), e.rule_ids.map(ruleId).join(', '), e.files.map(esc).join('<br>')])),
    ),
  );
  out.push('</section>');
  return out.join('\n');
}

function rules(r: AssessmentReport, L: Label): string {
  const out: string[] = [sectionOpen('rules', L)];
  if (r.rules.length === 0) out.push(`<p>${L('report.assess.rules.none')}</p>`);
  else {
    out.push(
      table(
        [L('report.assess.rules.id'), L('report.assess.rules.title'), L('report.assess.finding.category'), L('report.assess.finding.severity'), L('report.assess.finding.citation')],
        r.rules.map((x) => row([ruleId(x.id), esc(x.title), code('category', x.category, r.lang), severity(x.severity, L), citation(x, r.lang)])),
      ),
    );
  }
  out.push('</section>');
  return out.join('\n');
}
