/**
 * Evaluation state. `Runtime` is shared by a whole query (policy, limits, counters, builtin
 * context); `EvalContext` is one `with` scope (input, data overrides, function replacements and
 * the memo caches that depend on them).
 */
import type { BuiltinContext } from '../builtins/registry.js';
import type { CallTarget, Expr } from '../syntax/ast.js';
import type { CompiledPolicy, RuleNode } from '../compiler/compiler.js';
import { RegoError } from '../syntax/errors.js';
import type { Value } from '../values.js';
import { CallCache } from './call-cache.js';

export interface EvalLimits {
  /** Maximum number of evaluated expressions per query. */
  maxSteps: number;
  /** Wall-clock limit per query in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: EvalLimits = { maxSteps: 50_000_000, timeoutMs: 30_000 };

/** Maximum nesting of rule and function evaluations (far above any real policy). */
export const MAX_NESTING = 200;

/** What a `with` puts in place of a function or builtin. */
export type Replacement = { kind: 'value'; value: Value } | { kind: 'call'; target: CallTarget };

export class Runtime {
  steps = 0;
  /** Current nesting of rule/function evaluations. */
  nesting = 0;
  /** Optional tracing hook (coverage): called with every expression about to be evaluated. Off by default. */
  trace: ((expr: Expr) => void) | undefined = undefined;
  readonly deadline: number;
  readonly builtinCache = new Map<string, unknown>();
  /** One context object for all builtin calls of the query (name and location set per call). */
  readonly builtinContext: { -readonly [K in keyof BuiltinContext]: BuiltinContext[K] };

  constructor(
    readonly policy: CompiledPolicy,
    readonly limits: EvalLimits,
    readonly nowNs: bigint,
    readonly strict: boolean,
    readonly print: (line: string) => void,
    readonly seed: number,
  ) {
    this.deadline = Date.now() + limits.timeoutMs;
    this.builtinContext = { nowNs, cache: this.builtinCache, strict, print, name: '', location: undefined, seed };
  }

  /** Enters a nested rule or function evaluation; throws beyond MAX_NESTING. */
  enter(): void {
    if (++this.nesting > MAX_NESTING) {
      this.nesting = 0;
      throw new RegoError('eval_limit_error', 'rego.eval_depth_limit', { limit: MAX_NESTING });
    }
  }

  leave(): void {
    if (this.nesting > 0) this.nesting--;
  }

  /** Counts one evaluation step; throws when a limit is exceeded. */
  step(): void {
    const n = ++this.steps;
    if (n > this.limits.maxSteps) throw new RegoError('eval_limit_error', 'rego.eval_step_limit', { limit: this.limits.maxSteps });
    if ((n & 1023) === 0 && Date.now() > this.deadline) throw new RegoError('eval_limit_error', 'rego.eval_time_limit', { limit: this.limits.timeoutMs });
  }
}

export const PENDING = Symbol('pending');

export class EvalContext {
  /** Rule node values (materialised virtual documents). */
  readonly nodeCache = new Map<RuleNode, Value | undefined | typeof PENDING>();
  /** Function results by path and arguments. */
  readonly callCache = new CallCache();

  constructor(
    readonly rt: Runtime,
    readonly input: Value | undefined,
    readonly data: Value,
    /** `with data.x as v` replacements, path without `data`. */
    readonly dataOverrides: { path: string[]; value: Value }[],
    /** Function path (`data.a.f`) or builtin name -> replacement. */
    readonly replacements: Map<string, Replacement>,
  ) {}

  derive(changes: {
    input?: Value | undefined;
    inputSet?: boolean;
    dataOverrides?: { path: string[]; value: Value }[];
    replacements?: Map<string, Replacement>;
  }): EvalContext {
    return new EvalContext(
      this.rt,
      changes.inputSet ? changes.input : this.input,
      this.data,
      changes.dataOverrides ?? this.dataOverrides,
      changes.replacements ?? this.replacements,
    );
  }
}
