/**
 * Top-down Rego evaluation with unification and backtracking, written in continuation-passing
 * style: every `eval*` function calls its continuation once per solution, with the solution's
 * variable bindings in `env`, and undoes them afterwards. A continuation returns `true` to stop
 * the enumeration early (used by `not`, constant-valued rules and `every`).
 */
import { BuiltinError, SANDBOX_REFUSED, getBuiltin } from '../builtins/registry.js';
import type { CompiledRule, RuleNode } from '../compiler/compiler.js';
import type { CallTarget, CallTerm, Expr, RefTerm, Term, TemplateTerm, WithModifier } from '../syntax/ast.js';
import { RegoError, type SourceLocation } from '../syntax/errors.js';
import {
  ObjectValue,
  SetValue,
  type Value,
  equal,
  isNumber,
  toRegoString,
} from '../values.js';
import { EvalContext, PENDING, type Replacement } from './context.js';
import {
  STRUCTURAL,
  applyOverrides,
  childOf,
  forEachChild,
  insertMember,
  insertValue,
  mergeBase,
  mergeDocs,
  startsWith,
  upsert,
} from './documents.js';

export { childOf, upsert };

export type Env = Map<string, Value>;
type K = () => boolean;
type VK = (v: Value) => boolean;

const NOT_DET = Symbol('not-deterministic');

/** Rule node and cache key of each function path (paths are shared arrays from the compiler). */
const FUNCTION_NODES = new WeakMap<string[], { node: RuleNode | undefined; key: string; arity: number | undefined }>();

const TRUE_TERM: Term = { type: 'scalar', value: true, loc: { file: '', row: 0, col: 0 } };

function bind(env: Env, name: string, v: Value, k: K): boolean {
  env.set(name, v);
  const r = k();
  env.delete(name);
  return r;
}

export class Evaluator {
  // ------------------------------------------------------------------ bodies & expressions
  evalBody(body: Expr[], i: number, env: Env, ctx: EvalContext, k: K): boolean {
    ctx.rt.step();
    if (i === body.length) return k();
    return this.evalExpr(body[i]!, env, ctx, () => this.evalBody(body, i + 1, env, ctx, k));
  }

  evalExpr(e: Expr, env: Env, ctx: EvalContext, k: K, onValue?: (v: Value) => void): boolean {
    if (ctx.rt.trace !== undefined) ctx.rt.trace(e);
    if (e.with.length > 0) {
      return this.applyWith(e.with, 0, env, ctx, ctx, (inner) => this.evalExprNegatable(e, env, inner, k, onValue));
    }
    return this.evalExprNegatable(e, env, ctx, k, onValue);
  }

  private evalExprNegatable(e: Expr, env: Env, ctx: EvalContext, k: K, onValue?: (v: Value) => void): boolean {
    if (!e.negated) return this.evalExprCore(e, env, ctx, k, onValue);
    let found = false;
    this.evalExprCore(e, env, ctx, () => {
      found = true;
      return true;
    });
    if (found) return false;
    onValue?.(true);
    return k();
  }

  private evalExprCore(e: Expr, env: Env, ctx: EvalContext, k: K, onValue?: (v: Value) => void): boolean {
    switch (e.kind) {
      case 'term': {
        const d = this.evalDet(e.term, env, ctx);
        if (d !== NOT_DET) {
          if (d === undefined || d === false) return false;
          onValue?.(d);
          return k();
        }
        return this.evalTerm(e.term, env, ctx, (v) => {
          if (v === false) return false;
          onValue?.(v);
          return k();
        });
      }
      case 'unify':
        return this.unify(e.left, e.right, env, ctx, () => {
          onValue?.(true);
          return k();
        });
      case 'some':
        onValue?.(true);
        return k();
      case 'somein':
        return this.evalTerm(e.collection, env, ctx, (coll) =>
          forEachChild(coll, (key, child) => {
            const withValue = () => this.matchValue(e.value, child, env, ctx, () => {
              onValue?.(true);
              return k();
            });
            if (e.key) return this.matchValue(e.key, Array.isArray(coll) || coll instanceof ObjectValue ? key : child, env, ctx, withValue);
            return withValue();
          }),
        );
      case 'every':
        return this.evalEvery(e, env, ctx, k, onValue);
    }
  }

  private evalEvery(e: Extract<Expr, { kind: 'every' }>, env: Env, ctx: EvalContext, k: K, onValue?: (v: Value) => void): boolean {
    return this.evalTerm(e.collection, env, ctx, (coll) => {
      if (!(Array.isArray(coll) || coll instanceof ObjectValue || coll instanceof SetValue)) return false;
      let ok = true;
      forEachChild(coll, (key, child) => {
        let found = false;
        const body = () =>
          this.evalBody(e.body, 0, env, ctx, () => {
            found = true;
            return true;
          });
        const withValue = () => this.matchValue(e.value, child, env, ctx, body);
        if (e.key) this.matchValue(e.key, key, env, ctx, withValue);
        else withValue();
        if (!found) ok = false;
        return !ok;
      });
      if (!ok) return false;
      onValue?.(true);
      return k();
    });
  }

