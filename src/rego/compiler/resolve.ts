/**
 * Name resolution: turns bare names into what they mean (local variable, import, rule of the
 * package, `data`/`input` root), gives nested declarations unique names (so comprehensions and
 * `every` bodies cannot clash with outer variables), checks `:=` re-declarations and resolves
 * call targets (user function or builtin).
 */
import { SANDBOX_REFUSED, getBuiltin } from '../builtins/registry.js';
import type { CallTarget, CallTerm, Expr, RefTerm, SourceLocation, Term, VarTerm, WithModifier } from '../syntax/ast.js';
import { RegoError } from '../syntax/errors.js';
import { refName } from '../syntax/parser.js';
import { ROOT_VARS } from './vars.js';

/** What the resolver knows about the whole module set. */
export interface ResolveGlobals {
  /** Dotted absolute paths (`data.a.f`) of user functions, with their arity. */
  functions: Map<string, number>;
  /** Dotted absolute paths of every rule (any kind). */
  rules: Set<string>;
}

/** What the resolver knows about one module. */
export interface ResolveModule {
  /** `['data', ...package]` */
  pkgPath: string[];
  /** Import name -> what it stands for. */
  imports: Map<string, Term>;
  /** First segments of the package's rule heads. */
  ruleNames: Set<string>;
}

class Scope {
  readonly declared = new Map<string, string>();
  /** Free (undeclared) names used so far directly in this scope. */
  readonly used = new Set<string>();
  /** Free names used so far in scopes nested in this one. */
  readonly nestedUsed = new Set<string>();
  constructor(
    readonly parent: Scope | undefined,
    readonly rename: boolean,
  ) {}

  lookup(name: string): string | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const r = s.declared.get(name);
      if (r !== undefined) return r;
    }
    return undefined;
  }
}

/** Calls the compiler replaces by constants (`rego.metadata.*`). */
export const COMPILE_TIME_CALLS = new Set(['rego.metadata.rule', 'rego.metadata.chain']);

const compileError = (id: string, params: Record<string, unknown>, loc: SourceLocation) => new RegoError('rego_compile_error', id, params, loc);

export class Resolver {
  private counter = 0;

  constructor(
    private readonly globals: ResolveGlobals,
    private readonly mod: ResolveModule,
  ) {}

  /** A fresh top-level scope (rule body or query: names are kept as written). */
  topScope(): Scope {
    return new Scope(undefined, false);
  }

  /** Declares function argument variables in the scope and resolves the argument patterns. */
  declareArgs(args: Term[], scope: Scope): Term[] {
    return args.map((a) => this.declarePattern(a, scope, false));
  }

  resolveBody(body: Expr[], scope: Scope): Expr[] {
    return body.map((e) => this.resolveExpr(e, scope));
  }

  private fresh(name: string): string {
    return `${name}$${++this.counter}`;
  }

  private declare(v: VarTerm, scope: Scope, assign: boolean): VarTerm {
    if (v.name.startsWith('$_')) return v;
    if (ROOT_VARS.has(v.name)) throw compileError('rego.compile_reserved_var', { name: v.name }, v.loc);
    if (scope.declared.has(v.name)) {
      throw compileError(assign ? 'rego.compile_assigned_above' : 'rego.compile_declared_above', { name: v.name }, v.loc);
    }
    if (assign && scope.used.has(v.name)) throw compileError('rego.compile_referenced_above', { name: v.name }, v.loc);
    const renamed = scope.rename || scope.lookup(v.name) !== undefined || scope.nestedUsed.has(v.name) ? this.fresh(v.name) : v.name;
    scope.declared.set(v.name, renamed);
    return { ...v, name: renamed };
  }

