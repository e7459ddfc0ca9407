import { UserError } from '../../errors/user-error.js';
import type { PlanDocument } from '../../plan/document.js';
import { type CompiledPolicy, evaluateQuery } from '../../rego/engine.js';
import type { EvalLimits } from '../../rego/eval/context.js';
import { RegoError } from '../../rego/syntax/errors.js';
import { SetValue, fromJSON, toJSON, type Value } from '../../rego/values.js';
import type { EvaluationContext } from '../types.js';
import { nowNsForDay } from './clock.js';
import { type DenyResult, readDenyResult } from './finding-value.js';
import { dataRef } from './package-category.js';
import './messages.js';

let nextPolicyId = 0;

/**
 * The `deny` set of one rule package, evaluated once per plan and shared by the package's rules
 * (each rule keeps the results that carry its id). The plan is `input`; `time.now_ns()` is the
 * lint date at midnight UTC.
 */
export class PackageEvaluation {
  private readonly cacheKey: string;
  readonly query: string;

  constructor(
    private readonly policy: CompiledPolicy,
    readonly packagePath: string[],
    /** The files that define the package's deny rules (for error messages). */
    readonly files: string[],
    /** Rule ids the package's METADATA declares. */
    readonly ruleIds: Set<string>,
    private readonly limits: Partial<EvalLimits> = {},
  ) {
    this.query = dataRef([...packagePath, 'deny']);
    this.cacheKey = `rego:${nextPolicyId++}:${this.query}`;
  }

  get packageName(): string {
    return this.packagePath.join('.');
  }

  /** The results for one rule id on this plan. */
  resultsFor(ruleId: string, plan: PlanDocument, ctx: EvaluationContext): DenyResult[] {
    let byRule = ctx.cache.get(this.cacheKey) as Map<string, DenyResult[]> | undefined;
    if (!byRule) {
      byRule = this.evaluate(plan, ctx);
      ctx.cache.set(this.cacheKey, byRule);
    }
    return byRule.get(ruleId) ?? [];
  }

  private evaluate(plan: PlanDocument, ctx: EvaluationContext): Map<string, DenyResult[]> {
    let input = ctx.cache.get('rego:input') as Value | undefined;
    if (input === undefined) {
      input = fromJSON(plan.data);
      ctx.cache.set('rego:input', input);
    }
    let value: Value | undefined;
    try {
      const rows = evaluateQuery(this.policy, this.query, { input, nowNs: nowNsForDay(ctx.today), limits: this.limits });
      value = rows[0]?.expressions[0]?.value;
    } catch (error) {
      if (!(error instanceof RegoError)) throw error;
      const id = error.code === 'eval_limit_error' ? 'rego_policy.eval_limit' : 'rego_policy.eval_error';
      const location = error.where && error.where.row > 0 ? { file: error.where.file, line: error.where.row, column: error.where.col } : { file: this.files[0]! };
      throw new UserError(id, { package: this.packageName, files: this.files.join(', '), detail_zh: error.text.zh, detail_en: error.text.en }, location);
    }
    const byRule = new Map<string, DenyResult[]>();
    if (value === undefined) return byRule;
    if (!(value instanceof SetValue)) {
      throw new UserError('rego_policy.bad_finding', { package: this.packageName, value: String(toJSON(value)), detail_zh: 'deny 必须是集合', detail_en: 'deny must be a set' }, { file: this.files[0]! });
    }
    for (const element of value) {
      const result = readDenyResult(toJSON(element), this.packageName, this.files[0]!);
      if (!this.ruleIds.has(result.rule_id)) {
        throw new UserError(
          'rego_policy.unknown_rule_id',
          { id: result.rule_id, package: this.packageName, allowed: [...this.ruleIds].sort().join(', ') },
          { file: this.files[0]! },
        );
      }
      const list = byRule.get(result.rule_id) ?? [];
      list.push(result);
      byRule.set(result.rule_id, list);
    }
    return byRule;
  }
}
