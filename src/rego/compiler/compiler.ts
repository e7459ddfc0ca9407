/**
 * The Rego compiler: parsed modules -> a tree of rules indexed by data path, with every body
 * resolved (names, imports, call targets) and ordered for safety. Also checks conflicting rule
 * kinds, duplicate defaults, function arity and recursion.
 */
import { getBuiltin } from '../builtins/registry.js';
import type { CallTarget, Expr, Module, Rule, Term } from '../syntax/ast.js';
import { RegoError } from '../syntax/errors.js';
import { refName } from '../syntax/parser.js';
import { Resolver, type ResolveGlobals, type ResolveModule } from './resolve.js';
import { SafetyChecker } from './safety.js';
import { checkRecursion } from './recursion.js';
import { termVars } from './vars.js';
import { AnnotationIndex } from './annotations.js';
import { foldConstants, rewriteExpr, rewriteTerm } from './transform.js';

/** One rule after compilation. */
export interface CompiledRule {
  kind: Rule['kind'];
  /** Absolute path of the rule's ground prefix, without the leading `data`. */
  path: string[];
  /** Head ref terms after the ground prefix (dynamic keys of ref heads). */
  suffix: Term[];
  args?: Term[];
  /** Head value (complete/function); undefined means `true`. */
  value?: Term;
  /** Member of a multi-value rule. */
  key?: Term;
  body: Expr[];
  isDefault: boolean;
  elseRule?: CompiledRule;
  source: Rule;
}

/** A node of the rule tree: one per path segment that has rules at or below it. */
export class RuleNode {
  readonly children = new Map<string, RuleNode>();
  /** Non-default rules whose ground prefix ends here. */
  readonly rules: CompiledRule[] = [];
  defaultRule?: CompiledRule;
  /** True when some module declares this path as its package. */
  isPackage = false;
  constructor(readonly path: string[]) {}

  child(name: string): RuleNode {
    let c = this.children.get(name);
    if (!c) {
      c = new RuleNode([...this.path, name]);
      this.children.set(name, c);
    }
    return c;
  }

  /** The kind of the rules defined at this node, if any. */
  get kind(): Rule['kind'] | undefined {
    return this.rules[0]?.kind ?? this.defaultRule?.kind;
  }

  get hasRules(): boolean {
    return this.rules.length > 0 || this.defaultRule !== undefined;
  }
}

export interface CompiledPolicy {
  root: RuleNode;
  modules: Module[];
  /** `data.a.f` -> arity */
  functions: Map<string, number>;
}

const compileError = (id: string, params: Record<string, unknown>, loc: Rule['loc']) => new RegoError('rego_compile_error', id, params, loc);

/** The ground prefix (strings) of a rule head and the rest. */
function splitHead(pkg: string[], ref: Term[]): { path: string[]; suffix: Term[] } {
  const path = [...pkg, (ref[0] as { name: string }).name];
  let i = 1;
  for (; i < ref.length; i++) {
    const t = ref[i]!;
    if (t.type === 'scalar' && typeof t.value === 'string') path.push(t.value);
    else break;
  }
  return { path, suffix: ref.slice(i) };
}

export function arityLookup(functions: Map<string, number>) {
  return (target: CallTarget): number | undefined => {
    if (target.kind === 'function') return functions.get(target.path.join('.'));
    if (target.kind === 'builtin') {
      const b = getBuiltin(target.name);
      return b && !b.variadic ? b.arity : undefined;
    }
    return undefined;
  };
}

export function compileModules(modules: Module[]): CompiledPolicy {
  const files = new Set<string>();
  for (const m of modules) {
    if (files.has(m.file)) throw compileError('rego.compile_duplicate_module', { file: m.file }, m.packageLoc);
    files.add(m.file);
  }
  const globals: ResolveGlobals = { functions: new Map(), rules: new Set() };
  const ruleNamesByPkg = new Map<string, Set<string>>();
  for (const m of modules) {
    const key = m.packagePath.join('.');
    const names = ruleNamesByPkg.get(key) ?? new Set<string>();
    ruleNamesByPkg.set(key, names);
    for (const r of m.rules) {
      const { path } = splitHead(m.packagePath, r.head.ref);
      names.add((r.head.ref[0] as { name: string }).name);
      const dotted = ['data', ...path].join('.');
      globals.rules.add(dotted);
      if (r.kind === 'function') {
        const arity = r.head.args!.length;
        const prev = globals.functions.get(dotted);
        if (prev !== undefined && prev !== arity) {
          throw compileError('rego.compile_conflicting_rules', { path: dotted, detail: `arity ${prev} / ${arity}` }, r.loc);
        }
        globals.functions.set(dotted, arity);
      }
    }
  }
  const safety = new SafetyChecker(arityLookup(globals.functions));
  const annotations = new AnnotationIndex(modules, (m, r) => splitHead(m.packagePath, r.head.ref).path);
  const root = new RuleNode([]);
  for (const m of modules) {
    const modInfo: ResolveModule = {
      pkgPath: ['data', ...m.packagePath],
      imports: importMap(m),
      ruleNames: ruleNamesByPkg.get(m.packagePath.join('.'))!,
    };
    let pkgNode = root;
    for (const seg of m.packagePath) pkgNode = pkgNode.child(seg);
    pkgNode.isPackage = true;
    for (const r of m.rules) {
      const compiled = compileRule(r, m, new Resolver(globals, modInfo), safety, annotations);
      let node = root;
      for (const seg of compiled.path) node = node.child(seg);
      addRule(node, compiled);
    }
  }
  checkTree(root);
  const policy: CompiledPolicy = { root, modules, functions: globals.functions };
  checkRecursion(policy);
  return policy;
}