  /** Declares the variables of an assignment / some-in pattern and resolves the rest of it. */
  private declarePattern(t: Term, scope: Scope, assign: boolean): Term {
    switch (t.type) {
      case 'var':
        return this.declare(t, scope, assign);
      case 'array':
        return { ...t, items: t.items.map((x) => this.declarePattern(x, scope, assign)) };
      case 'object':
        return { ...t, items: t.items.map(([k, v]) => [this.resolveTerm(k, scope), this.declarePattern(v, scope, assign)] as [Term, Term]) };
      case 'scalar':
        return t;
      default:
        if (assign) throw compileError('rego.compile_assign_target', {}, t.loc);
        return this.resolveTerm(t, scope);
    }
  }

  resolveExpr(e: Expr, scope: Scope): Expr {
    let out: Expr;
    switch (e.kind) {
      case 'term':
        out = { ...e, term: this.resolveTerm(e.term, scope) };
        break;
      case 'unify':
        if (e.assign) {
          const right = this.resolveTerm(e.right, scope);
          const left = this.declarePattern(e.left, scope, true);
          out = { ...e, left, right };
        } else out = { ...e, left: this.resolveTerm(e.left, scope), right: this.resolveTerm(e.right, scope) };
        break;
      case 'some':
        out = { ...e, vars: e.vars.map((v) => this.declare(v, scope, false)) };
        break;
      case 'somein': {
        const collection = this.resolveTerm(e.collection, scope);
        const key = e.key ? this.declarePattern(e.key, scope, false) : undefined;
        const value = this.declarePattern(e.value, scope, false);
        out = { ...e, key, value, collection };
        break;
      }
      case 'every': {
        const collection = this.resolveTerm(e.collection, scope);
        const inner = new Scope(scope, true);
        const key = e.key ? this.declarePattern(e.key, inner, false) : undefined;
        const value = this.declarePattern(e.value, inner, false);
        const body = this.resolveBody(e.body, inner);
        out = { ...e, key, value, collection, body };
        break;
      }
    }
    out.with = e.with.map((w) => this.resolveWith(w, scope));
    return out;
  }

  private resolveWith(w: WithModifier, scope: Scope): WithModifier {
    const name = refName(w.target);
    const out: WithModifier = { ...w };
    const root = w.target.type === 'var' ? w.target.name : w.target.head.type === 'var' ? w.target.head.name : '';
    const isRootRef = (root === 'input' || root === 'data') && (w.target.type === 'var' || w.target.path.every((p) => p.type === 'scalar'));
    if (isRootRef) {
      const path = w.target.type === 'ref' ? w.target.path.map((p) => String((p as { value: unknown }).value)) : [];
      if (root === 'data') {
        const fn = this.globals.functions.has(['data', ...path].join('.'));
        out.resolved = fn ? { kind: 'function', path: ['data', ...path] } : { kind: 'data', path };
      } else out.resolved = { kind: 'input', path };
    } else if (name !== undefined) {
      const target = this.callTarget(name, scope, w.loc);
      if (target.kind === 'function') out.resolved = { kind: 'function', path: target.path };
      else if (target.kind === 'builtin') out.resolved = { kind: 'builtin', name: target.name };
      else throw compileError('rego.compile_with_target', { target: name }, w.loc);
    } else throw compileError('rego.compile_with_target', { target: '?' }, w.loc);
    if (out.resolved.kind === 'function' || out.resolved.kind === 'builtin') {
      const vname = w.value.type === 'var' || w.value.type === 'ref' ? refName(w.value) : undefined;
      if (vname !== undefined && !(w.value.type === 'var' && scope.lookup(w.value.name) !== undefined)) {
        const t = this.tryCallTarget(vname, scope);
        if (t && t.kind !== 'unknown') {
          out.replacement = t;
          out.value = { type: 'scalar', value: null, loc: w.value.loc };
          return out;
        }
      }
    }
    out.value = this.resolveTerm(w.value, scope);
    return out;
  }

