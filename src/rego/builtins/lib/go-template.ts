/**
 * A small subset of Go's text/template for `strings.render_template`: `{{.a.b}}`, `{{$var}}`,
 * `{{range [$i, $v :=] pipeline}}...{{else}}...{{end}}`, `{{if pipeline}}...{{else}}...{{end}}`,
 * `{{with pipeline}}...{{end}}`, literals, and `{{- trim -}}` markers. A missing map key prints
 * `<undefined>` (OPA's rendering of an undefined value).
 */
import { type Value, ObjectValue, SetValue, toRegoString, numberToString } from '../../values.js';

export class TemplateError extends Error {}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'print'; expr: string }
  | { kind: 'if'; expr: string; then: Node[]; else: Node[] }
  | { kind: 'with'; expr: string; then: Node[]; else: Node[] }
  | { kind: 'range'; expr: string; keyVar?: string; valueVar?: string; body: Node[]; else: Node[] };

const UNDEFINED = Symbol('undefined');
type Datum = Value | typeof UNDEFINED;

function tokenize(template: string): ({ text: string } | { action: string })[] {
  const out: ({ text: string } | { action: string })[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open < 0) {
      out.push({ text: template.slice(i) });
      break;
    }
    let text = template.slice(i, open);
    const close = template.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateError('unclosed action');
    let action = template.slice(open + 2, close);
    let next = close + 2;
    if (action.startsWith('- ')) {
      text = text.replace(/\s+$/, '');
      action = action.slice(2);
    }
    if (action.endsWith(' -')) {
      action = action.slice(0, -2);
      const m = /^\s*/.exec(template.slice(next))!;
      next += m[0].length;
    }
    if (text) out.push({ text });
    out.push({ action: action.trim() });
    i = next;
  }
  return out;
}

function parse(template: string): Node[] {
  const tokens = tokenize(template);
  let pos = 0;
  function block(): { nodes: Node[]; end: 'end' | 'else' | 'eof' } {
    const nodes: Node[] = [];
    while (pos < tokens.length) {
      const tok = tokens[pos++]!;
      if ('text' in tok) {
        nodes.push({ kind: 'text', text: tok.text });
        continue;
      }
      const a = tok.action;
      if (a.startsWith('/*')) continue;
      if (a === 'end') return { nodes, end: 'end' };
      if (a === 'else') return { nodes, end: 'else' };
      const m = /^(if|with|range)\s+(.*)$/s.exec(a);
      if (m) {
        const body = block();
        let elseNodes: Node[] = [];
        if (body.end === 'else') {
          const e = block();
          if (e.end !== 'end') throw new TemplateError(`unexpected EOF in ${m[1]}`);
          elseNodes = e.nodes;
        } else if (body.end !== 'end') throw new TemplateError(`unexpected EOF in ${m[1]}`);
        if (m[1] === 'range') {
          const r = /^(?:(\$\w+)\s*(?:,\s*(\$\w+))?\s*:?=\s*)?(.*)$/s.exec(m[2]!)!;
          const keyVar = r[2] ? r[1] : undefined;
          const valueVar = r[2] ? r[2] : r[1];
          nodes.push({ kind: 'range', expr: r[3]!.trim(), keyVar, valueVar, body: body.nodes, else: elseNodes });
        } else {
          nodes.push({ kind: m[1] as 'if' | 'with', expr: m[2]!.trim(), then: body.nodes, else: elseNodes });
        }
        continue;
      }
      nodes.push({ kind: 'print', expr: a });
    }
    return { nodes, end: 'eof' };
  }
  const top = block();
  if (top.end !== 'eof') throw new TemplateError(`unexpected {{${top.end}}}`);
  return top.nodes;
}

function field(base: Datum, name: string): Datum {
  if (base instanceof ObjectValue) {
    const v = base.get(name);
    return v === undefined ? UNDEFINED : v;
  }
  return UNDEFINED;
}

function evalExpr(expr: string, dot: Datum, vars: Map<string, Datum>): Datum {
  const e = expr.trim();
  if (e === '.') return dot;
  if (/^"(?:[^"\\]|\\.)*"$/.test(e)) return JSON.parse(e) as string;
  if (/^-?\d+(\.\d+)?$/.test(e)) return Number(e);
  if (e === 'true' || e === 'false') return e === 'true';
  if (e === 'nil') return null;
  const m = /^(\$\w*|\.)?((?:\.[A-Za-z_]\w*)*)$/.exec(e);
  if (!m) throw new TemplateError(`unsupported template expression: ${e}`);
  let cur: Datum;
  let rest = m[2] ?? '';
  if (m[1] && m[1].startsWith('$')) {
    if (!vars.has(m[1])) throw new TemplateError(`undefined variable: ${m[1]}`);
    cur = vars.get(m[1])!;
  } else {
    cur = dot;
    if (m[1] === '.') rest = `.${rest}`;
  }
  for (const name of rest.split('.').filter((s) => s !== '')) cur = field(cur, name);
  return cur;
}

function truthy(v: Datum): boolean {
  if (v === UNDEFINED || v === null || v === false) return false;
  if (v === 0 || v === 0n || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof ObjectValue || v instanceof SetValue) return v.size > 0;
  return true;
}

function show(v: Datum): string {
  if (v === UNDEFINED) return '<undefined>';
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return numberToString(v);
  if (typeof v === 'boolean') return String(v);
  return toRegoString(v);
}

function run(nodes: Node[], dot: Datum, vars: Map<string, Datum>): string {
  let out = '';
  for (const n of nodes) {
    switch (n.kind) {
      case 'text':
        out += n.text;
        break;
      case 'print':
        out += show(evalExpr(n.expr, dot, vars));
        break;
      case 'if': {
        const v = evalExpr(n.expr, dot, vars);
        out += run(truthy(v) ? n.then : n.else, dot, vars);
        break;
      }
      case 'with': {
        const v = evalExpr(n.expr, dot, vars);
        out += truthy(v) ? run(n.then, v, vars) : run(n.else, dot, vars);
        break;
      }
      case 'range': {
        const v = evalExpr(n.expr, dot, vars);
        let entries: [Value, Value][] = [];
        if (Array.isArray(v)) entries = v.map((x, i) => [i, x]);
        else if (v instanceof ObjectValue) entries = v.sortedKeys().map((k) => [k, v.get(k)!]);
        else if (v instanceof SetValue) entries = v.sorted().map((x, i) => [i, x]);
        else if (v !== UNDEFINED && v !== null) throw new TemplateError(`range can't iterate over ${show(v)}`);
        if (entries.length === 0) {
          out += run(n.else, dot, vars);
          break;
        }
        for (const [k, x] of entries) {
          const scope = new Map(vars);
          if (n.keyVar) scope.set(n.keyVar, k);
          if (n.valueVar) scope.set(n.valueVar, x);
          out += run(n.body, x, scope);
        }
        break;
      }
    }
  }
  return out;
}

/** Renders `template` with `data` as dot. Throws TemplateError on syntax or evaluation errors. */
export function renderTemplate(template: string, data: Value): string {
  const nodes = parse(template);
  return run(nodes, data, new Map([['$', data]]));
}