function importMap(m: Module): Map<string, Term> {
  const out = new Map<string, Term>();
  for (const imp of m.imports) {
    const name = refName(imp.path) ?? '';
    const parts = name.split('.');
    if (parts[0] === 'future' || parts[0] === 'rego') continue;
    const alias = imp.alias ?? parts[parts.length - 1]!;
    if (parts.length === 1 && !imp.alias) continue; // `import input` / `import data`
    if (out.has(alias)) throw compileError('rego.compile_import_conflict', { name: alias }, imp.loc);
    out.set(alias, imp.path);
  }
  return out;
}

function compileRule(r: Rule, m: Module, resolver: Resolver, safety: SafetyChecker, annotations: AnnotationIndex): CompiledRule {
  const { path, suffix } = splitHead(m.packagePath, r.head.ref);
  const scope = resolver.topScope();
  const args = r.head.args ? resolver.declareArgs(r.head.args, scope) : undefined;
  const safe = new Set<string>();
  const hoisted: Expr[] = [];
  // Arguments that are not patterns (templates, calls, refs) are compared in the body, like OPA.
  const argPatterns = args?.map((a, i) => {
    if (isArgPattern(a)) return a;
    const v: Term = { type: 'var', name: `$arg${i}`, loc: a.loc };
    hoisted.push({ kind: 'unify', assign: false, left: v, right: a, negated: false, with: [], loc: a.loc, start: 0, end: 0 });
    return v;
  });
  for (const a of argPatterns ?? []) termVars(a, safe);
  const metadata = (t: Term): Term => {
    if (t.type !== 'call' || t.target?.kind !== 'builtin') return foldConstants(t);
    if (t.target.name === 'rego.metadata.rule') return { type: 'scalar', value: annotations.ruleValue(r, path), loc: t.loc };
    if (t.target.name === 'rego.metadata.chain') return { type: 'scalar', value: annotations.chainValue(r, path, m.packagePath), loc: t.loc };
    return t;
  };
  const body = [...resolver.resolveBody(r.body, scope), ...hoisted].map((e) => rewriteExpr(e, metadata));
  const resolveHead = (t: Term | undefined) => (t ? rewriteTerm(resolver.resolveTerm(t, scope), metadata) : undefined);
  // Like OPA, evaluate refs, calls and comprehensions of the head in the body (`q := xs[_]`).
  const hoist = (t: Term | undefined, name: string): Term | undefined => {
    if (!t || !containsRefOrCall(t)) return t;
    const v: Term = { type: 'var', name, loc: t.loc };
    body.push({ kind: 'unify', assign: false, left: v, right: t, negated: false, with: [], loc: t.loc, start: 0, end: 0 });
    return v;
  };
  const rawValue = resolveHead(r.head.value);
  if (r.isDefault && rawValue && (containsRefOrCall(rawValue) || hasOuterVar(rawValue))) {
    throw compileError('rego.compile_default_not_ground', { path: ['data', ...path].join('.') }, r.loc);
  }
  const value = hoist(rawValue, '$head_value');
  const key = hoist(resolveHead(r.head.key), '$head_key');
  const ordered = safety.reorder(body, safe);
  ordered.body = ordered.body.map(rewriteEquals);
  const resolvedSuffix = suffix.map((t) => resolver.resolveTerm(t, scope));
  for (const t of [value, key, ...resolvedSuffix]) if (t) safety.requireSafe(t, ordered.safe);
  const compiled: CompiledRule = {
    kind: r.kind,
    path,
    suffix: resolvedSuffix,
    args: argPatterns,
    value,
    key,
    body: ordered.body,
    isDefault: r.isDefault,
    source: r,
  };
  if (r.elseRule) {
    const elseRule: Rule = { ...r.elseRule, head: { ...r.elseRule.head, args: r.head.args } };
    compiled.elseRule = compileRule(elseRule, m, resolver, safety, annotations);
  }
  return compiled;
}

