/**
 * String builtins: concat, contains, startswith, endswith, format_int, indexof, indexof_n, lower,
 * upper, replace, strings.replace_n, split, strings.split_n, sprintf, substring, trim*, strings.*.
 * Indices and lengths count Unicode code points, as OPA counts runes.
 */
import { registerBuiltin } from './registry.js';
import { type Value, ObjectValue, SetValue } from '../values.js';
import {
  builtinError,
  codePoints,
  integerArg,
  num,
  numberArg,
  objectArg,
  stringArg,
  stringCollectionArg,
  typeError,
  typeErrorText,
  arrayArg,
} from './lib/args.js';
import { goSprintf } from './lib/go-sprintf.js';
import { renderTemplate, TemplateError } from './lib/go-template.js';

/** Code-point index of `needle` in `haystack` starting at code-point `from`, or -1. */
function runeIndexOf(haystack: string[], needle: string[], from = 0): number {
  if (needle.length === 0) return from <= haystack.length ? from : -1;
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Go's strings.Split. */
function goSplit(s: string, sep: string): string[] {
  if (sep === '') return codePoints(s);
  return s.split(sep);
}

/** Go's unicode.IsSpace. */
const GO_SPACE = new Set([' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000']);
function isGoSpace(ch: string): boolean {
  if (GO_SPACE.has(ch)) return true;
  const cp = ch.codePointAt(0)!;
  return cp >= 0x2000 && cp <= 0x200a;
}

function trimLeftWhere(s: string, pred: (ch: string) => boolean): string {
  const cps = codePoints(s);
  let i = 0;
  while (i < cps.length && pred(cps[i]!)) i++;
  return cps.slice(i).join('');
}

function trimRightWhere(s: string, pred: (ch: string) => boolean): string {
  const cps = codePoints(s);
  let j = cps.length;
  while (j > 0 && pred(cps[j - 1]!)) j--;
  return cps.slice(0, j).join('');
}

function cutsetPredicate(cutset: string): (ch: string) => boolean {
  const set = new Set(codePoints(cutset));
  return (ch) => set.has(ch);
}

/** A string, or the strings of an array/set, for the any_*_match builtins. */
function stringOrStrings(args: Value[], index: number): string[] {
  const v = args[index]!;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) || v instanceof SetValue) return stringCollectionArg(args, index);
  throw typeError(index + 1, 'one of {string, set, array}', v);
}

registerBuiltin(
  'concat',
  (args) => {
    const delim = stringArg(args, 0);
    const v = args[1]!;
    if (!Array.isArray(v) && !(v instanceof SetValue)) throw typeError(2, 'one of {set, array}', v);
    return stringCollectionArg(args, 1).join(delim);
  },
  { arity: 2 },
);

registerBuiltin('contains', (args) => stringArg(args, 0).includes(stringArg(args, 1)), { arity: 2 });
registerBuiltin('startswith', (args) => stringArg(args, 0).startsWith(stringArg(args, 1)), { arity: 2 });
registerBuiltin('endswith', (args) => stringArg(args, 0).endsWith(stringArg(args, 1)), { arity: 2 });
registerBuiltin('lower', (args) => stringArg(args, 0).toLowerCase(), { arity: 1 });
registerBuiltin('upper', (args) => stringArg(args, 0).toUpperCase(), { arity: 1 });

registerBuiltin(
  'format_int',
  (args) => {
    const n = numberArg(args, 0);
    const base = numberArg(args, 1);
    if (base !== 2 && base !== 8 && base !== 10 && base !== 16) throw typeErrorText('operand 2 must be one of {2, 8, 10, 16}');
    const int = typeof n === 'bigint' ? n : BigInt(Math.trunc(n));
    return int.toString(base);
  },
  { arity: 2 },
);

registerBuiltin(
  'indexof',
  (args) => {
    const haystack = stringArg(args, 0);
    const needle = stringArg(args, 1);
    if (needle === '') throw builtinError('empty search character');
    return runeIndexOf(codePoints(haystack), codePoints(needle));
  },
  { arity: 2 },
);

registerBuiltin(
  'indexof_n',
  (args) => {
    const haystack = codePoints(stringArg(args, 0));
    const needle = codePoints(stringArg(args, 1));
    if (needle.length === 0) throw builtinError('empty search character');
    const out: Value[] = [];
    for (let i = runeIndexOf(haystack, needle); i >= 0; i = runeIndexOf(haystack, needle, i + 1)) out.push(i);
    return out;
  },
  { arity: 2 },
);

registerBuiltin(
  'replace',
  (args) => {
    const s = stringArg(args, 0);
    const old = stringArg(args, 1);
    const replacement = stringArg(args, 2);
    if (old === '') {
      const cps = codePoints(s);
      return replacement + cps.map((c) => c + replacement).join('');
    }
    return s.split(old).join(replacement);
  },
  { arity: 3 },
);

