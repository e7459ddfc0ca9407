/**
 * OPA's safety rule: every variable must be bound by a positive expression before it is used
 * where a value is needed. Bodies are reordered (stable: the earliest expression that can run
 * goes first) so that `y > 1; y := 2` works; a body that cannot be ordered is a compile error
 * naming its unsafe variables.
 */
import type { CallTarget, Expr, Term } from '../syntax/ast.js';
import { RegoError } from '../syntax/errors.js';
import { ROOT_VARS, displayVar, exprVars, termVars } from './vars.js';

export interface ArityLookup {
  /** Number of input arguments of a call target; undefined when variadic/unknown. */
  (target: CallTarget): number | undefined;
}

interface Need {
  needs: Set<string>;
  outs: Set<string>;
}

export class SafetyChecker {
  constructor(private readonly arity: ArityLookup) {}

  /** Reorders a body; returns it and the variables safe after it. Throws on unsafe variables. */
  reorder(body: Expr[], safe: ReadonlySet<string>): { body: Expr[]; safe: Set<string> } {
    const exprVarSets = body.map((e) => exprVars(e, new Set(), true));
    const remaining = body.map((_, i) => i);
    const out: Expr[] = [];
    const safeNow = new Set(safe);
    while (remaining.length > 0) {
      let placed = false;
      for (let r = 0; r < remaining.length; r++) {
        const idx = remaining[r]!;
        const others = new Set<string>();
        for (let j = 0; j < body.length; j++) if (j !== idx) for (const v of exprVarSets[j]!) others.add(v);
        const need = this.exprNeeds(body[idx]!, safeNow, others);
        if (need.needs.size > 0) continue;
        const before = new Set(safeNow);
        for (const v of need.outs) safeNow.add(v);
        out.push(this.reorderNested(body[idx]!, before, safeNow));
        remaining.splice(r, 1);
        placed = true;
        break;
      }
      if (!placed) {
        const idx = remaining[0]!;
        const others = new Set<string>();
        for (let j = 0; j < body.length; j++) if (j !== idx) for (const v of exprVarSets[j]!) others.add(v);
        const unsafe = [...this.exprNeeds(body[idx]!, safeNow, others).needs];
        throw new RegoError(
          'rego_unsafe_var_error',
          'rego.compile_unsafe_var',
          { vars: unsafe.map(displayVar).sort().join(', ') },
          body[idx]!.loc,
        );
      }
    }
    return { body: out, safe: safeNow };
  }

  /** Checks that the vars of a (head) term are all safe. */
  requireSafe(t: Term, safe: ReadonlySet<string>): void {
    const n: Need = { needs: new Set(), outs: new Set() };
    this.inNeeds(t, safe, new Set(), n);
    const unsafe = [...n.needs, ...[...n.outs].filter((v) => !safe.has(v))];
    if (unsafe.length > 0) {
      throw new RegoError('rego_unsafe_var_error', 'rego.compile_unsafe_var', { vars: [...new Set(unsafe.map(displayVar))].sort().join(', ') }, t.loc);
    }
  }

  private exprNeeds(e: Expr, safe: ReadonlySet<string>, others: ReadonlySet<string>): Need {
    const n: Need = { needs: new Set(), outs: new Set() };
    for (const w of e.with) this.inNeeds(w.value, safe, others, n);
    if (e.negated) {
      // Variables shared with the rest of the body must be bound first; variables local to the
      // negated expression may be bound inside it, but what it needs as input must be bound.
      const inner = this.exprNeeds({ ...e, negated: false, with: [] }, safe, others);
      const vars = exprVars(e, new Set());
      for (const v of vars) if (!safe.has(v) && others.has(v)) n.needs.add(v);
      for (const v of inner.needs) n.needs.add(v);
      n.outs.clear();
      return n;
    }
    switch (e.kind) {
      case 'term':
        this.inNeeds(e.term, safe, others, n);
        break;
      case 'some':
        break;
      case 'somein':
        this.inNeeds(e.collection, safe, others, n);
        if (e.key) this.patNeeds(e.key, safe, others, n);
        this.patNeeds(e.value, safe, others, n);
        break;
      case 'every': {
        this.inNeeds(e.collection, safe, others, n);
        const local = new Set<string>();
        if (e.key) termVars(e.key, local);
        termVars(e.value, local);
        const bodyVars = new Set<string>();
        for (const b of e.body) exprVars(b, bodyVars);
        for (const v of bodyVars) if (!local.has(v) && !safe.has(v) && others.has(v)) n.needs.add(v);
        break;
      }
      case 'unify':
        this.unifyNeeds(e.left, e.right, safe, others, n);
        break;
    }
    return n;
  }