  // ------------------------------------------------------------------ with
  private applyWith(mods: WithModifier[], i: number, env: Env, base: EvalContext, cur: EvalContext, k: (ctx: EvalContext) => boolean): boolean {
    if (i === mods.length) return k(cur);
    const w = mods[i]!;
    const target = w.resolved!;
    if ((target.kind === 'function' || target.kind === 'builtin') && w.replacement) {
      const key = target.kind === 'function' ? target.path.join('.') : target.name;
      const replacements = new Map(cur.replacements);
      replacements.set(key, { kind: 'call', target: w.replacement });
      return this.applyWith(mods, i + 1, env, base, cur.derive({ replacements }), k);
    }
    return this.evalTerm(w.value, env, base, (value) => {
      let next: EvalContext;
      switch (target.kind) {
        case 'input':
          next = cur.derive({ inputSet: true, input: target.path.length === 0 ? value : upsert(cur.input, target.path, value) });
          break;
        case 'data':
          next = cur.derive({ dataOverrides: [...cur.dataOverrides.filter((o) => !startsWith(o.path, target.path)), { path: target.path, value }] });
          break;
        default: {
          const key = target.kind === 'function' ? target.path.join('.') : target.name;
          const replacements = new Map(cur.replacements);
          replacements.set(key, { kind: 'value', value } satisfies Replacement);
          next = cur.derive({ replacements });
        }
      }
      return this.applyWith(mods, i + 1, env, base, next, k);
    });
  }

  // ------------------------------------------------------------------ terms
  evalTerm(t: Term, env: Env, ctx: EvalContext, k: VK): boolean {
    switch (t.type) {
      case 'scalar':
        return k(t.value);
      case 'var': {
        const v = env.get(t.name);
        if (v !== undefined) return k(v);
        if (t.name === 'input') return ctx.input === undefined ? false : k(ctx.input);
        if (t.name === 'data') return this.evalDataRef([], env, ctx, k);
        throw new Error(`internal error: unbound variable ${t.name} at ${t.loc.file}:${t.loc.row}:${t.loc.col}`);
      }
      case 'ref':
        return this.evalRef(t, env, ctx, k);
      case 'array':
        return this.evalItems(t.items, 0, [], env, ctx, (items) => k(items));
      case 'set':
        return this.evalItems(t.items, 0, [], env, ctx, (items) => k(SetValue.from(items)));
      case 'object':
        return this.evalPairs(t.items, 0, new ObjectValue(), env, ctx, k);
      case 'arraycompr': {
        const out: Value[] = [];
        this.evalBody(t.body, 0, env, ctx, () =>
          this.evalTerm(t.head, env, ctx, (v) => {
            out.push(v);
            return false;
          }),
        );
        return k(out);
      }
      case 'setcompr': {
        const out = new SetValue();
        this.evalBody(t.body, 0, env, ctx, () =>
          this.evalTerm(t.head, env, ctx, (v) => {
            out.add(v);
            return false;
          }),
        );
        return k(out);
      }
      case 'objectcompr': {
        const out = new ObjectValue();
        this.evalBody(t.body, 0, env, ctx, () =>
          this.evalTerm(t.key, env, ctx, (key) =>
            this.evalTerm(t.value, env, ctx, (val) => {
              const prev = out.get(key);
              if (prev !== undefined && !equal(prev, val)) {
                throw new RegoError('eval_conflict_error', 'rego.eval_conflict_object', { path: 'object comprehension', key: toRegoString(key) }, t.loc);
              }
              out.set(key, val);
              return false;
            }),
          ),
        );
        return k(out);
      }
      case 'call':
        return this.evalCall(t, env, ctx, k);
      case 'template':
        return this.evalTemplate(t, env, ctx, k);
    }
  }

