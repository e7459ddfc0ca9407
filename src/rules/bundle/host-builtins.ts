import '../../rego/builtins/index.js';
import { getBuiltin } from '../../rego/builtins/registry.js';
import { fromJSON, toJSON, type Value } from '../../rego/values.js';

/**
 * Builtins a wasm policy calls on the host (those OPA does not compile into wasm: `time.*`,
 * `sprintf`...), answered by the embedded engine's implementations so that both engines agree.
 * `time.now_ns()` is the lint date, set before each evaluation.
 */
export class HostBuiltins {
  nowNs = 0n;
  private readonly cache = new Map<string, unknown>();

  /** The `customBuiltins` object for `loadPolicy`: any name the embedded engine knows. */
  readonly table: Record<string, (...args: unknown[]) => unknown> = new Proxy({} as Record<string, (...args: unknown[]) => unknown>, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      const definition = getBuiltin(name);
      if (!definition) return undefined;
      return (...args: unknown[]) => {
        const context = { nowNs: this.nowNs, cache: this.cache, strict: false, print: () => undefined, name, location: undefined, seed: 0 };
        const result = definition.impl(args.map((arg) => fromJSON(arg) as Value), context);
        return result === undefined ? undefined : jsonSafe(toJSON(result));
      };
    },
  });
}

/** wasm takes its values as JSON text: bigints become numbers. */
function jsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  return value;
}
