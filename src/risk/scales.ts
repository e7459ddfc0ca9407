/** The 1-5 ordinal scales of the risk model (NIST SP 800-30 style five levels). */
export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

/** Risk levels, lowest first. A matrix cell holds one of these. */
export const RISK_LEVELS = ['very_low', 'low', 'moderate', 'high', 'very_high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_RANK: Record<RiskLevel, number> = { very_low: 0, low: 1, moderate: 2, high: 3, very_high: 4 };

/**
 * Semi-quantitative value of each risk level (0-10), used for category scores and sorting.
 * Follows the NIST SP 800-30 Appendix I semi-quantitative column (0, 2, 5, 8, 10).
 */
export const RISK_SCORE: Record<RiskLevel, number> = { very_low: 0, low: 2, moderate: 5, high: 8, very_high: 10 };

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'string' && (RISK_LEVELS as readonly string[]).includes(value);
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

export function clampLevel(value: number): Level {
  return Math.min(5, Math.max(1, Math.round(value))) as Level;
}

export function maxRiskLevel(levels: Iterable<RiskLevel>): RiskLevel | undefined {
  let best: RiskLevel | undefined;
  for (const level of levels) if (best === undefined || RISK_RANK[level] > RISK_RANK[best]) best = level;
  return best;
}
