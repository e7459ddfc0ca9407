import type { Finding, Severity } from '../findings/types.js';
import type { RuleMeta } from '../rules/types.js';
import { type Adjustment, applyAdjustments, proposeAdjustments } from './adjustments.js';
import { type ConfidenceReason, assessConfidence } from './confidence.js';
import { type RiskMatrix, lookupRisk } from './matrix.js';
import type { PlanFacts } from './plan-facts.js';
import { type Confidence, type Level, type RiskLevel, clampLevel, isLevel } from './scales.js';

/** Default likelihood and impact by severity (catalogue §0.2 read onto the 1-5 scales). */
export const SEVERITY_DEFAULTS: Record<Severity, { likelihood: Level; impact: Level }> = {
  critical: { likelihood: 4, impact: 5 },
  high: { likelihood: 3, impact: 4 },
  medium: { likelihood: 3, impact: 3 },
  low: { likelihood: 2, impact: 2 },
};

/** The optional `risk` defaults a rule may carry (proposed field of RuleMeta). */
export interface RuleRiskDefaults {
  likelihood: Level;
  impact: Level;
}

/** Reads a rule's own `risk: {likelihood, impact}` when present and well-formed. */
export function ruleRiskDefaults(rule: RuleMeta | undefined): RuleRiskDefaults | undefined {
  const risk = (rule as (RuleMeta & { risk?: unknown }) | undefined)?.risk;
  if (risk === null || typeof risk !== 'object') return undefined;
  const { likelihood, impact } = risk as { likelihood?: unknown; impact?: unknown };
  return isLevel(likelihood) && isLevel(impact) ? { likelihood, impact } : undefined;
}

export type Treatment = 'modify' | 'retain';

/** The risk of one finding: where it started, what changed it, where it landed. */
export interface FindingRisk {
  base: { likelihood: Level; impact: Level; source: 'rule' | 'severity' };
  adjustments: Adjustment[];
  likelihood: Level;
  impact: Level;
  /** Risk before treatment: every finding, open, waived or baselined. */
  inherent: RiskLevel;
  /** Risk after treatment: waived findings are accepted (retained) and no longer count against the plan. */
  residual: RiskLevel | null;
  treatment: Treatment;
  confidence: Confidence;
  confidence_reasons: ConfidenceReason[];
}

export function scoreFinding(finding: Finding, rule: RuleMeta | undefined, facts: PlanFacts, matrix: RiskMatrix): FindingRisk {
  const own = ruleRiskDefaults(rule);
  const base = own
    ? { ...own, source: 'rule' as const }
    : { ...SEVERITY_DEFAULTS[finding.severity], source: 'severity' as const };
  const adjusted = applyAdjustments(base, proposeAdjustments(finding.category, facts));
  const likelihood = clampLevel(adjusted.likelihood);
  const impact = clampLevel(adjusted.impact);
  const inherent = lookupRisk(matrix, likelihood, impact);
  const { confidence, reasons } = assessConfidence(finding, facts);
  const accepted = finding.status === 'waived';
  return {
    base,
    adjustments: adjusted.adjustments,
    likelihood,
    impact,
    inherent,
    residual: accepted ? null : inherent,
    treatment: accepted ? 'retain' : 'modify',
    confidence,
    confidence_reasons: reasons,
  };
}