  /**
   * Fast path: the single value of a term that cannot enumerate (no unbound variables), without
   * continuations. Returns undefined when the term is undefined and NOT_DET when the general
   * evaluator must be used.
   */
  evalDet(t: Term, env: Env, ctx: EvalContext): Value | undefined | typeof NOT_DET {
    switch (t.type) {
      case 'scalar':
        return t.value;
      case 'var': {
        const v = env.get(t.name);
        if (v !== undefined) return v;
        if (t.name === 'input') return ctx.input;
        return NOT_DET;
      }
      case 'ref': {
        const head = t.head;
        let cur: Value | undefined;
        let start = 0;
        if (head.type === 'var' && head.name === 'data' && !env.has('data')) {
          for (const p of t.path) if (p.type !== 'scalar' && !(p.type === 'var' && env.has(p.name))) return NOT_DET;
          let out: Value | undefined;
          this.evalDataRef(t.path, env, ctx, (v) => {
            out = v;
            return true;
          });
          return out;
        }
        if (head.type === 'var') {
          cur = env.get(head.name);
          if (cur === undefined) {
            if (head.name !== 'input') return NOT_DET;
            cur = ctx.input;
            if (cur === undefined) return undefined;
          }
        } else {
          const h = this.evalDet(head, env, ctx);
          if (h === NOT_DET || h === undefined) return h;
          cur = h;
        }
        for (let i = start; i < t.path.length; i++) {
          const p = t.path[i]!;
          let key: Value | undefined;
          if (p.type === 'scalar') key = p.value;
          else if (p.type === 'var') {
            key = env.get(p.name);
            if (key === undefined) return NOT_DET;
          } else return NOT_DET;
          cur = childOf(cur, key);
          if (cur === undefined) return undefined;
        }
        start = 0;
        return cur;
      }
      case 'array': {
        const out: Value[] = new Array(t.items.length);
        for (let i = 0; i < t.items.length; i++) {
          const v = this.evalDet(t.items[i]!, env, ctx);
          if (v === NOT_DET || v === undefined) return v;
          out[i] = v;
        }
        return out;
      }
      case 'set': {
        const out = new SetValue();
        for (const item of t.items) {
          const v = this.evalDet(item, env, ctx);
          if (v === NOT_DET || v === undefined) return v;
          out.add(v);
        }
        return out;
      }
      case 'object': {
        const out = new ObjectValue();
        for (const [kt, vt] of t.items) {
          const key = this.evalDet(kt, env, ctx);
          if (key === NOT_DET || key === undefined) return key;
          const val = this.evalDet(vt, env, ctx);
          if (val === NOT_DET || val === undefined) return val;
          const prev = out.get(key);
          if (prev !== undefined && !equal(prev, val)) return NOT_DET;
          out.set(key, val);
        }
        return out;
      }
      case 'call': {
        const target = t.target!;
        if (target.kind !== 'builtin' || target.name === 'print' || ctx.replacements.size > 0) return NOT_DET;
        const def = getBuiltin(target.name);
        if (!def || def.relation || (def.arity !== undefined && t.args.length !== def.arity)) return NOT_DET;
        const args: Value[] = new Array(t.args.length);
        for (let i = 0; i < t.args.length; i++) {
          const v = this.evalDet(t.args[i]!, env, ctx);
          if (v === NOT_DET || v === undefined) return v;
          args[i] = v;
        }
        let out: Value | undefined;
        this.callBuiltin(target.name, args, t.loc, ctx, (v) => {
          out = v;
          return true;
        });
        return out;
      }
      default:
        return NOT_DET;
    }
  }

  private evalItems(items: Term[], i: number, acc: Value[], env: Env, ctx: EvalContext, k: (items: Value[]) => boolean): boolean {
    if (i === items.length) return k(acc.slice());
    return this.evalTerm(items[i]!, env, ctx, (v) => {
      acc.push(v);
      const r = this.evalItems(items, i + 1, acc, env, ctx, k);
      acc.pop();
      return r;
    });
  }

  private evalPairs(items: [Term, Term][], i: number, acc: ObjectValue, env: Env, ctx: EvalContext, k: VK): boolean {
    if (i === items.length) return k(acc.copy());
    const [kt, vt] = items[i]!;
    return this.evalTerm(kt, env, ctx, (key) =>
      this.evalTerm(vt, env, ctx, (val) => {
        const had = acc.has(key);
        const prev = acc.get(key);
        if (had && !equal(prev!, val)) {
          throw new RegoError('eval_conflict_error', 'rego.eval_conflict_object', { path: 'object', key: toRegoString(key) }, kt.loc);
        }
        acc.set(key, val);
        const r = this.evalPairs(items, i + 1, acc, env, ctx, k);
        if (had) acc.set(key, prev!);
        else acc.delete(key);
        return r;
      }),
    );
  }

  private evalTemplate(t: TemplateTerm, env: Env, ctx: EvalContext, k: VK): boolean {
    let text = '';
    for (const p of t.parts) {
      if (typeof p === 'string') {
        text += p;
        continue;
      }
      const values = new SetValue();
      this.evalExpr(p, env, ctx, () => false, (v) => void values.add(v));
      if (values.size === 0) text += '<undefined>';
      else {
        const vs = values.sorted();
        text += vs.map((v) => (typeof v === 'string' ? v : toRegoString(v))).join(', ');
      }
    }
    return k(text);
  }

