import type { Lang } from '../i18n/lang.js';
import type { Finding } from '../findings/types.js';
import type { RuleMeta } from '../rules/types.js';
import type { EvidenceRequest } from '../evidence/types.js';

/** One plan that was checked. */
export interface CheckedPlan {
  file: string;
  sha256: string;
}

/** A waiver that did not match any finding, or that has expired (reported, never silent). */
export interface WaiverNotice {
  waiver_id: string;
  kind: 'unmatched' | 'expired';
  file: string;
  line: number;
  column: number;
}

/** A baseline entry that no longer matches any finding. */
export interface StaleBaselineEntry {
  fingerprint: string;
  rule_id: string;
  /** The plan the entry was recorded for, and the pointer it had then. */
  file?: string;
  pointer?: string;
}

/**
 * Everything one `lint` run produced; every report format renders from this alone.
 * `findings` are sorted by file, line, column, rule id (then fingerprint).
 */
export interface LintRun {
  tool: { name: 'pipl-guard'; version: string };
  ruleset: { revision: string; sha256: string };
  plans: CheckedPlan[];
  /** The rules that were evaluated (after profile and config), sorted by id. */
  rules: RuleMeta[];
  findings: Finding[];
  /** `--now` as an ISO date, when given; reports never read the wall clock otherwise. */
  now?: string;
  fail_on: 'critical' | 'high' | 'medium' | 'low' | 'never';
  waiver_notices: WaiverNotice[];
  stale_baseline: StaleBaselineEntry[];
  /** Set when findings were compared with a baseline (`--baseline`): formats then mark new findings as new. */
  baseline?: { file: string };
  /** Documents to ask the target for (the due-diligence profile), one per missing field group. */
  evidence_requests?: EvidenceRequest[];
}

export interface RenderOptions {
  lang: Lang;
  /** Colour is allowed (text format on a TTY). */
  color: boolean;
}

/** A report format: renders a whole run to one string. */
export type Formatter = (run: LintRun, options: RenderOptions) => string;
