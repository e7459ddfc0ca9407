import type { PlanDocument } from '../../plan/document.js';
import { dayNumber } from './dates.js';
import type { EvaluationContext, RawHit, RuleEvaluator, RuleExplanation, RuleMeta } from '../types.js';
import type { Condition } from './condition-types.js';
import { evaluateCondition, holds, type Scope } from './evaluate-condition.js';
import { describeCondition, show } from './describe-condition.js';
import { describeQuery } from './describe-query.js';
import { resolveField, runQuery, type CompiledQuery, type FieldRef, type Located } from './query.js';

/** A compiled YAML rule: which plans it applies to, which nodes it checks and what must hold there. */
export interface YamlRuleSpec {
  meta: RuleMeta;
  appliesWhen?: Condition;
  select: CompiledQuery;
  where?: Condition;
  require: Condition;
  /** Extra message placeholders, read from each checked node. */
  params: Record<string, FieldRef>;
}

export class YamlRule implements RuleEvaluator {
  constructor(readonly spec: YamlRuleSpec) {}

  get meta(): RuleMeta {
    return this.spec.meta;
  }

  explain(): RuleExplanation {
    const require = describeCondition(this.spec.require);
    const where = this.spec.where ? describeCondition(this.spec.where) : undefined;
    const select = this.spec.select.text;
    // The selected nodes in words ("entries in pia where …") when the query allows it, else the query itself.
    const entries = describeQuery(select)?.entries;
    const checks =
      select === '$' && !where
        ? { zh: `要求：${require.zh}`, en: `requires: ${require.en}` }
        : {
            zh: `对${entries ? `每个 ${entries.zh}` : ` ${select} 选中的每个节点`}${where ? `（仅限：${where.zh}）` : ''}，要求：${require.zh}`,
            en: `for each ${entries ? `of the ${entries.en}` : `node of ${select}`}${where ? ` (only where ${where.en})` : ''}, requires: ${require.en}`,
          };
    return this.spec.appliesWhen ? { applies_when: describeCondition(this.spec.appliesWhen), checks } : { checks };
  }

  /**
   * One pass over the nodes `select` matches (the query runs once per plan); per node, the
   * `where` filter and the `require` condition. Each failing part becomes one hit; two nodes
   * blaming the same pointer (e.g. two transfers naming one incomplete recipient) give one hit.
   */
  evaluate(plan: PlanDocument, ctx: EvaluationContext): RawHit[] {
    const root: Located = { value: plan.data, pointer: '' };
    const today = dayNumber(ctx.today);
    if (today === undefined) throw new Error(`evaluation date is not an ISO date: ${ctx.today}`);
    const rootScope: Scope = { root, current: root, ctx, today };
    if (this.spec.appliesWhen && !holds(this.spec.appliesWhen, rootScope)) return [];
    const hits: RawHit[] = [];
    const seen = new Set<string>();
    for (const node of runQuery(this.spec.select, root)) {
      const scope: Scope = { ...rootScope, current: node };
      if (this.spec.where && !holds(this.spec.where, scope)) continue;
      const outcome = evaluateCondition(this.spec.require, scope);
      if (outcome.ok) continue;
      const extra: Record<string, unknown> = { node: node.pointer };
      for (const [name, ref] of Object.entries(this.spec.params)) {
        const value = resolveField(ref, root, node).value;
        extra[name] = value === undefined ? undefined : show(value);
      }
      for (const failure of outcome.failures) {
        if (seen.has(failure.pointer)) continue;
        seen.add(failure.pointer);
        hits.push({ pointer: failure.pointer, params: { ...failure.params, ...extra } });
      }
    }
    return hits;
  }
}
