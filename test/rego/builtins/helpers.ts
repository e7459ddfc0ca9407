/** Calls registered builtins directly, with a fixed context, for the builtin family tests. */
import { getBuiltin, BuiltinError, type BuiltinContext } from '../../../src/rego/builtins/registry.js';
import { type Value, fromJSON, toJSON } from '../../../src/rego/values.js';

export function context(name: string, overrides: Partial<BuiltinContext> = {}): BuiltinContext {
  return {
    nowNs: 1_700_000_000_000_000_000n,
    cache: new Map(),
    strict: true,
    print: () => undefined,
    name,
    seed: 42,
    ...overrides,
  };
}

/** Calls builtin `name` with Rego values; returns its result (undefined = undefined). */
export function callValue(name: string, args: Value[], ctx?: BuiltinContext): Value | undefined {
  const def = getBuiltin(name);
  if (!def) throw new Error(`builtin not registered: ${name}`);
  return def.impl(args, ctx ?? context(name));
}

/** Calls builtin `name` with JSON arguments and returns the JSON rendering of the result. */
export function call(name: string, ...args: unknown[]): unknown {
  const result = callValue(name, args.map((a) => fromJSON(a)));
  return result === undefined ? undefined : toJSON(result);
}

/** The BuiltinError thrown by the call (fails the test when nothing is thrown). */
export function callError(name: string, ...args: unknown[]): BuiltinError {
  try {
    callValue(name, args.map((a) => fromJSON(a)));
  } catch (e) {
    if (e instanceof BuiltinError) return e;
    throw e;
  }
  throw new Error(`expected ${name} to throw`);
}

export function callValueError(name: string, args: Value[]): BuiltinError {
  try {
    callValue(name, args);
  } catch (e) {
    if (e instanceof BuiltinError) return e;
    throw e;
  }
  throw new Error(`expected ${name} to throw`);
}
