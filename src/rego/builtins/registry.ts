/**
 * The builtin function registry. Each builtin family (`src/rego/builtins/<family>.ts`) calls
 * `registerBuiltin` at module load; `src/rego/builtins/index.ts` imports every family.
 *
 * An implementation receives its evaluated arguments (always ground values) and a context, and
 * returns a Value, or `undefined` for an undefined result. To signal an error it throws a
 * `BuiltinError` (use the helpers `typeError` / `builtinError` / `expect*`). The evaluator turns
 * an error into "undefined" unless the query runs in strict mode, where it aborts evaluation with
 * `<file>:<row>: <code>: <builtin name>: <message>` like OPA.
 */
import { type Value, typeName, isNumber, ObjectValue, SetValue } from '../values.js';
import type { RegoNumber } from '../numbers.js';

export type BuiltinErrorCode = 'eval_type_error' | 'eval_builtin_error';

/**
 * An error raised by a builtin. `message` must NOT start with the builtin name: the evaluator adds
 * it (`count: operand 1 must be ...`). Use `code` `eval_type_error` for wrong argument types and
 * `eval_builtin_error` for everything else (bad formats, out-of-range...).
 */
export class BuiltinError extends Error {
  constructor(
    readonly code: BuiltinErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BuiltinError';
  }
}

/** What a builtin may know about the query it runs in. */
export interface BuiltinContext {
  /** The query's "current time" in nanoseconds since the epoch (fixed per query, from `--now`). */
  readonly nowNs: bigint;
  /** A cache shared by all builtin calls of one query (key it by builtin name). */
  readonly cache: Map<string, unknown>;
  /** True when builtin errors abort evaluation. */
  readonly strict: boolean;
  /** Writes one line of `print` output. */
  readonly print: (line: string) => void;
  /** Name of the builtin being called. */
  readonly name: string;
  /** Where the call is in the policy. */
  readonly location?: { file: string; row: number; col: number };
  /** A random seed for the query (rand.intn etc. are deterministic per query & seed). */
  readonly seed: number;
}

export type BuiltinImpl = (args: Value[], ctx: BuiltinContext) => Value | undefined;

export interface BuiltinOptions {
  /** Number of arguments (not counting the output). Checked by the compiler when given. */
  arity?: number;
  /** Extra arities accepted (e.g. `print` is variadic: set `variadic`). */
  variadic?: boolean;
  /** True when the result depends on more than the arguments (time, rand): never cached. */
  nondeterministic?: boolean;
  /** True for relations (`internal.member_2` style builtins that may return several results). */
  relation?: boolean;
}

export interface BuiltinDefinition extends BuiltinOptions {
  name: string;
  impl: BuiltinImpl;
}

const registry = new Map<string, BuiltinDefinition>();

/** Registers (or replaces) a builtin. `name` is the dotted Rego name, e.g. `strings.replace_n`. */
export function registerBuiltin(name: string, impl: BuiltinImpl, options: BuiltinOptions = {}): void {
  registry.set(name, { name, impl, ...options });
}

/** The builtin of that name, if any. */
export function getBuiltin(name: string): BuiltinDefinition | undefined {
  return registry.get(name);
}

export function hasBuiltin(name: string): boolean {
  return registry.has(name);
}

/** Names of all registered builtins, sorted. */
export function builtinNames(): string[] {
  return [...registry.keys()].sort();
}

/**
 * Builtins that would reach outside the sandbox (network, file system, environment). They are
 * refused by the evaluator with the `rego.sandbox_refused` error even if some module registers
 * them.
 */
export const SANDBOX_REFUSED: ReadonlySet<string> = new Set([
  'http.send',
  'net.lookup_ip_addr',
  'providers.aws.sign_req',
  'opa.runtime',
  'io.jwt.decode_verify_remote',
]);

// ---------------------------------------------------------------------------------------------
// Helpers for implementations

/** `operand N must be <expected> but got <actual type>` as an eval_type_error. */
export function typeError(position: number, expected: string, got: Value): BuiltinError {
  return new BuiltinError('eval_type_error', `operand ${position} must be ${expected} but got ${typeName(got)}`);
}

/** An eval_builtin_error with the given message. */
export function builtinError(message: string): BuiltinError {
  return new BuiltinError('eval_builtin_error', message);
}

/** The argument at 0-based `index` as a string, or a type error naming operand index+1. */
export function expectString(args: Value[], index: number): string {
  const v = args[index]!;
  if (typeof v !== 'string') throw typeError(index + 1, 'string', v);
  return v;
}

export function expectNumber(args: Value[], index: number): RegoNumber {
  const v = args[index]!;
  if (!isNumber(v)) throw typeError(index + 1, 'number', v);
  return v;
}

export function expectBoolean(args: Value[], index: number): boolean {
  const v = args[index]!;
  if (typeof v !== 'boolean') throw typeError(index + 1, 'boolean', v);
  return v;
}

export function expectArray(args: Value[], index: number): Value[] {
  const v = args[index]!;
  if (!Array.isArray(v)) throw typeError(index + 1, 'array', v);
  return v;
}

export function expectObject(args: Value[], index: number): ObjectValue {
  const v = args[index]!;
  if (!(v instanceof ObjectValue)) throw typeError(index + 1, 'object', v);
  return v;
}

export function expectSet(args: Value[], index: number): SetValue {
  const v = args[index]!;
  if (!(v instanceof SetValue)) throw typeError(index + 1, 'set', v);
  return v;
}

/** An integer argument as a JS number (type error if not a number, builtin error if fractional). */
export function expectInteger(args: Value[], index: number): number {
  const v = expectNumber(args, index);
  if (typeof v === 'bigint') return Number(v);
  if (!Number.isInteger(v)) throw builtinError(`operand ${index + 1} must be integer number but got floating-point number`);
  return v;
}
