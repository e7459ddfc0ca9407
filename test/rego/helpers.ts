import { compilePolicy, evaluateQuery, type QueryOptions } from '../../src/rego/engine.js';
import { RegoError } from '../../src/rego/syntax/errors.js';
import { toJSON, valueToJSONText, type Value } from '../../src/rego/values.js';

/** Compiles one module (file `test.rego`) and returns the JSON of each row's bindings. */
export function run(source: string | string[], query: string, options: QueryOptions = {}): Record<string, unknown>[] {
  const sources = (Array.isArray(source) ? source : [source]).map((s, i) => ({ file: `test-${i}.rego`, source: s }));
  const policy = compilePolicy(sources);
  return evaluateQuery(policy, query, options).map((row) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of row.bindings) out[k] = toJSON(v);
    return out;
  });
}

/** The single value bound to `x` by `query`, as JSON text (undefined when there is no row). */
export function valueOf(source: string | string[], query: string, options: QueryOptions = {}): string | undefined {
  const sources = (Array.isArray(source) ? source : [source]).map((s, i) => ({ file: `test-${i}.rego`, source: s }));
  const rows = evaluateQuery(compilePolicy(sources), query, options);
  if (rows.length === 0) return undefined;
  if (rows.length > 1) throw new Error(`expected one row, got ${rows.length}`);
  const v: Value | undefined = rows[0]!.bindings.get('x');
  return v === undefined ? undefined : valueToJSONText(v);
}

/** Runs `fn` and returns the RegoError it throws (fails the test when it does not throw one). */
export function regoError(fn: () => unknown): RegoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RegoError) return e;
    throw e;
  }
  throw new Error('expected a RegoError, nothing was thrown');
}
