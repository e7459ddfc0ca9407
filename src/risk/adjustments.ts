import type { Category } from '../findings/types.js';
import type { PlanFacts } from './plan-facts.js';

/** One recorded change to likelihood or impact, with the plan fact that caused it. */
export interface Adjustment {
  axis: 'likelihood' | 'impact';
  /** Message id of the reason (`risk.adjust.*`). */
  reason: string;
  params: Record<string, string | number>;
  /** The change the fact asks for. */
  delta: number;
  /** The change actually applied after caps and the 1-5 bounds. */
  applied: number;
}

/** Catalogue thresholds (§5.1) the adjustments use. */
export const THRESHOLDS = {
  volume_1m: 1_000_000,
  volume_10m: 10_000_000,
  sensitive_large: 100_000,
  /** Below this many individuals, with nothing sensitive, exports are exempt (CB Provisions): small scale. */
  small_scale: 100_000,
} as const;

/** Impact may rise by at most this much in total from plan facts, so that facts do not swamp the rule. */
export const IMPACT_CAP = 2;

/** Events during which a company is wound down: staff leave, budgets shrink, oversight weakens. */
export const WIND_DOWN_EVENTS = new Set([
  'bankruptcy_liquidation',
  'bankruptcy_reorganisation',
  'dissolution_liquidation',
  'simplified_deregistration',
]);

/** Categories whose likelihood rises when data leaves the country. */
export const CROSS_BORDER_CATEGORIES = new Set<Category>(['cross-border', 'transfer-handover', 'recipient', 'encryption', 'partners-processors']);

/**
 * Categories whose likelihood rises during a wind-down: mass departures plus an insider sale is the
 * classic liquidation leak (catalogue CONF-NDA-STAFF-001; Criminal Law Art. 253-1 para. 2).
 */
export const WIND_DOWN_CATEGORIES = new Set<Category>(['confidentiality', 'access-control']);

/**
 * Categories whose harm is indirect (a governance gap, not data exposure): the scale and
 * sensitivity of the data do not raise their impact.
 */
export const INDIRECT_CATEGORIES = new Set<Category>(['training', 'accountability-penalties', 'audit-risk-assessment']);

interface Proposal {
  axis: 'likelihood' | 'impact';
  reason: string;
  params: Record<string, string | number>;
  delta: number;
}

/** The adjustments plan facts ask for, in a fixed order (impact facts first, then likelihood). */
export function proposeAdjustments(category: Category, facts: PlanFacts): Proposal[] {
  const out: Proposal[] = [];
  if (!INDIRECT_CATEGORIES.has(category)) out.push(...impactProposals(facts));
  if (facts.cross_border_flows > 0 && CROSS_BORDER_CATEGORIES.has(category)) {
    out.push({ axis: 'likelihood', reason: 'risk.adjust.cross_border', params: { count: facts.cross_border_flows }, delta: 1 });
  }
  if (facts.event !== undefined && WIND_DOWN_EVENTS.has(facts.event) && WIND_DOWN_CATEGORIES.has(category)) {
    out.push({ axis: 'likelihood', reason: 'risk.adjust.event_wind_down', params: { event: facts.event }, delta: 1 });
  }
  return out;
}

function impactProposals(facts: PlanFacts): Proposal[] {
  const out: Proposal[] = [];
  const total = facts.total_individuals;
  if (total !== undefined && total >= THRESHOLDS.volume_10m) {
    out.push({ axis: 'impact', reason: 'risk.adjust.volume_10m', params: { count: total }, delta: 2 });
  } else if (total !== undefined && total >= THRESHOLDS.volume_1m) {
    out.push({ axis: 'impact', reason: 'risk.adjust.volume_1m', params: { count: total }, delta: 1 });
  }
  if (facts.has_sensitive) out.push({ axis: 'impact', reason: 'risk.adjust.sensitive_pi', params: {}, delta: 1 });
  const sensitive = facts.sensitive_individuals;
  if (sensitive !== undefined && sensitive > THRESHOLDS.sensitive_large) {
    out.push({ axis: 'impact', reason: 'risk.adjust.sensitive_over_100k', params: { count: sensitive }, delta: 1 });
  }
  if ((facts.minors_under_14 ?? 0) > 0) {
    out.push({ axis: 'impact', reason: 'risk.adjust.minors', params: { count: facts.minors_under_14! }, delta: 1 });
  }
  if (facts.important_data) out.push({ axis: 'impact', reason: 'risk.adjust.important_data', params: {}, delta: 1 });
  if (out.length === 0 && total !== undefined && total < THRESHOLDS.small_scale) {
    out.push({ axis: 'impact', reason: 'risk.adjust.small_scale', params: { count: total }, delta: -1 });
  }
  return out;
}

/**
 * Applies the proposals to a base likelihood and impact: impact rises by at most IMPACT_CAP in
 * total, both axes stay within 1-5, and every proposal is recorded with what it actually changed.
 */
export function applyAdjustments(
  base: { likelihood: number; impact: number },
  proposals: Proposal[],
): { likelihood: number; impact: number; adjustments: Adjustment[] } {
  let likelihood = base.likelihood;
  let impact = base.impact;
  let impactRaised = 0;
  const adjustments: Adjustment[] = [];
  for (const p of proposals) {
    let applied: number;
    if (p.axis === 'impact' && p.delta < 0) {
      applied = Math.max(p.delta, 1 - impact);
      impact += applied;
    } else if (p.axis === 'impact') {
      const room = Math.min(IMPACT_CAP - impactRaised, 5 - impact);
      applied = Math.max(0, Math.min(p.delta, room));
      impact += applied;
      impactRaised += applied;
    } else {
      applied = Math.max(0, Math.min(p.delta, 5 - likelihood));
      likelihood += applied;
    }
    adjustments.push({ ...p, applied });
  }
  return { likelihood, impact, adjustments };
}
