/**
 * JSON text <-> Rego values with OPA's (Go encoding/json's) conventions: integers of any size stay
 * exact, object keys are written sorted, `<`, `>`, `&`, U+2028 and U+2029 are escaped as Go does,
 * and indentation may use any indent/prefix strings (Go's MarshalIndent).
 */
import { type Value, ObjectValue, SetValue, numberToString, normalizeNumber, parseNumber, compare } from '../../values.js';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Strict JSON parser (RFC 8259) producing Rego values; the last duplicate key wins. */
export function parseJsonValue(text: string): Value {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (what: string): never => {
    if (i >= text.length) throw new JsonSyntaxError('unexpected end of JSON input', i);
    throw new JsonSyntaxError(`invalid character '${text[i]}' ${what}`, i);
  };
  const parseString = (): string => {
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) throw new JsonSyntaxError('unexpected end of JSON input', i);
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        i++;
        fail('in string escape code');
      }
      if (c.charCodeAt(0) < 0x20) fail('in string literal');
      out += c;
      i++;
    }
  };
  const parseValue = (): Value => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const o = new ObjectValue();
      ws();
      if (text[i] === '}') {
        i++;
        return o;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('looking for beginning of object key string');
        const k = parseString();
        ws();
        if (text[i] !== ':') fail('after object key');
        i++;
        o.set(k, parseValue());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return o;
        }
        fail('after object key:value pair');
      }
    }
    if (c === '[') {
      i++;
      const a: Value[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return a;
      }
      for (;;) {
        a.push(parseValue());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return a;
        }
        fail('after array element');
      }
    }
    if (c === '"') return parseString();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (m) {
      i += m[0].length;
      const n = parseNumber(m[0]);
      if (n === undefined) throw new JsonSyntaxError(`cannot represent number ${m[0]}`, i);
      return n;
    }
    return fail('looking for beginning of value');
  };
  const v = parseValue();
  ws();
  if (i < text.length) fail('after top-level value');
  return v;
}

function goEscape(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function keyText(k: Value): string {
  if (typeof k === 'string') return k;
  return jsonText(k);
}

/**
 * JSON text of a Rego value. Sets become sorted arrays, object keys are sorted (non-string keys
 * use their JSON text). With `indent`/`prefix` the layout is Go's MarshalIndent.
 */
export function jsonText(v: Value, indent?: string, prefix = ''): string {
  const pretty = indent !== undefined;
  const walk = (x: Value, level: string): string => {
    if (x === null) return 'null';
    if (typeof x === 'boolean') return x ? 'true' : 'false';
    if (typeof x === 'number' || typeof x === 'bigint') return numberToString(normalizeNumber(x));
    if (typeof x === 'string') return goEscape(x);
    const inner = pretty ? `${level}${indent}` : '';
    const nl = pretty ? `\n${prefix}` : '';
    if (Array.isArray(x) || x instanceof SetValue) {
      const items = Array.isArray(x) ? x : x.sorted();
      if (items.length === 0) return '[]';
      return `[${items.map((e) => `${nl}${inner}${walk(e, inner)}`).join(',')}${nl}${level}]`;
    }
    const entries = x.sortedKeys().map((k) => [keyText(k), x.get(k)!] as const);
    entries.sort((a, b) => compare(a[0], b[0]));
    if (entries.length === 0) return '{}';
    const sep = pretty ? ': ' : ':';
    return `{${entries.map(([k, e]) => `${nl}${inner}${goEscape(k)}${sep}${walk(e, inner)}`).join(',')}${nl}${level}}`;
  };
  return walk(v, '');
}
