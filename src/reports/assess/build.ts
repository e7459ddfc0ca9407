import { compareStrings } from '../../risk/order.js';
import { enumLabelWithCode } from '../../i18n/enum-labels.js';
import { createHash } from 'node:crypto';
import type { Finding } from '../../findings/types.js';
import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import type { PlanDocument } from '../../plan/document.js';
import type { RuleMeta } from '../../rules/types.js';
import type { RiskMatrix } from '../../risk/matrix.js';
import { type PenaltyExposure, estimateExposure, resolveTurnover } from '../../risk/penalties.js';
import { instrumentName } from '../../risk/penalty-messages.js';
import { extractPlanFacts, type PlanFacts } from '../../risk/plan-facts.js';
import { scoreFinding } from '../../risk/score.js';
import { type RiskSummary, type ScoredFinding, blockReasons, prioritise, summarise } from '../../risk/summary.js';
import type { LintRun } from '../model.js';
import { buildDataMap } from './data-map.js';
import { dueDate } from './due-dates.js';
import { formatCount } from './format.js';
import { planExcerpt } from './excerpt.js';
import type { AssessmentReport, ExposureView, FindingView, MoneyRange, RiskSummaryView, WaiverView } from './types.js';
import './messages.js';
import '../../risk/messages.js';

export interface AssessInput {
  run: LintRun;
  /** The plans of the run, re-read; null (or absent) when a plan could not be re-read unchanged. */
  plans: Map<string, PlanDocument | null>;
  matrix: RiskMatrix;
  /** `--turnover-cny`. */
  turnoverCny?: number;
  lang: Lang;
}

function noFacts(file: string): PlanFacts {
  return { file, has_sensitive: false, important_data: false, cross_border_flows: 0 };
}