function isArgPattern(t: Term): boolean {
  switch (t.type) {
    case 'var':
    case 'scalar':
      return true;
    case 'array':
      return t.items.every(isArgPattern);
    case 'object':
      return t.items.every(([k, v]) => k.type === 'scalar' && isArgPattern(v));
    default:
      return false;
  }
}

/** OPA evaluates `a == b` in rules as unification once safety is established. */
function rewriteEquals(e: Expr): Expr {
  if (e.kind === 'term' && e.term.type === 'call' && e.term.name === 'equal' && e.term.target?.kind === 'builtin' && e.term.args.length === 2) {
    return { ...e, kind: 'unify', assign: false, left: e.term.args[0]!, right: e.term.args[1]! } as Expr;
  }
  if (e.kind === 'every') return { ...e, body: e.body.map(rewriteEquals) };
  return e;
}

/** True when a variable occurs outside comprehensions. */
function hasOuterVar(t: Term): boolean {
  switch (t.type) {
    case 'var':
      return true;
    case 'array':
    case 'set':
      return t.items.some(hasOuterVar);
    case 'object':
      return t.items.some(([k, v]) => hasOuterVar(k) || hasOuterVar(v));
    default:
      return false;
  }
}

/** True when a term holds a reference, call or template (they must be hoisted into the body). */
function containsRefOrCall(t: Term): boolean {
  switch (t.type) {
    case 'ref':
    case 'call':
    case 'template':
      return true;
    case 'array':
    case 'set':
      return t.items.some(containsRefOrCall);
    case 'object':
      return t.items.some(([k, v]) => containsRefOrCall(k) || containsRefOrCall(v));
    default:
      return false;
  }
}

function addRule(node: RuleNode, rule: CompiledRule): void {
  const dotted = ['data', ...rule.path].join('.');
  const kindOf = (r: CompiledRule) => (r.kind === 'complete' && r.suffix.length > 0 ? 'complete-ref' : r.kind);
  const existing = node.rules[0] ?? node.defaultRule;
  if (existing) {
    const a = kindOf(existing);
    const b = kindOf(rule);
    const compatible = a === b || (a === 'multi' && b === 'multi') || ((a === 'complete-ref' || a === 'multi') && (b === 'complete-ref' || b === 'multi') && existing.suffix.length > 0 && rule.suffix.length > 0);
    if (!compatible) throw compileError('rego.compile_conflicting_rules', { path: dotted, detail: `${a} / ${b}` }, rule.source.loc);
  }
  if (rule.isDefault) {
    if (node.defaultRule) throw compileError('rego.compile_multiple_defaults', { path: dotted }, rule.source.loc);
    node.defaultRule = rule;
  } else node.rules.push(rule);
}

/** A complete or function rule cannot have rules below it (`a := 1` and `a.b := 2`). */
function checkTree(node: RuleNode): void {
  if (node.hasRules && node.children.size > 0) {
    const r = node.rules[0] ?? node.defaultRule!;
    if ((r.kind === 'complete' && r.suffix.length === 0) || r.kind === 'function') {
      const childRule = firstRuleBelow(node);
      throw compileError('rego.compile_conflicting_rules', { path: ['data', ...node.path].join('.'), detail: 'rules defined below it' }, (childRule ?? r).source.loc);
    }
  }
  for (const c of node.children.values()) checkTree(c);
}

function firstRuleBelow(node: RuleNode): CompiledRule | undefined {
  for (const c of node.children.values()) {
    const r = c.rules[0] ?? c.defaultRule ?? firstRuleBelow(c);
    if (r) return r;
  }
  return undefined;
}

/** Compiles a query against a policy (no package: names resolve to locals, data, input, builtins). */
export function compileQuery(body: Expr[], policy: CompiledPolicy): Expr[] {
  const globals: ResolveGlobals = { functions: policy.functions, rules: new Set() };
  const resolver = new Resolver(globals, { pkgPath: ['data'], imports: new Map(), ruleNames: new Set() });
  const resolved = resolver.resolveBody(body, resolver.topScope()).map((e) => rewriteExpr(e, foldConstants));
  return new SafetyChecker(arityLookup(policy.functions)).reorder(resolved, new Set()).body;
}
