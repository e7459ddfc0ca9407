import { compareStrings } from './order.js';
import { CATEGORIES, type Category, type Finding, SEVERITY_RANK } from '../findings/types.js';
import type { RiskMatrix } from './matrix.js';
import { type RiskLevel, RISK_LEVELS, RISK_RANK, RISK_SCORE, maxRiskLevel } from './scales.js';
import type { FindingRisk } from './score.js';

export interface ScoredFinding {
  finding: Finding;
  risk: FindingRisk;
}

/** Counts per cell, `[impact - 1][likelihood - 1]`. */
export type HeatGrid = number[][];

export interface CategoryScore {
  category: Category;
  findings: number;
  /** Findings that still count against the plan (open or baselined). */
  unaccepted: number;
  max_inherent: RiskLevel | null;
  max_residual: RiskLevel | null;
  /** Highest residual level as a 0-10 semi-quantitative score (0 when nothing is left). */
  score: number;
}

export type BlockReason = 'open_severity' | 'residual_level';

export interface BlockingItem {
  fingerprint: string;
  rule_id: string;
  file: string;
  line: number;
  reasons: BlockReason[];
}

export type Decision = 'go' | 'no_go';

export interface RiskSummary {
  findings: number;
  accepted: number;
  inherent_counts: Record<RiskLevel, number>;
  residual_counts: Record<RiskLevel, number>;
  heat_inherent: HeatGrid;
  heat_residual: HeatGrid;
  categories: CategoryScore[];
  /** Highest residual risk; `very_low` when nothing is left. */
  overall: RiskLevel;
  decision: Decision;
  blocking: BlockingItem[];
}

function emptyCounts(): Record<RiskLevel, number> {
  return Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<RiskLevel, number>;
}
function emptyGrid(): HeatGrid {
  return Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
}

/** Why a finding blocks the plan under the matrix's acceptance criteria, if it does. */
export function blockReasons(item: ScoredFinding, matrix: RiskMatrix): BlockReason[] {
  const reasons: BlockReason[] = [];
  const { finding, risk } = item;
  if (
    finding.status === 'open' &&
    matrix.block_open_severity !== 'never' &&
    SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[matrix.block_open_severity]
  ) {
    reasons.push('open_severity');
  }
  if (risk.residual !== null && RISK_RANK[risk.residual] >= RISK_RANK[matrix.no_go_at]) reasons.push('residual_level');
  return reasons;
}

/**
 * Inherent and residual risk, heat maps, per-category scores and the go / no-go decision.
 * No-go when any open finding is at or above the matrix's `block_open_severity`, or any residual
 * risk reaches `no_go_at`. Waived findings are accepted risk: inherent only.
 */
export function summarise(items: ScoredFinding[], matrix: RiskMatrix): RiskSummary {
  const inherentCounts = emptyCounts();
  const residualCounts = emptyCounts();
  const heatInherent = emptyGrid();
  const heatResidual = emptyGrid();
  const blocking: BlockingItem[] = [];
  let accepted = 0;
  for (const item of items) {
    const { risk, finding } = item;
    inherentCounts[risk.inherent]++;
    heatInherent[risk.impact - 1]![risk.likelihood - 1]!++;
    if (risk.residual === null) accepted++;
    else {
      residualCounts[risk.residual]++;
      heatResidual[risk.impact - 1]![risk.likelihood - 1]!++;
    }
    const reasons = blockReasons(item, matrix);
    if (reasons.length > 0) {
      blocking.push({ fingerprint: finding.fingerprint, rule_id: finding.rule_id, file: finding.location.file, line: finding.location.line, reasons });
    }
  }
  const categories: CategoryScore[] = [];
  for (const category of CATEGORIES) {
    const inCategory = items.filter((i) => i.finding.category === category);
    if (inCategory.length === 0) continue;
    const residuals = inCategory.map((i) => i.risk.residual).filter((r): r is RiskLevel => r !== null);
    const maxResidual = maxRiskLevel(residuals) ?? null;
    categories.push({
      category,
      findings: inCategory.length,
      unaccepted: residuals.length,
      max_inherent: maxRiskLevel(inCategory.map((i) => i.risk.inherent)) ?? null,
      max_residual: maxResidual,
      score: maxResidual === null ? 0 : RISK_SCORE[maxResidual],
    });
  }
  categories.sort((a, b) => b.score - a.score || b.unaccepted - a.unaccepted || compareStrings(a.category, b.category));
  const overall = maxRiskLevel(items.map((i) => i.risk.residual).filter((r): r is RiskLevel => r !== null)) ?? 'very_low';
  return {
    findings: items.length,
    accepted,
    inherent_counts: inherentCounts,
    residual_counts: residualCounts,
    heat_inherent: heatInherent,
    heat_residual: heatResidual,
    categories,
    overall,
    decision: blocking.length > 0 ? 'no_go' : 'go',
    blocking,
  };
}

/**
 * Remediation order: unaccepted findings by residual risk, then severity, impact, likelihood,
 * then location and rule id so the order is total and stable.
 */
export function prioritise(items: ScoredFinding[]): ScoredFinding[] {
  return items
    .filter((i) => i.risk.residual !== null)
    .sort(
      (a, b) =>
        RISK_RANK[b.risk.residual!] - RISK_RANK[a.risk.residual!] ||
        SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] ||
        b.risk.impact - a.risk.impact ||
        b.risk.likelihood - a.risk.likelihood ||
        compareStrings(a.finding.location.file, b.finding.location.file) ||
        a.finding.location.line - b.finding.location.line ||
        a.finding.location.column - b.finding.location.column ||
        compareStrings(a.finding.rule_id, b.finding.rule_id) ||
        compareStrings(a.finding.fingerprint, b.finding.fingerprint),
    );
}