  // ------------------------------------------------------------------ refs
  private evalRef(t: RefTerm, env: Env, ctx: EvalContext, k: VK): boolean {
    const head = t.head;
    if (head.type === 'var' && !env.has(head.name)) {
      if (head.name === 'data') return this.evalDataRef(t.path, env, ctx, k);
      if (head.name === 'input') return ctx.input === undefined ? false : this.walkPath(ctx.input, t.path, 0, env, ctx, k);
    }
    return this.evalTerm(head, env, ctx, (v) => this.walkPath(v, t.path, 0, env, ctx, k));
  }

  /** Indexes `v` by `path[i..]`, iterating where a path term is an unbound variable or pattern. */
  walkPath(v: Value, path: Term[], i: number, env: Env, ctx: EvalContext, k: VK, jsonKeys = false): boolean {
    if (i === path.length) return k(v);
    const p = path[i]!;
    if (p.type === 'scalar') {
      let c = childOf(v, p.value);
      if (c === undefined && jsonKeys && isNumber(p.value) && v instanceof ObjectValue) c = v.get(String(p.value));
      return c === undefined ? false : this.walkPath(c, path, i + 1, env, ctx, k, jsonKeys);
    }
    if (p.type === 'var') {
      const bound = env.get(p.name);
      if (bound !== undefined) {
        let c = childOf(v, bound);
        if (c === undefined && jsonKeys && isNumber(bound) && v instanceof ObjectValue) c = v.get(String(bound));
        return c === undefined ? false : this.walkPath(c, path, i + 1, env, ctx, k, jsonKeys);
      }
      if (p.name !== 'input' && p.name !== 'data') {
        return forEachChild(v, (key, child) => bind(env, p.name, key, () => this.walkPath(child, path, i + 1, env, ctx, k)));
      }
    }
    if ((p.type === 'array' || p.type === 'object') && !this.isGround(p, env)) {
      return forEachChild(v, (key, child) => this.matchValue(p, key, env, ctx, () => this.walkPath(child, path, i + 1, env, ctx, k)));
    }
    return this.evalTerm(p, env, ctx, (key) => {
      const c = childOf(v, key);
      return c === undefined ? false : this.walkPath(c, path, i + 1, env, ctx, k);
    });
  }

  /** True when the term has no unbound variables (comprehensions count as ground). */
  isGround(t: Term, env: Env): boolean {
    switch (t.type) {
      case 'scalar':
        return true;
      case 'var':
        return env.has(t.name) || t.name === 'input' || t.name === 'data';
      case 'ref':
        return this.isGround(t.head, env) && t.path.every((p) => this.isGround(p, env));
      case 'array':
      case 'set':
        return t.items.every((x) => this.isGround(x, env));
      case 'object':
        return t.items.every(([a, b]) => this.isGround(a, env) && this.isGround(b, env));
      case 'call':
        return t.args.every((a) => this.isGround(a, env));
      default:
        return true;
    }
  }

  // ------------------------------------------------------------------ data and rules
  evalDataRef(path: Term[], env: Env, ctx: EvalContext, k: VK): boolean {
    let node: RuleNode | undefined = ctx.rt.policy.root;
    let base: Value | undefined = ctx.data;
    const prefix: string[] = [];
    let i = 0;
    for (;;) {
      if (ctx.dataOverrides.length > 0) {
        const o = ctx.dataOverrides.find((d) => d.path.length === prefix.length && startsWith(prefix, d.path));
        if (o) return this.walkPath(o.value, path, i, env, ctx, k);
      }
      if (!node) {
        if (ctx.dataOverrides.some((d) => d.path.length > prefix.length && startsWith(d.path, prefix))) {
          base = applyOverrides(base ?? new ObjectValue(), prefix, ctx.dataOverrides);
        }
        if (base === undefined) return false;
        return this.walkPath(base, path, i, env, ctx, k, true);
      }
      if (node.hasRules || i === path.length) break;
      let key = this.groundKey(path[i]!, env);
      if (typeof key === 'number' && !(base instanceof ObjectValue && base.has(key))) key = String(key);
      if (typeof key !== 'string') break;
      base = base === undefined ? undefined : childOf(base, key);
      node = node.children.get(key);
      prefix.push(key);
      i++;
    }
    if (node.kind === 'function') return false;
    const value = this.nodeValue(node, base, ctx);
    if (value === undefined) return false;
    return this.walkPath(value, path, i, env, ctx, k);
  }

  /** The value of a path term if it is known without evaluation (scalar or bound var). */
  private groundKey(t: Term, env: Env): Value | undefined {
    if (t.type === 'scalar') return t.value;
    if (t.type === 'var') return env.get(t.name);
    return undefined;
  }

