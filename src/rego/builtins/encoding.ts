/**
 * Encoding builtins: base64.*, base64url.*, hex.*, urlquery.*, json.marshal / unmarshal /
 * is_valid / marshal_with_options, yaml.marshal / unmarshal / is_valid.
 */
import YAML from 'yaml';
import { registerBuiltin } from './registry.js';
import { type Value, ObjectValue, SetValue, fromJSON, toJSON, typeName } from '../values.js';
import { builtinError, objectArg, stringArg, typeError, typeErrorText } from './lib/args.js';
import { Base64Error, decodeBase64, encodeBase64 } from './lib/base64.js';
import { JsonSyntaxError, jsonText, parseJsonValue } from './lib/json-text.js';

function bytesOf(s: string): Buffer {
  return Buffer.from(s, 'utf8');
}

function decodeOrFail(text: string, alphabet: 'std' | 'url', padded: boolean): Buffer {
  try {
    return decodeBase64(text, alphabet, padded);
  } catch (e) {
    if (e instanceof Base64Error) throw builtinError(e.message);
    throw e;
  }
}

registerBuiltin('base64.encode', (args) => encodeBase64(bytesOf(stringArg(args, 0)), 'std', true), { arity: 1 });
registerBuiltin('base64.decode', (args) => decodeOrFail(stringArg(args, 0), 'std', true).toString('utf8'), { arity: 1 });
registerBuiltin(
  'base64.is_valid',
  (args) => {
    try {
      decodeBase64(stringArg(args, 0), 'std', true);
      return true;
    } catch (e) {
      if (e instanceof Base64Error) return false;
      throw e;
    }
  },
  { arity: 1 },
);
registerBuiltin('base64url.encode', (args) => encodeBase64(bytesOf(stringArg(args, 0)), 'url', true), { arity: 1 });
registerBuiltin('base64url.encode_no_pad', (args) => encodeBase64(bytesOf(stringArg(args, 0)), 'url', false), { arity: 1 });
registerBuiltin(
  'base64url.decode',
  (args) => {
    const text = stringArg(args, 0);
    // OPA accepts both padded and unpadded input.
    const padded = text.length % 4 === 0;
    return decodeOrFail(text, 'url', padded).toString('utf8');
  },
  { arity: 1 },
);

registerBuiltin('hex.encode', (args) => bytesOf(stringArg(args, 0)).toString('hex'), { arity: 1 });
registerBuiltin(
  'hex.decode',
  (args) => {
    const text = stringArg(args, 0);
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (!/[0-9a-fA-F]/.test(c)) {
        const cp = text.codePointAt(i)!;
        throw builtinError(`encoding/hex: invalid byte: U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${String.fromCodePoint(cp)}'`);
      }
    }
    if (text.length % 2 !== 0) throw builtinError('encoding/hex: odd length hex string');
    return Buffer.from(text, 'hex').toString('utf8');
  },
  { arity: 1 },
);

/** Go's url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = '';
  for (const byte of bytesOf(s)) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Go's url.QueryUnescape; throws a builtin error on a malformed escape. */
