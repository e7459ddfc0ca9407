import { UserError } from '../../errors/user-error.js';
import { compareText } from '../../findings/sort.js';
import type { LocalizedText } from '../../i18n/lang.js';
import type { PlanDocument } from '../../plan/document.js';
import { type DenyResult, readDenyResult, toRawHit } from '../rego/finding-value.js';
import { readRuleMetadata } from '../rego/metadata.js';
import { categoryOfSegment } from '../rego/package-category.js';
import { nowNsForDay } from '../rego/clock.js';
import type { EvaluationContext, RawHit, RuleEvaluator, RuleMeta } from '../types.js';
import { HostBuiltins } from './host-builtins.js';
import type { Bundle } from './read-bundle.js';
import './messages.js';

/** The subset of opa-wasm's LoadedPolicy we use. */
interface LoadedWasm {
  entrypoints: Record<string, number>;
  setData(data: unknown): void;
  evaluate(input: unknown, entrypoint: number | string): unknown;
}

const ENTRYPOINT = /^pipl\/([^/]+)(\/[^/]+)*\/deny$/;
/** Keys OPA adds to annotations in JSON form; not part of the METADATA an author writes. */
const OPA_JSON_KEYS = ['location', 'path'];

/**
 * The rules of a compiled bundle: one evaluator per `pipl/<category>/.../deny` entrypoint, its
 * results attributed by `rule_id` like the embedded engine's. Rule metadata comes from the
 * manifest's annotations (with `custom.id`) or, when the bundle carries none, from the loaded
 * Rego rules of the same category (the sources the bundle was built from).
 */
export async function loadBundleRules(bundle: Bundle, catalogue: RuleEvaluator[]): Promise<RuleEvaluator[]> {
  const { loadPolicy } = await import('@open-policy-agent/opa-wasm');
  const rules: RuleEvaluator[] = [];
  for (const wasm of bundle.wasm) {
    const host = new HostBuiltins();
    let loaded: LoadedWasm;
    try {
      loaded = (await loadPolicy(wasm.bytes as Uint8Array<ArrayBuffer>, undefined, host.table)) as unknown as LoadedWasm;
      if (bundle.data !== undefined) loaded.setData(bundle.data);
    } catch (error) {
      throw new UserError('bundle.bad_wasm', { file: bundle.file, module: wasm.module, detail: describe(error) }, { file: bundle.file });
    }
    const names = Object.keys(loaded.entrypoints ?? {}).sort(compareText);
    const entrypoints = names.filter((name) => ENTRYPOINT.test(name));
    if (entrypoints.length === 0) throw new UserError('bundle.no_entrypoint', { file: bundle.file, found: names.join(', ') || '-' }, { file: bundle.file });
    for (const entrypoint of entrypoints) {
      const category = categoryOfSegment(ENTRYPOINT.exec(entrypoint)![1]!);
      if (!category) throw new UserError('bundle.not_a_category', { file: bundle.file, entrypoint }, { file: bundle.file });
      const annotations = wasm.resolvers.find((r) => r.entrypoint === entrypoint)?.annotations ?? [];
      let metas = annotations
        .filter((a) => a && typeof a === 'object' && typeof (a.custom as { id?: unknown } | undefined)?.id === 'string')
        .map((a) => {
          const raw = Object.fromEntries(Object.entries(a).filter(([key]) => !OPA_JSON_KEYS.includes(key)));
          return readRuleMetadata({ file: bundle.file, source: '' }, { raw, loc: { file: bundle.file, row: 0, col: 0 } }, category, entrypoint);
        });
      if (metas.length === 0) {
        metas = catalogue
          .filter((rule) => rule.meta.engine === 'rego' && rule.meta.category === category)
          .map((rule) => ({ meta: rule.meta, messages: messagesOf(rule) }));
      }
      if (metas.length === 0) throw new UserError('bundle.no_metadata', { entrypoint }, { file: bundle.file });
      const evaluation = new EntrypointEvaluation(bundle.file, entrypoint, loaded, host, new Set(metas.map((m) => m.meta.id)));
      for (const meta of metas) rules.push(new BundleRule({ ...meta.meta, source: meta.meta.source }, meta.messages, evaluation));
    }
  }
  return rules;
}

/** The messages of a Rego rule of the catalogue (for message_id), when it exposes them. */
function messagesOf(rule: RuleEvaluator): Record<string, LocalizedText> {
  const withMessages = rule as RuleEvaluator & { messages?: Record<string, LocalizedText> };
  return withMessages.messages ?? {};
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

class EntrypointEvaluation {
  private readonly cacheKey: string;
  constructor(
    readonly file: string,
    readonly entrypoint: string,
    private readonly loaded: LoadedWasm,
    private readonly host: HostBuiltins,
    private readonly ruleIds: Set<string>,
  ) {
    this.cacheKey = `bundle:${file}:${entrypoint}`;
  }

  resultsFor(ruleId: string, plan: PlanDocument, ctx: EvaluationContext): DenyResult[] {
    let byRule = ctx.cache.get(this.cacheKey) as Map<string, DenyResult[]> | undefined;
    if (!byRule) {
      byRule = this.evaluate(plan, ctx);
      ctx.cache.set(this.cacheKey, byRule);
    }
    return byRule.get(ruleId) ?? [];
  }

  private evaluate(plan: PlanDocument, ctx: EvaluationContext): Map<string, DenyResult[]> {
    this.host.nowNs = nowNsForDay(ctx.today);
    let resultSet: unknown;
    try {
      resultSet = this.loaded.evaluate(plan.data, this.entrypoint);
    } catch (error) {
      throw new UserError('bundle.eval_failed', { file: this.file, entrypoint: this.entrypoint, detail: describe(error) }, { file: this.file });
    }
    const value = Array.isArray(resultSet) ? (resultSet[0] as { result?: unknown } | undefined)?.result : undefined;
    const byRule = new Map<string, DenyResult[]>();
    if (value === undefined) return byRule;
    if (!Array.isArray(value)) {
      throw new UserError('bundle.eval_failed', { file: this.file, entrypoint: this.entrypoint, detail: 'deny is not a set' }, { file: this.file });
    }
    for (const element of value) {
      const result = readDenyResult(element, this.entrypoint, this.file);
      if (!this.ruleIds.has(result.rule_id)) {
        throw new UserError('rego_policy.unknown_rule_id', { id: result.rule_id, package: this.entrypoint, allowed: [...this.ruleIds].sort().join(', ') }, { file: this.file });
      }
      const list = byRule.get(result.rule_id) ?? [];
      list.push(result);
      byRule.set(result.rule_id, list);
    }
    return byRule;
  }
}

/** A rule evaluated by OPA's wasm build of the policy. */
class BundleRule implements RuleEvaluator {
  constructor(
    readonly meta: RuleMeta,
    readonly messages: Record<string, LocalizedText>,
    private readonly evaluation: EntrypointEvaluation,
  ) {}

  evaluate(plan: PlanDocument, ctx: EvaluationContext): RawHit[] {
    return this.evaluation.resultsFor(this.meta.id, plan, ctx).map((result) => {
      const text = result.message_id === undefined ? undefined : this.messages[result.message_id];
      if (result.message_id !== undefined && !text) {
        throw new UserError(
          'rego_policy.unknown_message_id',
          { id: result.message_id, rule: this.meta.id, allowed: Object.keys(this.messages).sort().join(', ') || '-' },
          { file: this.evaluation.file },
        );
      }
      return toRawHit(result, text);
    });
  }
}