  private unifyNeeds(a: Term, b: Term, safe: ReadonlySet<string>, others: ReadonlySet<string>, n: Need): void {
    const tryDir = (pattern: Term, input: Term): Need => {
      const d: Need = { needs: new Set(), outs: new Set() };
      this.inNeeds(input, safe, others, d);
      this.patNeeds(pattern, safe, others, d);
      return d;
    };
    const ab = tryDir(a, b);
    if (ab.needs.size === 0) return merge(n, ab);
    const ba = tryDir(b, a);
    if (ba.needs.size === 0) return merge(n, ba);
    if (a.type === 'array' && b.type === 'array' && a.items.length === b.items.length) {
      const local = new Set(safe);
      const acc: Need = { needs: new Set(), outs: new Set() };
      const pending = a.items.map((x, i) => [x, b.items[i]!] as const);
      let progress = true;
      while (pending.length && progress) {
        progress = false;
        for (let i = 0; i < pending.length; i++) {
          const d: Need = { needs: new Set(), outs: new Set() };
          this.unifyNeeds(pending[i]![0], pending[i]![1], local, others, d);
          if (d.needs.size === 0) {
            for (const v of d.outs) {
              local.add(v);
              acc.outs.add(v);
            }
            pending.splice(i, 1);
            progress = true;
            break;
          }
        }
      }
      if (pending.length === 0) return merge(n, acc);
    }
    if (a.type === 'object' && b.type === 'object' && a.items.length === b.items.length) {
      const local = new Set(safe);
      const acc: Need = { needs: new Set(), outs: new Set() };
      let ok = true;
      for (const [k, v] of a.items) {
        const match = b.items.find(([k2]) => k2.type === 'scalar' && k.type === 'scalar' && k2.value === k.value);
        if (!match) {
          ok = false;
          break;
        }
        const d: Need = { needs: new Set(), outs: new Set() };
        this.unifyNeeds(v, match[1], local, others, d);
        if (d.needs.size) {
          ok = false;
          break;
        }
        for (const x of d.outs) {
          local.add(x);
          acc.outs.add(x);
        }
      }
      if (ok) return merge(n, acc);
    }
    // Report the needs of the more natural direction (right side evaluated).
    merge(n, ab);
  }

  /** Vars needed to evaluate `t` as a value; ref-iteration vars become outputs. */
  private inNeeds(t: Term, safe: ReadonlySet<string>, others: ReadonlySet<string>, n: Need): void {
    switch (t.type) {
      case 'scalar':
        return;
      case 'var':
        if (!ROOT_VARS.has(t.name) && !safe.has(t.name)) n.needs.add(t.name);
        return;
      case 'ref':
        this.inNeeds(t.head, safe, others, n);
        for (const p of t.path) {
          if (p.type === 'var') {
            if (!safe.has(p.name)) n.outs.add(p.name);
          } else if (p.type === 'array' || p.type === 'object') this.patNeeds(p, safe, others, n);
          else this.inNeeds(p, safe, others, n);
        }
        return;
      case 'array':
      case 'set':
        for (const x of t.items) this.inNeeds(x, safe, others, n);
        return;
      case 'object':
        for (const [k, v] of t.items) {
          this.inNeeds(k, safe, others, n);
          this.inNeeds(v, safe, others, n);
        }
        return;
      case 'call': {
        const arity = t.target ? this.arity(t.target) : undefined;
        if (arity !== undefined && (t.args.length < arity || t.args.length > arity + 1)) {
          throw new RegoError('rego_type_error', 'rego.compile_arity', { name: t.name, expected: arity, got: t.args.length }, t.loc);
        }
        const local: Need = { needs: new Set(), outs: new Set() };
        t.args.forEach((a, i) => {
          if (arity !== undefined && i === arity) this.patNeeds(a, safe, others, local);
          else this.inNeeds(a, safe, others, local);
        });
        // Variables bound by ref iteration in one argument may be used by another (`x == a[x]`).
        for (const v of local.needs) if (!local.outs.has(v)) n.needs.add(v);
        for (const v of local.outs) n.outs.add(v);
        return;
      }
      case 'arraycompr':
      case 'setcompr':
      case 'objectcompr':
      case 'template': {
        const vars = termVars(t, new Set());
        for (const v of vars) if (!safe.has(v) && others.has(v)) n.needs.add(v);
        return;
      }
    }
  }

