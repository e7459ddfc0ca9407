/**
 * Memo of function results within one `with` scope, keyed by the argument values. Scalars are
 * keyed by value, composites by identity (values are immutable, so identity implies equality;
 * equal-but-distinct composites simply miss the cache). This avoids hashing large documents
 * (a plan dataset passed to a helper function) on every call.
 */
import { keyOf, type Value } from '../values.js';

interface Node {
  result?: { value: Value | undefined };
  byKey?: Map<string, Node>;
  byRef?: WeakMap<object, Node>;
}

export class CallCache {
  private readonly roots = new Map<string, Node>();

  private walk(fn: string, args: Value[], create: boolean): Node | undefined {
    let node = this.roots.get(fn);
    if (!node) {
      if (!create) return undefined;
      node = {};
      this.roots.set(fn, node);
    }
    for (const a of args) {
      let next: Node | undefined;
      if (a !== null && typeof a === 'object') {
        next = node.byRef?.get(a);
        if (!next && create) {
          next = {};
          (node.byRef ??= new WeakMap()).set(a, next);
        }
      } else {
        const k = keyOf(a);
        next = node.byKey?.get(k);
        if (!next && create) {
          next = {};
          (node.byKey ??= new Map()).set(k, next);
        }
      }
      if (!next) return undefined;
      node = next;
    }
    return node;
  }

  get(fn: string, args: Value[]): { value: Value | undefined } | undefined {
    return this.walk(fn, args, false)?.result;
  }

  set(fn: string, args: Value[], value: Value | undefined): void {
    this.walk(fn, args, true)!.result = { value };
  }
}