  /** The full value of the document at a rule-tree node (memoised per `with` scope). */
  nodeValue(node: RuleNode, base: Value | undefined, ctx: EvalContext): Value | undefined {
    const cached = ctx.nodeCache.get(node);
    if (cached === PENDING) throw new RegoError('rego_recursion_error', 'rego.compile_recursion', { path: ['data', ...node.path].join('.'), cycle: 'data' }, undefined);
    if (cached !== undefined || ctx.nodeCache.has(node)) return cached as Value | undefined;
    ctx.nodeCache.set(node, PENDING);
    let value: Value | undefined;
    ctx.rt.enter();
    try {
      value = this.computeNode(node, base, ctx);
    } catch (e) {
      ctx.nodeCache.delete(node);
      throw e;
    } finally {
      ctx.rt.leave();
    }
    if (ctx.dataOverrides.some((d) => d.path.length > node.path.length && startsWith(d.path, node.path))) {
      value = applyOverrides(value ?? new ObjectValue(), node.path, ctx.dataOverrides);
    }
    ctx.nodeCache.set(node, value);
    return value;
  }

  private computeNode(node: RuleNode, base: Value | undefined, ctx: EvalContext): Value | undefined {
    let value: Value | undefined;
    if (node.hasRules) {
      const kind = node.kind;
      const plain = node.rules.filter((r) => r.suffix.length === 0);
      const refRules = node.rules.filter((r) => r.suffix.length > 0);
      if (kind === 'function') return undefined;
      if (kind === 'multi' && refRules.length === 0) value = this.evalMultiRules(plain, ctx);
      else if (refRules.length === 0) value = this.evalCompleteRules(node, plain, ctx);
      else {
        const obj = new ObjectValue();
        STRUCTURAL.add(obj);
        const owned = new WeakSet<object>([obj]);
        for (const r of refRules) this.evalRefRule(r, obj, owned, ctx);
        if (node.defaultRule && obj.size === 0 && node.rules.length === 0) value = this.defaultValue(node.defaultRule, ctx);
        else value = obj;
        if (kind === 'multi' && plain.length > 0) value = this.evalMultiRules(plain, ctx);
      }
      if (node.children.size === 0) return value;
    }
    // A package (or a ref-head prefix): an object of its children, over the base document.
    return this.packageObject(node, value, base, ctx);
  }

  private packageObject(node: RuleNode, value: Value | undefined, base: Value | undefined, ctx: EvalContext): ObjectValue {
    const obj = value instanceof ObjectValue ? value.copy() : new ObjectValue();
    for (const [name, child] of node.children) {
      if (child.kind === 'function') continue;
      // The child's value already includes the base document below it.
      const bchild = base === undefined ? undefined : childOf(base, name);
      let cv = this.nodeValue(child, bchild, ctx);
      if (bchild !== undefined) cv = cv === undefined ? bchild : mergeBase(cv, bchild);
      if (cv === undefined) continue;
      const prev = obj.get(name);
      obj.set(name, prev === undefined ? cv : mergeDocs(prev, cv, [...node.path, name]));
    }
    if (base instanceof ObjectValue) {
      for (const [bk, bv] of base) {
        if (typeof bk === 'string' && node.children.has(bk)) continue;
        const prev = obj.get(bk);
        obj.set(bk, prev === undefined ? bv : mergeBase(prev, bv));
      }
    }
    STRUCTURAL.add(obj);
    return obj;
  }

  private evalCompleteRules(node: RuleNode, rules: CompiledRule[], ctx: EvalContext): Value | undefined {
    let value: Value | undefined;
    let from: CompiledRule | undefined;
    // When every definition yields the same constant (`allow if A`, `allow if B`), the first
    // success decides: no other definition can conflict with it.
    const constant = rules.length > 1 && rules.every((r) => !r.elseRule && sameConstantHead(r, rules[0]!));
    for (const r of rules) {
      if (constant && value !== undefined) break;
      const v = this.evalRuleChain(r, ctx, new Map(), []);
      if (v === undefined) continue;
      if (value !== undefined && !equal(value, v)) {
        throw new RegoError('eval_conflict_error', 'rego.eval_conflict_complete', { path: ['data', ...node.path].join('.') }, (r ?? from)!.source.loc);
      }
      value = v;
      from = r;
    }
    if (value === undefined && node.defaultRule) value = this.defaultValue(node.defaultRule, ctx);
    return value;
  }

  private defaultValue(r: CompiledRule, ctx: EvalContext): Value | undefined {
    let out: Value | undefined;
    this.evalTerm(r.value ?? TRUE_TERM, new Map(), ctx, (v) => {
      out = v;
      return true;
    });
    return out;
  }