function queryUnescape(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
        throw builtinError(`invalid URL escape "${s.slice(i, i + 3)}"`);
      }
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (c === '+') {
      bytes.push(0x20);
    } else {
      for (const b of bytesOf(c)) bytes.push(b);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

registerBuiltin('urlquery.encode', (args) => queryEscape(stringArg(args, 0)), { arity: 1 });
registerBuiltin('urlquery.decode', (args) => queryUnescape(stringArg(args, 0)), { arity: 1 });

registerBuiltin(
  'urlquery.encode_object',
  (args) => {
    const o = objectArg(args, 0);
    const pairs: string[] = [];
    for (const k of o.sortedKeys()) {
      if (typeof k !== 'string') throw typeErrorText(`operand 1 must be object[string: string|array[string]|set[string]] but got object with ${typeName(k)} key`);
      const v = o.get(k)!;
      const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v : v instanceof SetValue ? v.sorted() : undefined;
      if (!values) throw typeError(1, 'object[string: string|array[string]|set[string]]', o);
      for (const item of values) {
        if (typeof item !== 'string') throw typeError(1, 'object[string: string|array[string]|set[string]]', o);
        pairs.push(`${queryEscape(k)}=${queryEscape(item)}`);
      }
    }
    return pairs.join('&');
  },
  { arity: 1 },
);

registerBuiltin(
  'urlquery.decode_object',
  (args) => {
    const text = stringArg(args, 0);
    const result = new Map<string, Value[]>();
    for (const part of text.split('&')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      const k = queryUnescape(eq < 0 ? part : part.slice(0, eq));
      const v = queryUnescape(eq < 0 ? '' : part.slice(eq + 1));
      const list = result.get(k) ?? [];
      list.push(v);
      result.set(k, list);
    }
    return ObjectValue.from([...result].map(([k, v]) => [k, v] as [Value, Value]));
  },
  { arity: 1 },
);

// ---- JSON ---------------------------------------------------------------------------------

registerBuiltin('json.marshal', (args) => jsonText(args[0]!), { arity: 1 });

registerBuiltin(
  'json.marshal_with_options',
  (args) => {
    const value = args[0]!;
    const opts = objectArg(args, 1);
    let pretty: boolean | undefined;
    let indent: string | undefined;
    let prefix: string | undefined;
    for (const [k, v] of opts) {
      switch (k) {
        case 'pretty':
          if (typeof v !== 'boolean') throw typeErrorText(`operand 2 "pretty" must be boolean but got ${typeName(v)}`);
          pretty = v;
          break;
        case 'indent':
          if (typeof v !== 'string') throw typeErrorText(`operand 2 "indent" must be string but got ${typeName(v)}`);
          indent = v;
          break;
        case 'prefix':
          if (typeof v !== 'string') throw typeErrorText(`operand 2 "prefix" must be string but got ${typeName(v)}`);
          prefix = v;
          break;
        default:
          throw typeErrorText(`operand 2 object contained unknown key ${JSON.stringify(typeof k === 'string' ? k : String(k))}`);
      }
    }
    const wantPretty = pretty ?? (indent !== undefined || prefix !== undefined);
    if (!wantPretty) return jsonText(value);
    const p = prefix ?? '';
    return p + jsonText(value, indent ?? '\t', p);
  },
  { arity: 2 },
);

function parseJsonOrFail(text: string): Value {
  try {
    return parseJsonValue(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw builtinError(e.message);
    throw e;
  }
}

registerBuiltin('json.unmarshal', (args) => parseJsonOrFail(stringArg(args, 0)), { arity: 1 });
registerBuiltin(
  'json.is_valid',
  (args) => {
    const text = args[0];
    if (typeof text !== 'string') return false;
    try {
      parseJsonValue(text);
      return true;
    } catch {
      return false;
    }
  },
  { arity: 1 },
);

// ---- YAML ---------------------------------------------------------------------------------

function parseYaml(text: string): Value {
  const doc = YAML.parseDocument(text, { version: '1.1', intAsBigInt: true, uniqueKeys: false, prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = err.linePos?.[0]?.line ?? 1;
    const detail = /flow collection|Missing ,|end of flow|Flow (sequence|map)/i.test(err.message)
      ? "did not find expected ',' or ']'"
      : err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw builtinError(`yaml: line ${line}: ${detail}`);
  }
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // unresolved aliases, alias bombs
    throw builtinError(`yaml: ${(e as Error).message}`);
  }
  try {
    return fromJSON(js === undefined ? null : js);
  } catch (e) {
    throw builtinError(`yaml: ${(e as Error).message}`);
  }
}

registerBuiltin('yaml.unmarshal', (args) => parseYaml(stringArg(args, 0)), { arity: 1 });
registerBuiltin(
  'yaml.is_valid',
  (args) => {
    const text = args[0];
    if (typeof text !== 'string') return false;
    try {
      parseYaml(text);
      return true;
    } catch {
      return false;
    }
  },
  { arity: 1 },
);
registerBuiltin(
  'yaml.marshal',
  (args) => {
    // Sorted keys and unindented sequences, the layout of Go's YAML encoder.
    const plain = toJSON(args[0]!);
    return YAML.stringify(plain, { version: '1.1', indentSeq: false });
  },
  { arity: 1 },
);
