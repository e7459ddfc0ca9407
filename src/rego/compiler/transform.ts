/** A generic bottom-up rewrite of every term inside expressions (bodies, comprehensions, every, with). */
import type { Expr, Term } from '../syntax/ast.js';
import { ObjectValue, SetValue, equal, type Value } from '../values.js';

export type TermRewrite = (t: Term) => Term;

export function rewriteTerm(t: Term, f: TermRewrite): Term {
  let out: Term;
  switch (t.type) {
    case 'scalar':
    case 'var':
      out = t;
      break;
    case 'ref':
      out = { ...t, head: rewriteTerm(t.head, f), path: t.path.map((p) => rewriteTerm(p, f)) };
      break;
    case 'array':
    case 'set':
      out = { ...t, items: t.items.map((x) => rewriteTerm(x, f)) };
      break;
    case 'object':
      out = { ...t, items: t.items.map(([k, v]) => [rewriteTerm(k, f), rewriteTerm(v, f)] as [Term, Term]) };
      break;
    case 'arraycompr':
    case 'setcompr':
      out = { ...t, head: rewriteTerm(t.head, f), body: t.body.map((e) => rewriteExpr(e, f)) };
      break;
    case 'objectcompr':
      out = { ...t, key: rewriteTerm(t.key, f), value: rewriteTerm(t.value, f), body: t.body.map((e) => rewriteExpr(e, f)) };
      break;
    case 'call':
      out = { ...t, args: t.args.map((a) => rewriteTerm(a, f)) };
      break;
    case 'template':
      out = { ...t, parts: t.parts.map((p) => (typeof p === 'string' ? p : rewriteExpr(p, f))) };
      break;
  }
  return f(out);
}

export function rewriteExpr(e: Expr, f: TermRewrite): Expr {
  const w = e.with.map((m) => ({ ...m, value: rewriteTerm(m.value, f) }));
  switch (e.kind) {
    case 'term':
      return { ...e, with: w, term: rewriteTerm(e.term, f) };
    case 'unify':
      return { ...e, with: w, left: rewriteTerm(e.left, f), right: rewriteTerm(e.right, f) };
    case 'some':
      return { ...e, with: w };
    case 'somein':
      return { ...e, with: w, key: e.key && rewriteTerm(e.key, f), value: rewriteTerm(e.value, f), collection: rewriteTerm(e.collection, f) };
    case 'every':
      return {
        ...e,
        with: w,
        key: e.key && rewriteTerm(e.key, f),
        value: rewriteTerm(e.value, f),
        collection: rewriteTerm(e.collection, f),
        body: e.body.map((b) => rewriteExpr(b, f)),
      };
  }
}

/**
 * Constant folding: an array, set or object literal made only of constants becomes one constant
 * value, built once at compile time instead of at every evaluation (`x in {"a", "b"}`).
 */
export const foldConstants: TermRewrite = (t) => {
  if (t.type === 'array' && t.items.every((x) => x.type === 'scalar')) {
    return { type: 'scalar', value: t.items.map((x) => (x as { value: Value }).value), loc: t.loc };
  }
  if (t.type === 'set' && t.items.every((x) => x.type === 'scalar')) {
    return { type: 'scalar', value: SetValue.from(t.items.map((x) => (x as { value: Value }).value)), loc: t.loc };
  }
  if (t.type === 'object' && t.items.every(([k, v]) => k.type === 'scalar' && v.type === 'scalar')) {
    const o = new ObjectValue();
    for (const [k, v] of t.items) {
      const key = (k as { value: Value }).value;
      const val = (v as { value: Value }).value;
      const prev = o.get(key);
      if (prev !== undefined && !equal(prev, val)) return t;
      o.set(key, val);
    }
    return { type: 'scalar', value: o, loc: t.loc };
  }
  return t;
};