  /**
   * Evaluates a complete rule (and its else chain): the single value of its head over all
   * solutions of its body, or undefined. `args` are matched against the head arguments first.
   */
  private evalRuleChain(rule: CompiledRule, ctx: EvalContext, env: Env, args: Value[]): Value | undefined {
    for (let cur: CompiledRule | undefined = rule; cur; cur = cur.elseRule) {
      let value: Value | undefined;
      const head = cur.value ?? TRUE_TERM;
      const constant = head.type === 'scalar';
      const r = cur;
      const onSolution = (): boolean =>
        this.evalTerm(head, env, ctx, (v) => {
          if (value !== undefined && !equal(value, v)) {
            throw new RegoError(
              'eval_conflict_error',
              r.kind === 'function' ? 'rego.eval_conflict_function' : 'rego.eval_conflict_complete',
              { path: ['data', ...r.path].join('.') },
              r.source.loc,
            );
          }
          value = v;
          return constant;
        });
      const runBody = () => this.evalBody(r.body, 0, env, ctx, onSolution);
      if (r.args) this.matchArgs(r.args, args, 0, env, ctx, runBody);
      else runBody();
      if (value !== undefined) return value;
    }
    return undefined;
  }

  private matchArgs(patterns: Term[], args: Value[], i: number, env: Env, ctx: EvalContext, k: K): boolean {
    if (i === patterns.length) return k();
    return this.matchValue(patterns[i]!, args[i]!, env, ctx, () => this.matchArgs(patterns, args, i + 1, env, ctx, k));
  }

  private evalMultiRules(rules: CompiledRule[], ctx: EvalContext): SetValue {
    const out = new SetValue();
    STRUCTURAL.add(out);
    for (const r of rules) {
      const env: Env = new Map();
      const key = r.key!;
      this.evalBody(r.body, 0, env, ctx, () => {
        const d = this.evalDet(key, env, ctx);
        if (d !== NOT_DET) {
          if (d !== undefined) out.add(d);
          return false;
        }
        return this.evalTerm(key, env, ctx, (v) => {
          out.add(v);
          return false;
        });
      });
    }
    return out;
  }

  /** Adds the contributions of a ref-head rule (`a.b[x].c := v`, `a[x] contains y`) to `obj`. */
  private evalRefRule(r: CompiledRule, obj: ObjectValue, owned: WeakSet<object>, ctx: EvalContext): void {
    const env: Env = new Map();
    const path = ['data', ...r.path].join('.');
    for (let cur: CompiledRule | undefined = r; cur; cur = cur.elseRule) {
      let produced = false;
      const rule = cur;
      this.evalBody(rule.body, 0, env, ctx, () =>
        this.evalItems(rule.suffix, 0, [], env, ctx, (keys) => {
          if (rule.kind === 'multi') {
            return this.evalTerm(rule.key!, env, ctx, (member) => {
              produced = true;
              insertMember(obj, owned, keys, member, path, rule.source.loc);
              return false;
            });
          }
          return this.evalTerm(rule.value ?? TRUE_TERM, env, ctx, (v) => {
            produced = true;
            insertValue(obj, owned, keys, v, path, rule.source.loc);
            return false;
          });
        }),
      );
      if (produced) break;
    }
  }

  // ------------------------------------------------------------------ calls
  private evalCall(t: CallTerm, env: Env, ctx: EvalContext, k: VK): boolean {
    const target = t.target!;
    if (target.kind === 'builtin' && target.name === 'print') return this.evalPrint(t, env, ctx, k);
    const arity = this.arityOf(target, t.args.length, ctx);
    const output = t.args.length > arity ? t.args[arity] : undefined;
    if (arity <= 4) {
      const args: Value[] = [];
      let det = true;
      for (let i = 0; i < arity; i++) {
        const v = this.evalDet(t.args[i]!, env, ctx);
        if (v === undefined) return false;
        if (v === NOT_DET) {
          det = false;
          break;
        }
        args.push(v);
      }
      if (det) {
        const emit: VK = output ? (v) => this.matchValue(output, v, env, ctx, () => k(true)) : k;
        return this.invoke(target, args, t.loc, ctx, emit);
      }
    }
    const inputs = t.args.slice(0, arity);
    return this.evalItems(inputs, 0, [], env, ctx, (args) => {
      const emit: VK = output ? (v) => this.matchValue(output, v, env, ctx, () => k(true)) : k;
      return this.invoke(target, args, t.loc, ctx, emit);
    });
  }

  private arityOf(target: CallTarget, given: number, ctx: EvalContext): number {
    if (target.kind === 'function') return this.functionInfo(target.path, ctx).arity ?? given;
    if (target.kind === 'builtin') {
      const b = getBuiltin(target.name);
      if (b && b.arity !== undefined && !b.variadic) return b.arity;
    }
    return given;
  }

