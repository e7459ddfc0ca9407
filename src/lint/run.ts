import { UserError, UserErrors } from '../errors/user-error.js';
import { buildFinding } from '../findings/build.js';
import { compareText, sortFindings } from '../findings/sort.js';
import type { FailOn } from '../findings/summary.js';
import type { Finding, Severity } from '../findings/types.js';
import { hasMessage } from '../i18n/catalog.js';
import type { LocalizedText } from '../i18n/lang.js';
import type { PlanDocument } from '../plan/document.js';
import { loadPlanFile } from '../plan/load.js';
import type { LintRun, StaleBaselineEntry, WaiverNotice } from '../reports/model.js';
import { toolVersion } from '../cli/version.js';
import { todayUtc } from '../rules/yaml/dates.js';
import { loadRuleset, type Ruleset } from '../rules/ruleset.js';
import type { EvaluationContext, RuleEvaluator, RuleMeta } from '../rules/types.js';
import './messages.js';

/** A schema or reference problem of a plan (the shape `validatePlan` returns). */
export interface PlanProblem {
  messageId: string;
  params: Record<string, unknown>;
  text: LocalizedText;
  file: string;
  line: number;
  column: number;
  pointer: string;
}

/** What waivers, baselines and similar post-processing steps receive and return. */
export interface FindingsState {
  findings: Finding[];
  waiver_notices: WaiverNotice[];
  stale_baseline: StaleBaselineEntry[];
  plans: PlanDocument[];
  /** The evaluation date, `YYYY-MM-DD` (for waiver expiry). */
  today: string;
}

/** A post-processing step (waivers, baseline...): runs after all rules, in the order given. */
export type FindingsTransform = (state: FindingsState) => FindingsState | Promise<FindingsState>;

export interface LintOptions {
  /** Plan files (the report lists them sorted by file name). */
  plans: string[];
  /** Extra policy folders (`--policies`, repeatable). */
  policyDirs?: string[];
  /** Load the shipped `policies/` (default true). */
  includeShipped?: boolean;
  /** A ruleset already loaded (tests, `policy test`); `policyDirs`/`includeShipped` are then ignored. */
  ruleset?: Ruleset;
  /** `--now`: a fixed clock as an ISO date (YYYY-MM-DD or timestamp). */
  now?: string;
  /** Used only without `now`, for today's date (tests inject it). */
  clock?: () => number;
  failOn?: FailOn;
  /** Config/profile rule settings: `off` drops a rule, a severity overrides its default. */
  ruleSettings?: Record<string, 'off' | Severity>;
  /** Profile selection: when given, only these rule ids run. */
  onlyRules?: string[];
  /** Waivers, baseline... applied in order after the rules ran. */
  transforms?: FindingsTransform[];
  /**
   * Schema validation of each plan; problems make the run fail (exit 2). Default: the shipped plan
   * schema (`src/plan/validate.ts`); `false` skips it (rule fixtures that are deliberately partial).
   */
  validatePlan?: ((doc: PlanDocument) => PlanProblem[]) | false;
  cwd?: string;
  maxPlanBytes?: number;
}

/**
 * The lint pipeline, shared by `lint` and `assess`: load the rules and the plans, validate each
 * plan, run every rule once per plan, build and sort the findings, apply transforms. No printing
 * and no exit codes here. Bad input (an unreadable or invalid plan, a broken rule) throws UserError.
 */
export async function runLint(options: LintOptions): Promise<LintRun> {
  const ruleset =
    options.ruleset ??
    (await loadRuleset({
      ...(options.policyDirs ? { policyDirs: options.policyDirs } : {}),
      ...(options.includeShipped === undefined ? {} : { includeShipped: options.includeShipped }),
      ...(options.cwd ? { cwd: options.cwd } : {}),
    }));
  const rules = selectRules(ruleset.rules, options);
  const today = options.now ? options.now.slice(0, 10) : todayUtc(options.clock);

  const plans = options.plans.map((file) => loadPlanFile(file, options.maxPlanBytes === undefined ? {} : { maxBytes: options.maxPlanBytes }));
  if (options.validatePlan !== false) {
    const validate = options.validatePlan ?? (await import('../plan/validate.js')).validatePlan;
    const problems = plans.flatMap((plan) => validate(plan));
    if (problems.length > 0) throw new UserErrors(problems.map(problemToError));
  }

  let findings: Finding[] = [];
  for (const plan of plans) findings.push(...(await lintPlan(plan, rules, today)));
  let state: FindingsState = { findings, waiver_notices: [], stale_baseline: [], plans, today };
  for (const transform of options.transforms ?? []) state = await transform(state);
  findings = sortFindings(state.findings);

  return {
    tool: { name: 'pipl-guard', version: toolVersion() },
    ruleset: { revision: ruleset.revision, sha256: ruleset.sha256 },
    plans: plans.map((plan) => ({ file: plan.file, sha256: plan.sha256 })).sort((a, b) => compareText(a.file, b.file)),
    rules: rules.map((rule) => rule.meta),
    findings,
    ...(options.now ? { now: options.now } : {}),
    fail_on: options.failOn ?? 'high',
    waiver_notices: state.waiver_notices,
    stale_baseline: state.stale_baseline,
  };
}

/** Runs rules against one loaded plan: one evaluation context (shared indexes) per plan. */
export async function lintPlan(plan: PlanDocument, rules: RuleEvaluator[], today: string): Promise<Finding[]> {
  const ctx: EvaluationContext = { today, cache: new Map() };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const hits = await rule.evaluate(plan, ctx);
    for (const hit of hits) findings.push(buildFinding(rule.meta, hit, plan));
  }
  return findings;
}

/** Applies profile selection and config settings; a severity override yields a rule with changed metadata. */
export function selectRules(rules: RuleEvaluator[], options: Pick<LintOptions, 'ruleSettings' | 'onlyRules'>): RuleEvaluator[] {
  const only = options.onlyRules ? new Set(options.onlyRules) : undefined;
  const out: RuleEvaluator[] = [];
  for (const rule of rules) {
    if (only && !only.has(rule.meta.id)) continue;
    const setting = options.ruleSettings?.[rule.meta.id];
    if (setting === 'off') continue;
    out.push(setting && setting !== rule.meta.severity ? withSeverity(rule, setting) : rule);
  }
  return out;
}

function withSeverity(rule: RuleEvaluator, severity: Severity): RuleEvaluator {
  const meta: RuleMeta = { ...rule.meta, severity };
  const overridden: RuleEvaluator = { meta, evaluate: (plan, ctx) => rule.evaluate(plan, ctx) };
  if (rule.explain) overridden.explain = () => rule.explain!();
  return overridden;
}

function problemToError(problem: PlanProblem): UserError {
  const location = { file: problem.file, line: problem.line, column: problem.column, pointer: problem.pointer };
  if (hasMessage(problem.messageId)) return new UserError(problem.messageId, problem.params, location);
  return new UserError('lint.plan_problem', { detail_zh: problem.text.zh, detail_en: problem.text.en }, location);
}