/** A report id that depends only on the inputs: tool, rules, plans, matrix, date, turnover and results. */
export function reportId(input: AssessInput): string {
  const { run, matrix } = input;
  const basis = JSON.stringify({
    tool: run.tool.version,
    ruleset: run.ruleset.sha256,
    plans: run.plans.map((p) => [p.file, p.sha256]),
    matrix: matrix.source.sha256,
    now: run.now ?? null,
    turnover: input.turnoverCny ?? null,
    findings: run.findings.map((f) => [f.fingerprint, f.status]),
  });
  const hex = createHash('sha256').update(basis).digest('hex').toUpperCase();
  return `PGA-${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

/** Turns a lint run into the risk-assessment report in one language. */
export function buildAssessment(input: AssessInput): AssessmentReport {
  const { run, matrix, lang } = input;
  const rules = new Map(run.rules.map((r) => [r.id, r] as const));
  const facts = new Map<string, PlanFacts>();
  for (const plan of run.plans) {
    const doc = input.plans.get(plan.file);
    facts.set(plan.file, doc ? extractPlanFacts(plan.file, doc.data) : noFacts(plan.file));
  }
  const factsOf = (f: Finding) => facts.get(f.location.file) ?? noFacts(f.location.file);
  const scored: ScoredFinding[] = run.findings.map((finding) => ({ finding, risk: scoreFinding(finding, rules.get(finding.rule_id), factsOf(finding), matrix) }));
  const ids = new Map(scored.map((s, i) => [s, `R-${String(i + 1).padStart(3, '0')}`] as const));
  const summary = summarise(scored, matrix);

  const findings: FindingView[] = scored.map((item) => findingView(item, ids.get(item)!, factsOf(item.finding), input));
  const byFingerprint = new Map(findings.map((f) => [findingKey(f.location.file, f.fingerprint), f] as const));

  const plans = run.plans.map((plan) => {
    const own = scored.filter((s) => s.finding.location.file === plan.file);
    const planSummary = summarise(own, matrix);
    const planFacts = facts.get(plan.file)!;
    const doc = input.plans.get(plan.file);
    const turnover = resolveTurnover(input.turnoverCny, planFacts.turnover_cny);
    return {
      file: plan.file,
      sha256: plan.sha256,
      entity_name: planFacts.entity_name ?? null,
      event: planFacts.event ?? null,
      effective_date: planFacts.effective_date ?? null,
      decision: planSummary.decision,
      overall_risk: planSummary.overall,
      findings: own.length,
      data_map: buildDataMap(doc ? doc.data : {}, planFacts),
      exposure: exposureView(estimateExposure(own.map((s) => s.finding), turnover), lang),
    };
  });

  const remediation_plan = prioritise(scored).map((item, index) => {
    const view = byFingerprint.get(findingKey(item.finding.location.file, item.finding.fingerprint))!;
    return {
      priority: index + 1,
      id: view.id,
      fingerprint: view.fingerprint,
      rule_id: view.rule_id,
      title: view.title,
      residual_risk: item.risk.residual!,
      severity: item.finding.severity,
      action: view.remediation,
      owner: view.owner,
      due_date: view.due_date,
      blocking: view.blocking.length > 0,
    };
  });

  return {
    schema_version: '1',
    kind: 'pipl-guard-assessment',
    lang,
    report_id: reportId(input),
    date: run.now ?? null,
    disclaimer: t('report.assess.disclaimer', lang),
    tool: { ...run.tool },
    ruleset: { ...run.ruleset },
    matrix: {
      name: matrix.name,
      file: matrix.source.file,
      sha256: matrix.source.sha256,
      no_go_at: matrix.no_go_at,
      block_open_severity: matrix.block_open_severity,
      cells: matrix.cells.map((row) => [...row]),
    },
    summary: summaryView(summary, matrix, lang, byFingerprint),
    plans,
    findings,
    remediation_plan,
    waivers: waiverViews(run),
    trend: null,
    evidence_requests: (run.evidence_requests ?? []).map((e) => ({ group: e.group, request: e.request[lang], rule_ids: [...e.rule_ids], files: [...e.files] })),
    rules: run.rules.map(ruleView(lang)),
  };
}

/** Findings are identified by plan file + fingerprint: two plans may share a fingerprint. */
function findingKey(file: string, fingerprint: string): string {
  return `${file}\u0000${fingerprint}`;
}

function summaryView(s: RiskSummary, matrix: RiskMatrix, lang: Lang, byFingerprint: Map<string, FindingView>): RiskSummaryView {
  const level = t(`risk.level.${matrix.no_go_at}`, lang);
  const decision_rule =
    matrix.block_open_severity === 'never'
      ? t('report.assess.summary.rule_go_no_severity', lang, { level })
      : t('report.assess.summary.rule_go', lang, { severity: t(`report.assess.severity.${matrix.block_open_severity}`, lang), level });
  return {
    decision: s.decision,
    decision_rule,
    overall_risk: s.overall,
    findings: s.findings,
    accepted: s.accepted,
    inherent_counts: s.inherent_counts,
    residual_counts: s.residual_counts,
    heat_inherent: s.heat_inherent,
    heat_residual: s.heat_residual,
    categories: s.categories.map((c) => ({ ...c })),
    blocking: s.blocking.map((b) => {
      const view = byFingerprint.get(findingKey(b.file, b.fingerprint))!;
      return { id: view.id, ...b, title: view.title };
    }),
  };
}

function findingView(item: ScoredFinding, id: string, facts: PlanFacts, input: AssessInput): FindingView {
  const { finding, risk } = item;
  const { lang, run } = input;
  const doc = input.plans.get(finding.location.file);
  let controls: string;
  if (finding.status === 'waived' && finding.waiver) {
    controls = t('report.assess.controls.waived', lang, { approved_by: finding.waiver.approved_by, approved_on: finding.waiver.approved_on, justification: finding.waiver.justification });
  } else if (finding.status === 'baselined') controls = t('report.assess.controls.baselined', lang);
  else controls = t('report.assess.controls.open', lang);
  const waived = finding.status === 'waived';
  return {
    id,
    rule_id: finding.rule_id,
    title: finding.title[lang],
    message: finding.message[lang],
    severity: finding.severity,
    category: finding.category,
    status: finding.status,
    location: { ...finding.location },
    legal_basis: finding.legal_basis.map((b) => ({ ...b })),
    remediation: finding.remediation[lang],
    fingerprint: finding.fingerprint,
    likelihood: risk.likelihood,
    impact: risk.impact,
    base: { ...risk.base },
    adjustments: risk.adjustments.map((a) => ({ axis: a.axis, delta: a.delta, applied: a.applied, reason: t(a.reason, lang, formatParams(a.params, lang)) })),
    inherent_risk: risk.inherent,
    residual_risk: risk.residual,
    treatment: risk.treatment,
    controls,
    confidence: risk.confidence,
    confidence_reasons: risk.confidence_reasons.map((r) => t(r.reason, lang)),
    owner: waived ? (finding.waiver?.owner ?? null) : (facts.default_owner ?? null),
    due_date: waived ? (finding.waiver?.expires_on ?? null) : dueDate(risk.inherent, run.now, facts.effective_date),
    blocking: blockReasons(item, input.matrix),
    excerpt: doc ? planExcerpt(doc, finding.location.line) : null,
  };
}

/** Numbers in message parameters are shown with thousands separators. */
/** Reason parameters as display text: counts grouped, the event type labelled (`破产清算 (bankruptcy_liquidation)`). */
export function formatParams(params: Record<string, string | number>, lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? formatCount(v) : k === 'event' ? enumLabelWithCode('transaction_type', v, lang) : v]),
  );
}

function money(side: PenaltyExposure['provisions'][number]['tiers']['base']['entity']): MoneyRange | null {
  if (!side) return null;
  return { ...side, effects: [...side.effects], unquantified: [...side.unquantified] };
}

function exposureView(e: PenaltyExposure, lang: Lang): ExposureView {
  return {
    turnover_cny: e.turnover?.value ?? null,
    turnover_source: e.turnover?.source ?? null,
    provisions: e.provisions.map((p) => ({
      id: p.id,
      instrument: p.instrument,
      instrument_name: instrumentName(p.instrument)[lang],
      article: p.article,
      verification: p.verification,
      matched_by: p.matched_by,
      rule_ids: p.rule_ids,
      tiers: {
        base: { entity: money(p.tiers.base.entity), individual: money(p.tiers.base.individual) },
        refuse_to_rectify: { entity: money(p.tiers.refuse_to_rectify.entity), individual: money(p.tiers.refuse_to_rectify.individual) },
        serious: { entity: money(p.tiers.serious.entity), individual: money(p.tiers.serious.individual) },
      },
    })),
    totals: e.totals.map((x) => ({ ...x, instrument_name: instrumentName(x.instrument)[lang] })),
    grand_totals: e.grand_totals.map((x) => ({ tier: x.tier, entity_max_fixed: x.entity_max_fixed, entity_max_turnover: x.entity_max_turnover, two_readings: x.two_readings, individual_max: x.individual_max })),
    unmapped: e.unmapped,
  };
}

function waiverViews(run: LintRun): WaiverView[] {
  const out: WaiverView[] = [];
  for (const f of run.findings) {
    if (f.status !== 'waived' || !f.waiver) continue;
    const w = f.waiver;
    out.push({
      id: w.id,
      rule_id: f.rule_id,
      fingerprint: f.fingerprint,
      justification: w.justification,
      owner: w.owner,
      approved_by: w.approved_by,
      approved_on: w.approved_on,
      expires_on: w.expires_on,
      status: 'active',
      file: f.location.file,
      line: f.location.line,
    });
  }
  for (const n of run.waiver_notices) {
    out.push({
      id: n.waiver_id,
      rule_id: null,
      fingerprint: null,
      justification: null,
      owner: null,
      approved_by: null,
      approved_on: null,
      expires_on: null,
      status: n.kind,
      file: n.file,
      line: n.line,
    });
  }
  const rank = { active: 0, expired: 1, unmatched: 2 } as const;
  return out.sort((a, b) => rank[a.status] - rank[b.status] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || compareStrings(a.fingerprint ?? '', b.fingerprint ?? ''));
}

function ruleView(lang: Lang) {
  return (r: RuleMeta) => ({ id: r.id, title: r.title[lang], category: r.category, severity: r.severity, legal_basis: r.legal_basis.map((b) => ({ ...b })) });
}