  /** Calls a function/builtin (after `with` replacements) and passes each result to k. */
  invoke(target: CallTarget, args: Value[], loc: SourceLocation, ctx: EvalContext, k: VK): boolean {
    const key = target.kind === 'function' ? target.path.join('.') : target.name;
    if (ctx.replacements.size > 0) {
      const rep = ctx.replacements.get(key);
      if (rep) {
        if (rep.kind === 'value') return k(rep.value);
        if (!(rep.target.kind === target.kind && (rep.target.kind === 'function' ? rep.target.path.join('.') : rep.target.name) === key)) {
          // A replacement runs with the original functions: mocks do not call other mocks.
          const inner = ctx.derive({ replacements: new Map() });
          return this.invoke(rep.target, args, loc, inner, k);
        }
      }
    }
    if (target.kind === 'function') {
      const v = this.callFunction(target.path, args, ctx);
      return v === undefined ? false : k(v);
    }
    if (target.kind === 'unknown') throw new RegoError('rego_compile_error', 'rego.eval_undefined_function', { name: target.name }, loc);
    return this.callBuiltin(target.name, args, loc, ctx, k);
  }

  /** Rule node, cache key and arity of a function path (memoised per path array). */
  private functionInfo(path: string[], ctx: EvalContext): { node: RuleNode | undefined; key: string; arity: number | undefined } {
    let fn = FUNCTION_NODES.get(path);
    if (!fn) {
      let node: RuleNode | undefined = ctx.rt.policy.root;
      for (const seg of path.slice(1)) node = node?.children.get(seg);
      const key = path.join('.');
      fn = { node, key, arity: ctx.rt.policy.functions.get(key) };
      FUNCTION_NODES.set(path, fn);
    }
    return fn;
  }

  private callFunction(path: string[], args: Value[], ctx: EvalContext): Value | undefined {
    const fn = this.functionInfo(path, ctx);
    const node = fn.node;
    if (!node) return undefined;
    const fnKey = fn.key;
    const cached = ctx.callCache.get(fnKey, args);
    if (cached) return cached.value;
    let value: Value | undefined;
    ctx.rt.enter();
    try {
      value = this.evalFunctionRules(node, args, ctx, fnKey);
    } finally {
      ctx.rt.leave();
    }
    ctx.callCache.set(fnKey, args, value);
    return value;
  }

  private evalFunctionRules(node: RuleNode, args: Value[], ctx: EvalContext, fnKey: string): Value | undefined {
    let value: Value | undefined;
    let from: CompiledRule | undefined;
    for (const r of node.rules) {
      const v = this.evalRuleChain(r, ctx, new Map(), args);
      if (v === undefined) continue;
      if (value !== undefined && !equal(value, v)) {
        throw new RegoError('eval_conflict_error', 'rego.eval_conflict_function', { path: fnKey }, (from ?? r).source.loc);
      }
      value = v;
      from = r;
    }
    if (value === undefined && node.defaultRule) value = this.defaultValue(node.defaultRule, ctx);
    return value;
  }

  private callBuiltin(name: string, args: Value[], loc: SourceLocation, ctx: EvalContext, k: VK): boolean {
    const def = getBuiltin(name);
    if (SANDBOX_REFUSED.has(name) && !def) throw new RegoError('eval_sandbox_error', 'rego.sandbox_refused', { name }, loc);
    if (!def) throw new RegoError('rego_compile_error', 'rego.eval_undefined_function', { name }, loc);
    const rt = ctx.rt;
    const bctx = rt.builtinContext;
    bctx.name = name;
    bctx.location = loc;
    let result: Value | undefined;
    try {
      result = def.impl(args, bctx);
    } catch (e) {
      if (e instanceof RegoError) throw e;
      if (e instanceof RangeError && /call stack/i.test(e.message)) throw e;
      const code = e instanceof BuiltinError ? e.code : 'eval_builtin_error';
      if (SANDBOX_REFUSED.has(name) && code !== 'eval_type_error') throw new RegoError('eval_sandbox_error', 'rego.sandbox_refused', { name }, loc);
      const detail = e instanceof Error ? e.message : String(e);
      if (rt.strict) {
        throw new RegoError(code, code === 'eval_type_error' ? 'rego.eval_type' : 'rego.eval_builtin', { name, detail: code === 'eval_type_error' ? `${name}: ${detail}` : detail }, loc);
      }
      return false;
    }
    if (result === undefined) return false;
    if (def.relation) {
      for (const r of result as Value[]) if (k(r)) return true;
      return false;
    }
    return k(result);
  }

  private evalPrint(t: CallTerm, env: Env, ctx: EvalContext, k: VK): boolean {
    const parts: string[] = [];
    for (const a of t.args) {
      const values = new SetValue();
      this.evalTerm(a, env, ctx, (v) => {
        values.add(v);
        return false;
      });
      if (values.size === 0) parts.push('<undefined>');
      else if (values.size === 1) {
        const v = values.values()[0]!;
        parts.push(typeof v === 'string' ? v : toRegoString(v));
      } else parts.push(toRegoString(values));
    }
    ctx.rt.print(parts.join(' '));
    return k(true);
  }

