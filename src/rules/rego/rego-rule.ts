import { UserError } from '../../errors/user-error.js';
import type { LocalizedText } from '../../i18n/lang.js';
import type { PlanDocument } from '../../plan/document.js';
import type { EvaluationContext, RawHit, RuleEvaluator, RuleMeta } from '../types.js';
import { toRawHit } from './finding-value.js';
import type { PackageEvaluation } from './package-evaluation.js';
import './messages.js';

/** A rule written in Rego: the results of its package's `deny` set that carry its id. */
export class RegoRule implements RuleEvaluator {
  constructor(
    readonly meta: RuleMeta,
    /** `custom.messages` (also read by `lint --bundle` for the same rule). */
    readonly messages: Record<string, LocalizedText>,
    private readonly pkg: PackageEvaluation,
  ) {}

  evaluate(plan: PlanDocument, ctx: EvaluationContext): RawHit[] {
    return this.pkg.resultsFor(this.meta.id, plan, ctx).map((result) => {
      if (result.message_id === undefined) return toRawHit(result, undefined);
      const text = this.messages[result.message_id];
      if (!text) {
        throw new UserError(
          'rego_policy.unknown_message_id',
          { id: result.message_id, rule: this.meta.id, allowed: Object.keys(this.messages).sort().join(', ') || '-' },
          { file: this.meta.source.file, line: this.meta.source.line, column: 1 },
        );
      }
      return toRawHit(result, text);
    });
  }
}