  /** Vars of a pattern (bound by matching), plus the needs of non-pattern parts. */
  private patNeeds(t: Term, safe: ReadonlySet<string>, others: ReadonlySet<string>, n: Need): void {
    switch (t.type) {
      case 'var':
        if (!ROOT_VARS.has(t.name) && !safe.has(t.name)) n.outs.add(t.name);
        return;
      case 'array':
        for (const x of t.items) this.patNeeds(x, safe, others, n);
        return;
      case 'object':
        for (const [k, v] of t.items) {
          this.inNeeds(k, safe, others, n);
          this.patNeeds(v, safe, others, n);
        }
        return;
      default:
        this.inNeeds(t, safe, others, n);
    }
  }

  /** Orders the bodies nested in an expression (comprehensions, every, templates). */
  private reorderNested(e: Expr, before: ReadonlySet<string>, after: ReadonlySet<string>): Expr {
    const fixTerm = (t: Term): Term => this.reorderTerm(t, before);
    const out: Expr = { ...e, with: e.with.map((w) => ({ ...w, value: fixTerm(w.value) })) };
    switch (out.kind) {
      case 'term':
        out.term = fixTerm(out.term);
        break;
      case 'unify':
        out.left = fixTerm(out.left);
        out.right = fixTerm(out.right);
        break;
      case 'somein':
        out.collection = fixTerm(out.collection);
        break;
      case 'every': {
        out.collection = fixTerm(out.collection);
        const inner = new Set(before);
        if (out.key) termVars(out.key, inner);
        termVars(out.value, inner);
        out.body = this.reorder(out.body, inner).body;
        break;
      }
      default:
        break;
    }
    void after;
    return out;
  }

  private reorderTerm(t: Term, safe: ReadonlySet<string>): Term {
    switch (t.type) {
      case 'scalar':
      case 'var':
        return t;
      case 'ref':
        return { ...t, head: this.reorderTerm(t.head, safe), path: t.path.map((p) => this.reorderTerm(p, safe)) };
      case 'array':
      case 'set':
        return { ...t, items: t.items.map((x) => this.reorderTerm(x, safe)) };
      case 'object':
        return { ...t, items: t.items.map(([k, v]) => [this.reorderTerm(k, safe), this.reorderTerm(v, safe)] as [Term, Term]) };
      case 'call':
        return { ...t, args: t.args.map((a) => this.reorderTerm(a, safe)) };
      case 'arraycompr':
      case 'setcompr': {
        const r = this.reorder(t.body, safe);
        const head = this.reorderTerm(t.head, r.safe);
        this.requireSafe(head, r.safe);
        return { ...t, body: r.body, head };
      }
      case 'objectcompr': {
        const r = this.reorder(t.body, safe);
        const key = this.reorderTerm(t.key, r.safe);
        const value = this.reorderTerm(t.value, r.safe);
        this.requireSafe(key, r.safe);
        this.requireSafe(value, r.safe);
        return { ...t, body: r.body, key, value };
      }
      case 'template':
        return { ...t, parts: t.parts.map((p) => (typeof p === 'string' ? p : this.reorder([p], safe).body[0]!)) };
    }
  }
}

function merge(into: Need, from: Need): void {
  for (const v of from.needs) into.needs.add(v);
  for (const v of from.outs) into.outs.add(v);
}
