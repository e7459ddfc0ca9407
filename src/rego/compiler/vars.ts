/**
 * Variable helpers over the AST: which variables a term or expression mentions, and which
 * names are reserved roots.
 */
import type { Expr, Term } from '../syntax/ast.js';

/** Roots that are always defined (never "unsafe"). */
export const ROOT_VARS = new Set(['data', 'input']);

/** Display name of a (possibly renamed) variable: `x$3` -> `x`, wildcards -> `_`. */
export function displayVar(name: string): string {
  if (name.startsWith('$_')) return '_';
  const i = name.indexOf('$');
  return i > 0 ? name.slice(0, i) : name;
}

/** Adds every variable mentioned in the term (deep, including comprehension bodies) to `out`. */
export function termVars(t: Term, out: Set<string>, shallow = false): Set<string> {
  switch (t.type) {
    case 'scalar':
      break;
    case 'var':
      if (!ROOT_VARS.has(t.name)) out.add(t.name);
      break;
    case 'ref':
      termVars(t.head, out, shallow);
      for (const p of t.path) termVars(p, out, shallow);
      break;
    case 'array':
    case 'set':
      for (const x of t.items) termVars(x, out, shallow);
      break;
    case 'object':
      for (const [k, v] of t.items) {
        termVars(k, out, shallow);
        termVars(v, out, shallow);
      }
      break;
    case 'arraycompr':
    case 'setcompr':
      if (shallow) break;
      termVars(t.head, out);
      for (const e of t.body) exprVars(e, out);
      break;
    case 'objectcompr':
      if (shallow) break;
      termVars(t.key, out);
      termVars(t.value, out);
      for (const e of t.body) exprVars(e, out);
      break;
    case 'call':
      for (const a of t.args) termVars(a, out, shallow);
      break;
    case 'template':
      for (const p of t.parts) if (typeof p !== 'string') exprVars(p, out, shallow);
      break;
  }
  return out;
}

/** Adds every variable mentioned in the expression (deep) to `out`. */
export function exprVars(e: Expr, out: Set<string>, shallow = false): Set<string> {
  switch (e.kind) {
    case 'term':
      termVars(e.term, out, shallow);
      break;
    case 'unify':
      termVars(e.left, out, shallow);
      termVars(e.right, out, shallow);
      break;
    case 'some':
      for (const v of e.vars) out.add(v.name);
      break;
    case 'somein':
      if (e.key) termVars(e.key, out, shallow);
      termVars(e.value, out, shallow);
      termVars(e.collection, out, shallow);
      break;
    case 'every':
      termVars(e.collection, out, shallow);
      if (shallow) break;
      if (e.key) termVars(e.key, out);
      termVars(e.value, out);
      for (const b of e.body) exprVars(b, out);
      break;
  }
  for (const w of e.with) termVars(w.value, out, shallow);
  return out;
}
