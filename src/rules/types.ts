import type { LocalizedText } from '../i18n/lang.js';
import type { PlanDocument } from '../plan/document.js';
import type { Category, LegalBasis, Severity } from '../findings/types.js';

/** Where a rule was defined, for errors and `rules show`. */
export interface RuleSource {
  file: string;
  line: number;
}

/** The metadata every rule carries, whatever engine evaluates it (YAML rules, Rego). */
export interface RuleMeta {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** The default finding message; `{param}` placeholders are filled per finding. */
  message: LocalizedText;
  category: Category;
  severity: Severity;
  legal_basis: LegalBasis[];
  remediation: LocalizedText;
  references: string[];
  tags: string[];
  engine: 'yaml' | 'rego';
  source: RuleSource;
  /** Optional risk defaults: the likelihood and impact (integers 1-5) a finding of this rule starts from in `assess`. */
  risk?: RuleRisk;
}

/** A rule's own starting point on the 1-5 risk scales, instead of the defaults of its severity. */
export interface RuleRisk {
  likelihood: number;
  impact: number;
}

/**
 * One raw violation found by a rule, before it becomes a `Finding` (src/findings/build.ts).
 * Every engine (YAML rules, Rego) reports hits in this shape and never builds findings itself.
 */
export interface RawHit {
  /** RFC 6901 pointer of the offending node; for a missing node, the pointer it should have had. */
  pointer: string;
  /** Values for the `{placeholders}` of the rule's message. A `{zh, en}` object is picked per language. */
  params: Record<string, unknown>;
  /** Replaces the rule's default message for this hit (already bilingual, placeholders allowed). */
  message?: LocalizedText;
}

/** What a rule may read besides the plan: the clock and a per-plan cache shared by all rules. */
export interface EvaluationContext {
  /** Today for date comparisons: `--now`, or the current UTC date. `YYYY-MM-DD`. */
  today: string;
  /** Per-plan memo (id indexes, root-level query results) so that no rule is quadratic in plan size. */
  cache: Map<string, unknown>;
}

/**
 * A rule the engine can run. YAML rules implement it in src/rules/yaml/; a Rego-backed rule
 * implements the same interface and feeds its hits through the same finding builder.
 */
export interface RuleEvaluator {
  readonly meta: RuleMeta;
  /** The rule's scope and checks in words, for `rules show` (optional for engines that cannot say). */
  explain?(): RuleExplanation;
  evaluate(plan: PlanDocument, ctx: EvaluationContext): RawHit[] | Promise<RawHit[]>;
}

/** A rule's logic in words, in both languages. */
export interface RuleExplanation {
  /** When the rule runs; absent when it always runs. */
  applies_when?: LocalizedText;
  /** Which nodes it checks and what must hold there. */
  checks: LocalizedText;
}