  // ------------------------------------------------------------------ unification
  unify(a: Term, b: Term, env: Env, ctx: EvalContext, k: K): boolean {
    const db = this.evalDet(b, env, ctx);
    if (db !== NOT_DET) {
      if (db === undefined) return false;
      return this.matchValue(a, db, env, ctx, k);
    }
    const da = this.evalDet(a, env, ctx);
    if (da !== NOT_DET) {
      if (da === undefined) return false;
      return this.matchValue(b, da, env, ctx, k);
    }
    if (a.type === 'var' && !env.has(a.name) && a.name !== 'input' && a.name !== 'data') return this.evalTerm(b, env, ctx, (v) => this.matchValue(a, v, env, ctx, k));
    if (b.type === 'var' && !env.has(b.name) && b.name !== 'input' && b.name !== 'data') return this.evalTerm(a, env, ctx, (v) => this.matchValue(b, v, env, ctx, k));
    const aPat = isPattern(a) && !this.isGround(a, env);
    const bPat = isPattern(b) && !this.isGround(b, env);
    if (aPat && bPat) {
      if (a.type === 'array' && b.type === 'array') {
        if (a.items.length !== b.items.length) return false;
        return this.unifyItems(a.items, b.items, 0, env, ctx, k);
      }
      if (a.type === 'object' && b.type === 'object') {
        if (a.items.length !== b.items.length) return false;
        return this.unifyObjects(a.items, b.items, 0, env, ctx, k);
      }
      return false;
    }
    if (aPat) return this.evalTerm(b, env, ctx, (v) => this.matchValue(a, v, env, ctx, k));
    return this.evalTerm(a, env, ctx, (v) => this.matchValue(b, v, env, ctx, k));
  }

  private unifyItems(a: Term[], b: Term[], i: number, env: Env, ctx: EvalContext, k: K): boolean {
    if (i === a.length) return k();
    // Unify the pairs whose sides are ground first so later pairs can use their bindings.
    return this.unify(a[i]!, b[i]!, env, ctx, () => this.unifyItems(a, b, i + 1, env, ctx, k));
  }

  private unifyObjects(a: [Term, Term][], b: [Term, Term][], i: number, env: Env, ctx: EvalContext, k: K): boolean {
    if (i === a.length) return k();
    const [ka, va] = a[i]!;
    return this.evalTerm(ka, env, ctx, (key) => {
      for (const [kb, vb] of b) {
        let same = false;
        this.evalTerm(kb, env, ctx, (kv) => {
          same = equal(kv, key);
          return true;
        });
        if (same) return this.unify(va, vb, env, ctx, () => this.unifyObjects(a, b, i + 1, env, ctx, k));
      }
      return false;
    });
  }

  /** Matches a term (pattern or expression) against a value, binding the pattern's variables. */
  matchValue(t: Term, v: Value, env: Env, ctx: EvalContext, k: K): boolean {
    switch (t.type) {
      case 'scalar':
        return equal(t.value, v) ? k() : false;
      case 'var': {
        const bound = env.get(t.name);
        if (bound !== undefined) return equal(bound, v) ? k() : false;
        if (t.name === 'input' || t.name === 'data') return this.evalTerm(t, env, ctx, (w) => (equal(w, v) ? k() : false));
        return bind(env, t.name, v, k);
      }
      case 'array':
        if (!Array.isArray(v) || v.length !== t.items.length) return false;
        return this.matchItems(t.items, v, 0, env, ctx, k);
      case 'object':
        if (!(v instanceof ObjectValue) || v.size !== t.items.length) return false;
        return this.matchPairs(t.items, v, 0, env, ctx, k);
      default:
        return this.evalTerm(t, env, ctx, (w) => (equal(w, v) ? k() : false));
    }
  }

  private matchItems(items: Term[], v: Value[], i: number, env: Env, ctx: EvalContext, k: K): boolean {
    if (i === items.length) return k();
    return this.matchValue(items[i]!, v[i]!, env, ctx, () => this.matchItems(items, v, i + 1, env, ctx, k));
  }

  private matchPairs(items: [Term, Term][], v: ObjectValue, i: number, env: Env, ctx: EvalContext, k: K): boolean {
    if (i === items.length) return k();
    const [kt, vt] = items[i]!;
    return this.evalTerm(kt, env, ctx, (key) => {
      const child = v.get(key);
      if (child === undefined) return false;
      return this.matchValue(vt, child, env, ctx, () => this.matchPairs(items, v, i + 1, env, ctx, k));
    });
  }
}

function sameConstantHead(a: CompiledRule, b: CompiledRule): boolean {
  const x = a.value ?? TRUE_TERM;
  const y = b.value ?? TRUE_TERM;
  return x.type === 'scalar' && y.type === 'scalar' && equal(x.value, y.value);
}

/** Terms that can bind variables by matching: variables, arrays and objects of patterns. */
function isPattern(t: Term): boolean {
  return t.type === 'var' || t.type === 'array' || t.type === 'object';
}

