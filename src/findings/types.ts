import type { LocalizedText } from '../i18n/lang.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The sixteen categories of the legal catalogue, §0.3. */
export const CATEGORIES = [
  'classification',
  'confidentiality',
  'encryption',
  'access-control',
  'transfer-handover',
  'recipient',
  'notification-consent',
  'retention-destruction',
  'cross-border',
  'impact-assessment',
  'audit-risk-assessment',
  'partners-processors',
  'training',
  'accountability-penalties',
  'incident-response',
  'regulator-reporting',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Verification tags of the catalogue: Verified, Secondary source, Unverified, Interpretation. */
export type Verification = 'V' | 'S' | 'U' | 'I';

export interface LegalBasis {
  instrument: string;
  article: string;
  verification: Verification;
}

export type FindingStatus = 'open' | 'waived' | 'baselined';

export interface FindingLocation {
  file: string;
  /** RFC 6901 pointer of the offending node, or of its closest existing parent when it is missing. */
  pointer: string;
  line: number;
  column: number;
}

/** Waiver data attached to a waived finding. */
export interface AppliedWaiver {
  id: string;
  justification: string;
  owner: string;
  approved_by: string;
  approved_on: string;
  expires_on: string;
}

/**
 * One problem in one plan. Texts are kept in both languages; reports pick one.
 * Built only by `buildFinding` (src/findings/build.ts).
 */
export interface Finding {
  rule_id: string;
  severity: Severity;
  category: Category;
  title: LocalizedText;
  message: LocalizedText;
  location: FindingLocation;
  /** The pointer the rule asked for (may be deeper than `location.pointer` when the node is missing). */
  target_pointer: string;
  legal_basis: LegalBasis[];
  remediation: LocalizedText;
  /** Stable across edits that move lines: rule id + pointer + value. */
  fingerprint: string;
  status: FindingStatus;
  /** True when any legal basis rests on an unverified [U] source. */
  unverified_basis: boolean;
  waiver?: AppliedWaiver;
}

export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };
