import type { Finding } from '../findings/types.js';
import type { PlanFacts } from './plan-facts.js';
import type { Confidence } from './scales.js';

/** A reason that lowered confidence (`risk.confidence.*` message id). */
export interface ConfidenceReason {
  reason: string;
}

const ORDER: Confidence[] = ['low', 'medium', 'high'];

/**
 * How far the assessment of one finding can be trusted, kept apart from how risky it is.
 * Starts high and drops one step per doubt: an unverified [U] legal basis, a basis that is only an
 * interpretation [I], subject counts without an as-of date, or no subject counts at all.
 */
export function assessConfidence(finding: Finding, facts: PlanFacts): { confidence: Confidence; reasons: ConfidenceReason[] } {
  const reasons: ConfidenceReason[] = [];
  const tags = finding.legal_basis.map((b) => b.verification);
  if (finding.unverified_basis || tags.includes('U')) reasons.push({ reason: 'risk.confidence.unverified_basis' });
  if (tags.length > 0 && tags.every((tag) => tag === 'I')) reasons.push({ reason: 'risk.confidence.interpretation_only' });
  if (facts.total_individuals === undefined) reasons.push({ reason: 'risk.confidence.counts_missing' });
  else if (facts.counts_as_of === undefined) reasons.push({ reason: 'risk.confidence.counts_undated' });
  const index = Math.max(0, ORDER.length - 1 - reasons.length);
  return { confidence: ORDER[index]!, reasons };
}
