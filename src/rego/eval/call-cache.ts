/**
 * Memo of function results within one `with` scope. Only calls whose arguments are all scalars
 * are remembered (key: function path + argument keys): those are the calls that repeat (helpers
 * called with a code, a category, a number). Calls with composite arguments (a plan dataset) are
 * usually made once per argument, so hashing or remembering them would only cost time and memory.
 */
import { keyOf, type Value } from '../values.js';

export class CallCache {
  private readonly map = new Map<string, Value | undefined>();

  private static key(fn: string, args: Value[]): string | undefined {
    let key = fn;
    for (const a of args) {
      if (a !== null && typeof a === 'object') return undefined;
      const k = keyOf(a);
      key += `\u0001${k.length}:${k}`;
    }
    return key;
  }

  get(fn: string, args: Value[]): { value: Value | undefined } | undefined {
    const key = CallCache.key(fn, args);
    if (key === undefined || !this.map.has(key)) return undefined;
    return { value: this.map.get(key) };
  }

  set(fn: string, args: Value[], value: Value | undefined): void {
    const key = CallCache.key(fn, args);
    if (key !== undefined) this.map.set(key, value);
  }
}
