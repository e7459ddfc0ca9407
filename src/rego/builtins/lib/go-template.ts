/**
 * Go's text/template as `strings.render_template` uses it: `{{.a.b}}`, `{{$var}}`,
 * `{{$v := pipeline}}`, pipelines (`{{.x | printf "%05d"}}`), parenthesised arguments, the
 * builtin functions and, or, not, len, index, print, println, printf, eq, ne, lt, le, gt, ge,
 * `{{range [$i, $v :=] pipeline}}...{{else}}...{{end}}`, `{{if pipeline}}...{{else}}...{{end}}`,
 * `{{with pipeline}}...{{end}}`, comments and `{{- trim -}}` markers. A missing map key prints
 * `<undefined>` (OPA's rendering of an undefined value). `else if`, `define`/`template`/`block`
 * and `break`/`continue` are not supported and raise a TemplateError.
 */
import { type Value, ObjectValue, SetValue, equal, toRegoString, numberToString } from '../../values.js';
import { goSprintf } from './go-sprintf.js';

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

type Tok = { k: 'str' | 'num' | 'word' | 'field' | 'var' | 'pipe' | 'open' | 'close' | 'assign'; v: string };

function lexAction(text: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '|') {
      toks.push({ k: 'pipe', v: c });
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      toks.push({ k: c === '(' ? 'open' : 'close', v: c });
      i++;
      continue;
    }
    if (text.startsWith(':=', i) || (c === '=' && text[i + 1] !== '=')) {
      toks.push({ k: 'assign', v: c === ':' ? ':=' : '=' });
      i += c === ':' ? 2 : 1;
      continue;
    }
    if (c === '"') {
      const m = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(i));
      if (!m) throw new TemplateError('unterminated quoted string');
      toks.push({ k: 'str', v: JSON.parse(m[0]) as string });
      i += m[0].length;
      continue;
    }
    if (c === '`') {
      const close = text.indexOf('`', i + 1);
      if (close < 0) throw new TemplateError('unterminated raw quoted string');
      toks.push({ k: 'str', v: text.slice(i + 1, close) });
      i = close + 1;
      continue;
    }
    const m = /^(-?\d+(?:\.\d+)?|\$[\w]*(?:\.\w+)*|(?:\.\w+)+|\.|[A-Za-z_]\w*)/.exec(text.slice(i));
    if (!m) throw new TemplateError(`unexpected "${c}" in action`);
    const w = m[0];
    toks.push({ k: /^-?\d/.test(w) ? 'num' : w.startsWith('$') ? 'var' : w.startsWith('.') ? 'field' : 'word', v: w });
    i += w.length;
  }
  return toks;
}

function lookupPath(base: Datum, path: string): Datum {
  let cur = base;
  for (const name of path.split('.').filter((p) => p !== '')) cur = field(cur, name);
  return cur;
}

function lengthOfDatum(v: Datum): number {
  if (typeof v === 'string') return Buffer.byteLength(v, 'utf8');
  if (Array.isArray(v)) return v.length;
  if (v instanceof ObjectValue || v instanceof SetValue) return v.size;
  throw new TemplateError(`len of ${show(v)}`);
}

function compareData(a: Datum, b: Datum): number {
  const num = (x: Datum): number | undefined => (typeof x === 'number' ? x : typeof x === 'bigint' ? Number(x) : undefined);
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined) return na < nb ? -1 : na > nb ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  throw new TemplateError('incompatible types for comparison');
}