  resolveTerm(t: Term, scope: Scope): Term {
    switch (t.type) {
      case 'scalar':
        return t;
      case 'var':
        return this.resolveVar(t, scope);
      case 'ref': {
        const head = this.resolveTerm(t.head, scope);
        const path = t.path.map((p) => this.resolveTerm(p, scope));
        if (head.type === 'ref') return { type: 'ref', head: head.head, path: [...head.path, ...path], loc: t.loc };
        return { ...t, head, path };
      }
      case 'array':
      case 'set':
        return { ...t, items: t.items.map((x) => this.resolveTerm(x, scope)) };
      case 'object':
        return { ...t, items: t.items.map(([k, v]) => [this.resolveTerm(k, scope), this.resolveTerm(v, scope)] as [Term, Term]) };
      case 'arraycompr':
      case 'setcompr': {
        const inner = new Scope(scope, true);
        const body = this.resolveBody(t.body, inner);
        return { ...t, body, head: this.resolveTerm(t.head, inner) };
      }
      case 'objectcompr': {
        const inner = new Scope(scope, true);
        const body = this.resolveBody(t.body, inner);
        return { ...t, body, key: this.resolveTerm(t.key, inner), value: this.resolveTerm(t.value, inner) };
      }
      case 'call':
        return this.resolveCall(t, scope);
      case 'template':
        return {
          ...t,
          parts: t.parts.map((p) => (typeof p === 'string' ? p : this.resolveExpr(p, new Scope(scope, true)))),
        };
    }
  }

  private resolveVar(v: VarTerm, scope: Scope): Term {
    const name = v.name;
    if (name.startsWith('$_')) return v;
    const local = scope.lookup(name);
    if (local !== undefined) return local === name ? v : { ...v, name: local };
    if (ROOT_VARS.has(name)) return v;
    const imported = this.mod.imports.get(name);
    if (imported) return relocate(imported, v.loc);
    if (this.mod.ruleNames.has(name)) {
      return {
        type: 'ref',
        head: { type: 'var', name: 'data', loc: v.loc },
        path: [...this.mod.pkgPath.slice(1), name].map((s) => ({ type: 'scalar' as const, value: s, loc: v.loc })),
        loc: v.loc,
      };
    }
    scope.used.add(name);
    for (let s: Scope | undefined = scope.parent; s; s = s.parent) s.nestedUsed.add(name);
    return v;
  }

  private resolveCall(c: CallTerm, scope: Scope): CallTerm {
    const args = c.args.map((a) => this.resolveTerm(a, scope));
    const target = c.infix ? ({ kind: 'builtin', name: c.name } as CallTarget) : this.callTarget(c.name, scope, c.loc);
    return { ...c, args, target };
  }

  private tryCallTarget(name: string, scope: Scope): CallTarget | undefined {
    const parts = name.split('.');
    const first = parts[0]!;
    if (scope.lookup(first) !== undefined) return undefined;
    const imported = this.mod.imports.get(first);
    if (imported) {
      const base = refName(imported);
      if (base === undefined) return undefined;
      const full = [base, ...parts.slice(1)].join('.');
      return this.globals.functions.has(full) ? { kind: 'function', path: full.split('.') } : undefined;
    }
    if (first === 'data') return this.globals.functions.has(name) ? { kind: 'function', path: parts } : undefined;
    const local = [...this.mod.pkgPath, ...parts].join('.');
    if (this.globals.functions.has(local)) return { kind: 'function', path: local.split('.') };
    if (getBuiltin(name) || SANDBOX_REFUSED.has(name) || COMPILE_TIME_CALLS.has(name)) return { kind: 'builtin', name };
    return undefined;
  }

  private callTarget(name: string, scope: Scope, loc: SourceLocation): CallTarget {
    const t = this.tryCallTarget(name, scope);
    if (t) return t;
    const parts = name.split('.');
    const local = [...this.mod.pkgPath, ...parts].join('.');
    if (this.globals.rules.has(local) || this.globals.rules.has(name)) throw compileError('rego.compile_not_function', { name }, loc);
    throw compileError('rego.compile_undefined_function', { name }, loc);
  }
}

function relocate(t: Term, loc: SourceLocation): Term {
  if (t.type === 'ref') return { ...t, loc, head: { ...t.head, loc } as Term } as RefTerm;
  return { ...t, loc };
}

export type { Scope };
