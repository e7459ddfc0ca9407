/**
 * Recursion detection: a rule (or function) that depends on itself, directly or through other
 * rules, is a compile error in Rego (`rego_recursion_error`).
 */
import type { Expr, Term } from '../syntax/ast.js';
import { RegoError } from '../syntax/errors.js';
import type { CompiledPolicy, CompiledRule, RuleNode } from './compiler.js';

export function checkRecursion(policy: CompiledPolicy): void {
  const nodes: RuleNode[] = [];
  const collect = (n: RuleNode) => {
    if (n.hasRules) nodes.push(n);
    for (const c of n.children.values()) collect(c);
  };
  collect(policy.root);
  const edges = new Map<RuleNode, Set<RuleNode>>();
  for (const n of nodes) {
    const deps = new Set<RuleNode>();
    const rules = [...n.rules, ...(n.defaultRule ? [n.defaultRule] : [])];
    for (let r of rules) {
      for (let cur: CompiledRule | undefined = r; cur; cur = cur.elseRule) {
        r = cur;
        for (const t of ruleTerms(cur)) termDeps(t, policy.root, deps);
      }
    }
    edges.set(n, deps);
  }
  // Tarjan's strongly connected components, iterative (policies may chain thousands of rules).
  let index = 0;
  const idx = new Map<RuleNode, number>();
  const low = new Map<RuleNode, number>();
  const stack: RuleNode[] = [];
  const onStack = new Set<RuleNode>();
  const report = (comp: RuleNode[], v: RuleNode): void => {
    if (comp.length > 1 || edges.get(v)?.has(v)) {
      const names = comp.map((c) => ['data', ...c.path].join('.')).reverse();
      const first = comp[comp.length - 1]!;
      const rule = first.rules[0] ?? first.defaultRule!;
      throw new RegoError('rego_recursion_error', 'rego.compile_recursion', { path: names[0], cycle: [...names, names[0]].join(' -> ') }, rule.source.loc);
    }
  };
  for (const startNode of nodes) {
    if (idx.has(startNode)) continue;
    const work: { v: RuleNode; it: Iterator<RuleNode> }[] = [];
    const open = (v: RuleNode) => {
      idx.set(v, index);
      low.set(v, index);
      index++;
      stack.push(v);
      onStack.add(v);
      work.push({ v, it: (edges.get(v) ?? new Set<RuleNode>()).values() });
    };
    open(startNode);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const next = top.it.next();
      if (!next.done) {
        const w = next.value;
        if (!idx.has(w)) open(w);
        else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, idx.get(w)!));
        continue;
      }
      work.pop();
      const v = top.v;
      if (work.length > 0) {
        const parent = work[work.length - 1]!.v;
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === idx.get(v)) {
        const comp: RuleNode[] = [];
        let w: RuleNode;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        report(comp, v);
      }
    }
  }
}

function ruleTerms(r: CompiledRule): Term[] {
  const out: Term[] = [...r.suffix];
  if (r.value) out.push(r.value);
  if (r.key) out.push(r.key);
  for (const e of r.body) exprTerms(e, out);
  return out;
}

function exprTerms(e: Expr, out: Term[]): void {
  switch (e.kind) {
    case 'term':
      out.push(e.term);
      break;
    case 'unify':
      out.push(e.left, e.right);
      break;
    case 'somein':
      out.push(e.collection, e.value);
      if (e.key) out.push(e.key);
      break;
    case 'every':
      out.push(e.collection);
      for (const b of e.body) exprTerms(b, out);
      break;
    default:
      break;
  }
  for (const w of e.with) out.push(w.value);
}

/** Adds every rule node the term may read. */
function termDeps(t: Term, root: RuleNode, deps: Set<RuleNode>): void {
  switch (t.type) {
    case 'ref': {
      if (t.head.type === 'var' && t.head.name === 'data') refDeps(root, t.path, 0, deps);
      else termDeps(t.head, root, deps);
      for (const p of t.path) termDeps(p, root, deps);
      break;
    }
    case 'var':
      if (t.name === 'data') addSubtree(root, deps);
      break;
    case 'array':
    case 'set':
      for (const x of t.items) termDeps(x, root, deps);
      break;
    case 'object':
      for (const [k, v] of t.items) {
        termDeps(k, root, deps);
        termDeps(v, root, deps);
      }
      break;
    case 'arraycompr':
    case 'setcompr':
      termDeps(t.head, root, deps);
      for (const e of t.body) bodyDeps(e, root, deps);
      break;
    case 'objectcompr':
      termDeps(t.key, root, deps);
      termDeps(t.value, root, deps);
      for (const e of t.body) bodyDeps(e, root, deps);
      break;
    case 'call':
      if (t.target?.kind === 'function') {
        let node: RuleNode | undefined = root;
        for (const seg of t.target.path.slice(1)) node = node?.children.get(seg);
        if (node) deps.add(node);
      }
      for (const a of t.args) termDeps(a, root, deps);
      break;
    case 'template':
      for (const p of t.parts) if (typeof p !== 'string') bodyDeps(p, root, deps);
      break;
    default:
      break;
  }
}

function bodyDeps(e: Expr, root: RuleNode, deps: Set<RuleNode>): void {
  const terms: Term[] = [];
  exprTerms(e, terms);
  for (const t of terms) termDeps(t, root, deps);
}

/** The rule nodes a data ref may read: variables in the path match any child. */
function refDeps(node: RuleNode, path: Term[], i: number, deps: Set<RuleNode>): void {
  if (node.hasRules) {
    deps.add(node);
    return;
  }
  if (i === path.length) {
    addSubtree(node, deps);
    return;
  }
  const p = path[i]!;
  if (p.type === 'scalar') {
    const child = node.children.get(typeof p.value === 'string' ? p.value : String(p.value));
    if (child) refDeps(child, path, i + 1, deps);
    return;
  }
  for (const child of node.children.values()) refDeps(child, path, i + 1, deps);
}

function addSubtree(node: RuleNode, deps: Set<RuleNode>): void {
  if (node.hasRules) deps.add(node);
  for (const c of node.children.values()) addSubtree(c, deps);
}
