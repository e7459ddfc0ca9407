import type { Category, FindingStatus, Severity, Verification } from '../../findings/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { Tier } from '../../risk/penalty-data.js';
import type { Confidence, RiskLevel } from '../../risk/scales.js';
import type { BlockReason, Decision } from '../../risk/summary.js';

/**
 * The risk-assessment report in one language: exactly what `--format json` prints (schema:
 * schemas/assessment.schema.json) and what the HTML and Markdown renderers draw, so the three
 * formats carry the same content. Every string from a plan or a rule is raw here; renderers escape.
 */
export interface AssessmentReport {
  schema_version: '1';
  kind: 'pipl-guard-assessment';
  lang: Lang;
  report_id: string;
  /** `--now`, or null: reports never read the wall clock. */
  date: string | null;
  disclaimer: string;
  tool: { name: 'pipl-guard'; version: string };
  ruleset: { revision: string; sha256: string };
  matrix: {
    name: string;
    file: string;
    sha256: string;
    no_go_at: RiskLevel;
    block_open_severity: Severity | 'never';
    /** `cells[impact - 1][likelihood - 1]`. */
    cells: RiskLevel[][];
  };
  summary: RiskSummaryView;
  plans: PlanView[];
  findings: FindingView[];
  remediation_plan: RemediationItem[];
  waivers: WaiverView[];
  /** Change since the last recorded assessment (`--record`); null when not recording. */
  trend: TrendView | null;
  /** Documents to ask the target for (due-diligence profile); empty otherwise. */
  evidence_requests: Array<{ group: string; request: string; rule_ids: string[]; files: string[] }>;
  rules: RuleView[];
}

export interface RiskSummaryView {
  decision: Decision;
  decision_rule: string;
  overall_risk: RiskLevel;
  findings: number;
  accepted: number;
  inherent_counts: Record<RiskLevel, number>;
  residual_counts: Record<RiskLevel, number>;
  heat_inherent: number[][];
  heat_residual: number[][];
  categories: Array<{
    category: Category;
    findings: number;
    unaccepted: number;
    max_inherent: RiskLevel | null;
    max_residual: RiskLevel | null;
    score: number;
  }>;
  blocking: Array<{ id: string; fingerprint: string; rule_id: string; title: string; file: string; line: number; reasons: BlockReason[] }>;
}

export interface PlanView {
  file: string;
  sha256: string;
  entity_name: string | null;
  event: string | null;
  effective_date: string | null;
  decision: Decision;
  overall_risk: RiskLevel;
  findings: number;
  data_map: DataMap;
  exposure: ExposureView;
}

export interface DataMap {
  total_individuals: number | null;
  sensitive_individuals: number | null;
  minors_under_14: number | null;
  counts_as_of: string | null;
  important_data: boolean;
  inventory: Array<{ id: string; category: string; subject_count: number | null; sensitive: boolean | null; storage: string; disposition: string }>;
  recipients: Array<{ name: string; role: string; jurisdiction: string; contact: string }>;
  transfers: Array<{ datasets: string; legal_basis: string; recipient: string; date: string }>;
  flows: Array<{ recipient: string; country: string; mechanism: string; individuals_non_sensitive: number | null; individuals_sensitive: number | null }>;
}

export interface MoneyRange {
  min: number | null;
  max: number | null;
  turnover_pct: number | null;
  turnover_max: number | null;
  gains_multiple: [number, number] | null;
  effects: string[];
  unquantified: string[];
}

export interface ExposureView {
  turnover_cny: number | null;
  turnover_source: 'flag' | 'plan' | null;
  provisions: Array<{
    id: string;
    instrument: string;
    instrument_name: string;
    article: string;
    verification: Verification;
    matched_by: 'legal_basis' | 'category';
    rule_ids: string[];
    tiers: Record<Tier, { entity: MoneyRange | null; individual: MoneyRange | null }>;
  }>;
  totals: Array<{
    instrument: string;
    instrument_name: string;
    tier: Tier;
    provisions: string[];
    entity_max_fixed: number;
    entity_max_turnover: number | null;
    two_readings: boolean;
    individual_max: number;
  }>;
  grand_totals: Array<{ tier: Tier; entity_max_fixed: number; entity_max_turnover: number | null; two_readings: boolean; individual_max: number }>;
  unmapped: string[];
}

export interface ExcerptLine {
  line: number;
  text: string;
  highlight: boolean;
}

export interface FindingView {
  /** Short stable register id, `R-001` in report order. */
  id: string;
  rule_id: string;
  title: string;
  message: string;
  severity: Severity;
  category: Category;
  status: FindingStatus;
  location: { file: string; pointer: string; line: number; column: number };
  legal_basis: Array<{ instrument: string; article: string; verification: Verification }>;
  remediation: string;
  fingerprint: string;
  likelihood: number;
  impact: number;
  base: { likelihood: number; impact: number; source: 'rule' | 'severity' };
  adjustments: Array<{ axis: 'likelihood' | 'impact'; delta: number; applied: number; reason: string }>;
  inherent_risk: RiskLevel;
  residual_risk: RiskLevel | null;
  treatment: 'modify' | 'retain';
  controls: string;
  confidence: Confidence;
  confidence_reasons: string[];
  owner: string | null;
  due_date: string | null;
  blocking: BlockReason[];
  /** Lines around the offending one; null when the plan could not be re-read unchanged. */
  excerpt: ExcerptLine[] | null;
}

export interface RemediationItem {
  priority: number;
  id: string;
  fingerprint: string;
  rule_id: string;
  title: string;
  residual_risk: RiskLevel;
  severity: Severity;
  action: string;
  owner: string | null;
  due_date: string | null;
  blocking: boolean;
}

export interface WaiverView {
  id: string;
  rule_id: string | null;
  fingerprint: string | null;
  justification: string | null;
  owner: string | null;
  approved_by: string | null;
  approved_on: string | null;
  expires_on: string | null;
  status: 'active' | 'expired' | 'unmatched';
  file: string | null;
  line: number | null;
}

export interface RuleView {
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  legal_basis: Array<{ instrument: string; article: string; verification: Verification }>;
}

export interface TrendItem {
  kind: 'new' | 'fixed' | 'changed';
  rule_id: string;
  title: string;
  file: string;
  line: number;
  from_status: string | null;
  from_risk: RiskLevel | null;
  to_status: string | null;
  to_risk: RiskLevel | null;
}

export interface TrendView {
  /** The assessment compared with; null for the first recorded one. */
  previous: { seq: number; report_id: string; date: string | null; decision: Decision; overall_risk: RiskLevel; findings: number } | null;
  new: number;
  fixed: number;
  changed: number;
  unchanged: number;
  items: TrendItem[];
}
