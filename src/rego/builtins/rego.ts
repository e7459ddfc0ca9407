/**
 * `rego.parse_module(filename, source)`: the module's syntax tree as a value, in the JSON shape
 * OPA uses (`{"package": {"path": [...]}, "imports": [...], "rules": [...]}`, terms as
 * `{"type": ..., "value": ...}`).
 */
import type { Expr, Rule, Term } from '../syntax/ast.js';
import { RegoError } from '../syntax/errors.js';
import { parseModule } from '../syntax/parser.js';
import { fromJSON, isNumber, numberToString, ObjectValue, SetValue, type Value } from '../values.js';
import { builtinError, expectString, registerBuiltin } from './registry.js';

type J = Record<string, unknown>;

function scalarJSON(v: Value): J {
  if (v === null) return { type: 'null' };
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  if (isNumber(v)) return { type: 'number', value: typeof v === 'bigint' ? Number(numberToString(v)) : v };
  if (typeof v === 'string') return { type: 'string', value: v };
  if (Array.isArray(v)) return { type: 'array', value: v.map(scalarJSON) };
  if (v instanceof SetValue) return { type: 'set', value: v.sorted().map(scalarJSON) };
  if (v instanceof ObjectValue) return { type: 'object', value: v.sortedKeys().map((k) => [scalarJSON(k), scalarJSON(v.get(k)!)]) };
  return { type: 'null' };
}

function termJSON(t: Term): J {
  switch (t.type) {
    case 'scalar':
      return scalarJSON(t.value);
    case 'var':
      return { type: 'var', value: t.name.startsWith('$_') ? '_' : t.name };
    case 'ref':
      return { type: 'ref', value: [termJSON(t.head), ...t.path.map(termJSON)] };
    case 'array':
      return { type: 'array', value: t.items.map(termJSON) };
    case 'set':
      return { type: 'set', value: t.items.map(termJSON) };
    case 'object':
      return { type: 'object', value: t.items.map(([k, v]) => [termJSON(k), termJSON(v)]) };
    case 'arraycompr':
      return { type: 'arraycomprehension', value: { term: termJSON(t.head), body: t.body.map(exprJSON) } };
    case 'setcompr':
      return { type: 'setcomprehension', value: { term: termJSON(t.head), body: t.body.map(exprJSON) } };
    case 'objectcompr':
      return { type: 'objectcomprehension', value: { key: termJSON(t.key), value: termJSON(t.value), body: t.body.map(exprJSON) } };
    case 'call':
      return { type: 'call', value: [opJSON(t.name), ...t.args.map(termJSON)] };
    case 'template':
      return { type: 'templatestring', value: t.parts.map((p) => (typeof p === 'string' ? { type: 'string', value: p } : exprJSON(p, 0))) };
  }
}

function opJSON(name: string): J {
  const [head, ...rest] = name.split('.');
  return { type: 'ref', value: [{ type: 'var', value: head }, ...rest.map((s) => ({ type: 'string', value: s }))] };
}

function exprJSON(e: Expr, index: number): J {
  let terms: unknown;
  switch (e.kind) {
    case 'term':
      terms = e.term.type === 'call' ? [opJSON(e.term.name), ...e.term.args.map(termJSON)] : termJSON(e.term);
      break;
    case 'unify':
      terms = [opJSON(e.assign ? 'assign' : 'eq'), termJSON(e.left), termJSON(e.right)];
      break;
    case 'some':
      terms = { type: 'somedecl', value: e.vars.map(termJSON) };
      break;
    case 'somein':
      terms = { type: 'somedecl', value: [{ type: 'call', value: [opJSON(e.key ? 'internal.member_3' : 'internal.member_2'), ...(e.key ? [termJSON(e.key)] : []), termJSON(e.value), termJSON(e.collection)] }] };
      break;
    case 'every':
      terms = { type: 'every', value: { key: e.key ? termJSON(e.key) : null, value: termJSON(e.value), domain: termJSON(e.collection), body: e.body.map(exprJSON) } };
      break;
  }
  const out: J = { index, terms };
  if (e.negated) out.negated = true;
  if (e.with.length) out.with = e.with.map((w) => ({ target: termJSON(w.target), value: termJSON(w.value) }));
  return out;
}

function ruleJSON(r: Rule): J {
  const head: J = { name: (r.head.ref[0] as { name: string }).name, ref: r.head.ref.map(termJSON) };
  if (r.head.args) head.args = r.head.args.map(termJSON);
  if (r.head.value) head.value = termJSON(r.head.value);
  if (r.head.key) head.key = termJSON(r.head.key);
  if (r.head.assign) head.assign = true;
  const out: J = { head, body: r.body.length ? r.body.map(exprJSON) : [{ index: 0, terms: { type: 'boolean', value: true } }] };
  if (r.isDefault) out.default = true;
  if (r.elseRule) out.else = ruleJSON(r.elseRule);
  if (r.annotations) out.annotations = [r.annotations.raw];
  return out;
}

registerBuiltin(
  'rego.parse_module',
  (args) => {
    const file = expectString(args, 0);
    const source = expectString(args, 1);
    let module;
    try {
      module = parseModule(file, source);
    } catch (e) {
      if (e instanceof RegoError) throw builtinError(e.opaText);
      throw e;
    }
    const json: J = {
      package: { path: [{ type: 'var', value: 'data' }, ...module.packagePath.map((s) => ({ type: 'string', value: s }))] },
      rules: module.rules.map(ruleJSON),
    };
    if (module.imports.length) json.imports = module.imports.map((i) => ({ path: termJSON(i.path), ...(i.alias ? { alias: i.alias } : {}) }));
    return fromJSON(json);
  },
  { arity: 2 },
);