registerBuiltin(
  'strings.replace_n',
  (args) => {
    const patterns = objectArg(args, 0);
    const s = stringArg(args, 1);
    const pairs: [string, string][] = [];
    for (const k of patterns.sortedKeys()) {
      if (typeof k !== 'string') throw typeErrorText('operand 1 non-string key found in pattern object');
      const v = patterns.get(k)!;
      if (typeof v !== 'string') throw typeErrorText('operand 1 non-string value found in pattern object');
      pairs.push([k, v]);
    }
    // Go's strings.Replacer: at each position the first pattern (in key order) that matches wins.
    let out = '';
    let i = 0;
    while (i < s.length) {
      const hit = pairs.find(([old]) => old !== '' && s.startsWith(old, i));
      if (hit) {
        out += hit[1];
        i += hit[0].length;
      } else {
        const cp = s.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        out += ch;
        i += ch.length;
      }
    }
    return out;
  },
  { arity: 2 },
);

registerBuiltin('split', (args) => goSplit(stringArg(args, 0), stringArg(args, 1)), { arity: 2 });

registerBuiltin(
  'strings.split_n',
  (args) => {
    const s = stringArg(args, 0);
    const sep = stringArg(args, 1);
    const n = integerArg(args, 2);
    const parts = goSplit(s, sep);
    if (s === '' && sep === '') return [];
    if (n === 0) return [];
    if (n > 0) return parts.slice(0, n);
    return parts.slice(Math.max(0, parts.length + n));
  },
  { arity: 3 },
);

registerBuiltin(
  'sprintf',
  (args) => {
    const format = stringArg(args, 0);
    const values = arrayArg(args, 1);
    return goSprintf(format, values);
  },
  { arity: 2 },
);

registerBuiltin(
  'substring',
  (args) => {
    const s = stringArg(args, 0);
    const offset = integerArg(args, 1);
    const length = integerArg(args, 2);
    if (offset < 0) throw builtinError('negative offset');
    const cps = codePoints(s);
    if (offset >= cps.length) return '';
    const end = length < 0 ? cps.length : Math.min(cps.length, offset + length);
    return cps.slice(offset, end).join('');
  },
  { arity: 3 },
);

registerBuiltin('trim', (args) => {
  const pred = cutsetPredicate(stringArg(args, 1));
  return trimRightWhere(trimLeftWhere(stringArg(args, 0), pred), pred);
}, { arity: 2 });
registerBuiltin('trim_left', (args) => trimLeftWhere(stringArg(args, 0), cutsetPredicate(stringArg(args, 1))), { arity: 2 });
registerBuiltin('trim_right', (args) => trimRightWhere(stringArg(args, 0), cutsetPredicate(stringArg(args, 1))), { arity: 2 });
registerBuiltin('trim_prefix', (args) => {
  const s = stringArg(args, 0);
  const prefix = stringArg(args, 1);
  return s.startsWith(prefix) ? s.slice(prefix.length) : s;
}, { arity: 2 });
registerBuiltin('trim_suffix', (args) => {
  const s = stringArg(args, 0);
  const suffix = stringArg(args, 1);
  return suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}, { arity: 2 });
registerBuiltin('trim_space', (args) => trimRightWhere(trimLeftWhere(stringArg(args, 0), isGoSpace), isGoSpace), { arity: 1 });

registerBuiltin('strings.reverse', (args) => codePoints(stringArg(args, 0)).reverse().join(''), { arity: 1 });

registerBuiltin(
  'strings.count',
  (args) => {
    const s = stringArg(args, 0);
    const sub = stringArg(args, 1);
    if (sub === '') return num(codePoints(s).length + 1);
    return s.split(sub).length - 1;
  },
  { arity: 2 },
);

registerBuiltin(
  'strings.any_prefix_match',
  (args) => {
    const search = stringOrStrings(args, 0);
    const bases = stringOrStrings(args, 1);
    return search.some((s) => bases.some((b) => s.startsWith(b)));
  },
  { arity: 2 },
);

registerBuiltin(
  'strings.any_suffix_match',
  (args) => {
    const search = stringOrStrings(args, 0);
    const bases = stringOrStrings(args, 1);
    return search.some((s) => bases.some((b) => s.endsWith(b)));
  },
  { arity: 2 },
);

registerBuiltin(
  'strings.render_template',
  (args) => {
    const template = stringArg(args, 0);
    const vars = args[1]!;
    if (!(vars instanceof ObjectValue)) throw typeError(2, 'object', vars);
    try {
      return renderTemplate(template, vars);
    } catch (e) {
      if (e instanceof TemplateError) throw builtinError(e.message);
      throw e;
    }
  },
  { arity: 2 },
);