const FUNCTIONS: Record<string, (args: Datum[]) => Datum> = {
  and: (a) => a.find((x) => !truthy(x)) ?? a[a.length - 1] ?? UNDEFINED,
  or: (a) => a.find((x) => truthy(x)) ?? a[a.length - 1] ?? UNDEFINED,
  not: (a) => !truthy(a[0] ?? UNDEFINED),
  len: (a) => lengthOfDatum(a[0] ?? UNDEFINED),
  index: (a) => {
    let cur = a[0] ?? UNDEFINED;
    for (const key of a.slice(1)) {
      if (Array.isArray(cur) && typeof key === 'number') cur = cur[key] ?? UNDEFINED;
      else if (cur instanceof ObjectValue && key !== UNDEFINED) cur = cur.get(key) ?? UNDEFINED;
      else throw new TemplateError(`can't index item of type ${typeof cur}`);
    }
    return cur;
  },
  print: (a) => a.map(show).join(''),
  println: (a) => `${a.map(show).join(' ')}\n`,
  printf: (a) => {
    const [format, ...rest] = a;
    if (typeof format !== 'string') throw new TemplateError('printf: format must be a string');
    return goSprintf(format, rest.map((x) => (x === UNDEFINED ? null : x)));
  },
  eq: (a) => a.slice(1).some((x) => x !== UNDEFINED && a[0] !== UNDEFINED && compareEqual(a[0]!, x)),
  ne: (a) => !(a[0] !== UNDEFINED && a[1] !== undefined && a[1] !== UNDEFINED && compareEqual(a[0]!, a[1])),
  lt: (a) => compareData(a[0] ?? UNDEFINED, a[1] ?? UNDEFINED) < 0,
  le: (a) => compareData(a[0] ?? UNDEFINED, a[1] ?? UNDEFINED) <= 0,
  gt: (a) => compareData(a[0] ?? UNDEFINED, a[1] ?? UNDEFINED) > 0,
  ge: (a) => compareData(a[0] ?? UNDEFINED, a[1] ?? UNDEFINED) >= 0,
};

function compareEqual(a: Datum, b: Datum): boolean {
  if (a === UNDEFINED || b === UNDEFINED) return false;
  return equal(a, b);
}

/** Evaluates an action: a pipeline of commands separated by `|`, optionally `$v := pipeline`. */
function evalPipeline(text: string, dot: Datum, vars: Map<string, Datum>): Datum {
  const toks = lexAction(text);
  let pos = 0;
  let assignTo: string | undefined;
  if (toks.length >= 2 && toks[0]!.k === 'var' && toks[1]!.k === 'assign') {
    assignTo = toks[0]!.v;
    pos = 2;
  }
  const operand = (): Datum => {
    const t = toks[pos++];
    if (!t) throw new TemplateError('missing value');
    switch (t.k) {
      case 'str':
        return t.v;
      case 'num':
        return Number(t.v);
      case 'field':
        return lookupPath(dot, t.v);
      case 'var': {
        const [name, ...path] = t.v.split('.');
        if (!vars.has(name!)) throw new TemplateError(`undefined variable: ${name}`);
        return lookupPath(vars.get(name!)!, path.join('.'));
      }
      case 'open': {
        const v = pipeline(true);
        if (toks[pos]?.k !== 'close') throw new TemplateError('unclosed left paren');
        pos++;
        return v;
      }
      case 'word':
        if (t.v === 'true' || t.v === 'false') return t.v === 'true';
        if (t.v === 'nil') return null;
        if (FUNCTIONS[t.v]) return FUNCTIONS[t.v]!([]);
        throw new TemplateError(`function "${t.v}" not defined`);
      default:
        throw new TemplateError(`unexpected "${t.v}" in operand`);
    }
  };
  const command = (piped: Datum | undefined): Datum => {
    const t = toks[pos];
    if (t && t.k === 'word' && FUNCTIONS[t.v]) {
      pos++;
      const args: Datum[] = [];
      while (pos < toks.length && toks[pos]!.k !== 'pipe' && toks[pos]!.k !== 'close') args.push(operand());
      if (piped !== undefined) args.push(piped);
      return FUNCTIONS[t.v]!(args);
    }
    const v = operand();
    if (piped !== undefined) throw new TemplateError('can only pipe into a function');
    if (pos < toks.length && toks[pos]!.k !== 'pipe' && toks[pos]!.k !== 'close') throw new TemplateError(`can't give argument to non-function ${text.trim()}`);
    return v;
  };
  const pipeline = (nested: boolean): Datum => {
    let v = command(undefined);
    while (pos < toks.length && toks[pos]!.k === 'pipe') {
      pos++;
      v = command(v);
    }
    if (!nested && pos < toks.length) throw new TemplateError(`unexpected "${toks[pos]!.v}" in command`);
    return v;
  };
  const value = pipeline(false);
  if (assignTo !== undefined) {
    vars.set(assignTo, value);
    return '';
  }
  return value;
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
        out += show(evalPipeline(n.expr, dot, vars));
        break;
      case 'if': {
        const v = evalPipeline(n.expr, dot, vars);
        out += run(truthy(v) ? n.then : n.else, dot, vars);
        break;
      }
      case 'with': {
        const v = evalPipeline(n.expr, dot, vars);
        out += truthy(v) ? run(n.then, v, vars) : run(n.else, dot, vars);
        break;
      }
      case 'range': {
        const v = evalPipeline(n.expr, dot, vars);
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
