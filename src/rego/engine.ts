/**
 * The public face of the Rego engine: compile modules, run queries.
 *
 *   const policy = compilePolicy([{ file: 'p.rego', source }]);
 *   const rows = evaluateQuery(policy, 'data.pkg.deny', { input });
 */
import './builtins/index.js';
import './messages.js';
import { type CompiledPolicy, compileModules, compileQuery } from './compiler/compiler.js';
import { DEFAULT_LIMITS, type EvalLimits, EvalContext, Runtime } from './eval/context.js';
import { type Env, Evaluator } from './eval/evaluator.js';
import type { Expr, Module } from './syntax/ast.js';
import { RegoError } from './syntax/errors.js';
import { parseModule, parseQuery } from './syntax/parser.js';
import { ObjectValue, type Value } from './values.js';

export type { CompiledPolicy };

export interface RegoSource {
  file: string;
  source: string;
}

/** Parses and compiles modules. Throws RegoError (a UserError) with file:row:col. */
export function compilePolicy(sources: RegoSource[]): CompiledPolicy {
  const modules: Module[] = sources.map((s) => parseModule(s.file, s.source));
  return compileModules(modules);
}

export interface QueryOptions {
  /** The input document; undefined means no input (refs to input are undefined). */
  input?: Value;
  /** Base documents (`data`), an object. */
  data?: Value;
  /** Current time for time.now_ns, in ns since the epoch (default: the real clock, read once). */
  nowNs?: bigint;
  /** Builtin errors abort evaluation instead of making the expression undefined. */
  strict?: boolean;
  limits?: Partial<EvalLimits>;
  /** Receives `print` output lines (default: discarded). */
  print?: (line: string) => void;
  /** Seed for rand.* builtins. */
  seed?: number;
  /** Tracing hook (e.g. line coverage): called with every expression before it is evaluated. */
  trace?: (expr: Expr) => void;
}

export interface ExpressionResult {
  value: Value;
  text: string;
  location: { row: number; col: number };
}

export interface QueryRow {
  expressions: ExpressionResult[];
  /** Bindings of the query's named variables (generated ones are left out). */
  bindings: Map<string, Value>;
}

/** Compiles a query text (or parsed body) against a policy. */
export function prepareQuery(policy: CompiledPolicy, query: string | Expr[]): { body: Expr[]; source: string } {
  const source = typeof query === 'string' ? query : '';
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  return { body: compileQuery(parsed, policy), source };
}

/** Runs a query and returns one row per solution. */
export function evaluateQuery(policy: CompiledPolicy, query: string | Expr[], options: QueryOptions = {}): QueryRow[] {
  const { body, source } = prepareQuery(policy, query);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const now = options.nowNs ?? BigInt(Date.now()) * 1_000_000n;
  const rt = new Runtime(policy, limits, now, options.strict ?? false, options.print ?? (() => undefined), options.seed ?? 0);
  if (options.trace) rt.trace = options.trace;
  const ctx = new EvalContext(rt, options.input, options.data ?? new ObjectValue(), [], new Map());
  const ev = new Evaluator();
  const env: Env = new Map();
  const rows: QueryRow[] = [];
  const values: Value[] = new Array(body.length);
  const run = (i: number): boolean => {
    if (i === body.length) {
      const bindings = new Map<string, Value>();
      for (const [k, v] of env) if (!k.includes('$')) bindings.set(k, v);
      rows.push({
        expressions: body.map((e, j) => ({
          value: values[j]!,
          text: source ? source.slice(e.start, e.end) : '',
          location: { row: e.loc.row, col: e.loc.col },
        })),
        bindings,
      });
      return false;
    }
    return ev.evalExpr(body[i]!, env, ctx, () => run(i + 1), (v) => {
      values[i] = v;
    });
  };
  try {
    run(0);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new RegoError('eval_limit_error', 'rego.eval_stack_limit', {});
    }
    throw e;
  }
  return rows;
}
