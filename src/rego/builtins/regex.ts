/**
 * Regular-expression builtins with Go RE2 syntax (translated to JS, see lib/re2.ts):
 * regex.match / re_match, regex.is_valid, regex.find_n, regex.find_all_string_submatch_n,
 * regex.split, regex.replace, regex.template_match, regex.globs_match.
 */
import { registerBuiltin } from './registry.js';
import type { Value } from '../values.js';
import { builtinError, integerArg, stringArg } from './lib/args.js';
import { type Re2Match, type Re2Regex, Re2SyntaxError, compileRe2 } from './lib/re2.js';
import { GlobIntersectionSyntaxError, globsIntersect } from './lib/glob-intersection.js';

function compile(pattern: string): Re2Regex {
  try {
    return compileRe2(pattern);
  } catch (e) {
    if (e instanceof Re2SyntaxError) throw builtinError(e.message);
    throw e;
  }
}

/**
 * Go's FindAll semantics: successive non-overlapping matches; an empty match right after the
 * previous match is skipped. Returns at most `limit` matches (negative = all).
 */
function findAll(re: Re2Regex, text: string, limit: number): Re2Match[] {
  const out: Re2Match[] = [];
  let pos = 0;
  let prevEnd = -1;
  while (pos <= text.length && (limit < 0 || out.length < limit)) {
    const m = re.execAt(text, pos);
    if (!m) break;
    const start = m.index;
    const end = start + m.groups[0]!.length;
    let accept = true;
    if (end === start) {
      if (start === prevEnd) accept = false;
      const cp = text.codePointAt(start);
      pos = start + (cp === undefined ? 1 : cp > 0xffff ? 2 : 1);
    } else {
      pos = end;
    }
    prevEnd = end;
    if (accept) out.push(m);
  }
  return out;
}

/** Go's regexp template expansion: `$1`, `${1}`, `$name`, `${name}`, `$$`. */
function expand(template: string, m: Re2Match): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== '$') {
      out += c;
      continue;
    }
    const rest = template.slice(i + 1);
    if (rest.startsWith('$')) {
      out += '$';
      i++;
      continue;
    }
    const braced = /^\{([A-Za-z0-9_]+)\}/.exec(rest);
    const bare = /^[A-Za-z0-9_]+/.exec(rest);
    const name = braced ? braced[1]! : bare ? bare[0] : undefined;
    if (name === undefined) {
      out += '$';
      continue;
    }
    i += braced ? braced[0].length : bare![0].length;
    if (/^\d+$/.test(name)) {
      out += m.groups[Number(name)] ?? '';
    } else {
      out += m.named[name] ?? '';
    }
  }
  return out;
}

const matchImpl = (args: Value[]): Value => {
  const pattern = stringArg(args, 0);
  const value = stringArg(args, 1);
  return compile(pattern).test(value);
};
registerBuiltin('regex.match', matchImpl, { arity: 2 });
registerBuiltin('re_match', matchImpl, { arity: 2 });

registerBuiltin(
  'regex.is_valid',
  (args) => {
    const pattern = args[0];
    if (typeof pattern !== 'string') return false;
    try {
      compileRe2(pattern);
      return true;
    } catch {
      return false;
    }
  },
  { arity: 1 },
);

registerBuiltin(
  'regex.find_n',
  (args) => {
    const re = compile(stringArg(args, 0));
    const text = stringArg(args, 1);
    const n = integerArg(args, 2);
    return findAll(re, text, n).map((m) => m.groups[0]!);
  },
  { arity: 3 },
);

registerBuiltin(
  'regex.find_all_string_submatch_n',
  (args) => {
    const re = compile(stringArg(args, 0));
    const text = stringArg(args, 1);
    const n = integerArg(args, 2);
    return findAll(re, text, n).map((m) => m.groups.map((g) => g ?? ''));
  },
  { arity: 3 },
);

registerBuiltin(
  'regex.split',
  (args) => {
    const re = compile(stringArg(args, 0));
    const text = stringArg(args, 1);
    if (text === '') return [''];
    const parts: Value[] = [];
    let beg = 0;
    let end = 0;
    for (const m of findAll(re, text, -1)) {
      end = m.index;
      const mEnd = m.index + m.groups[0]!.length;
      if (mEnd !== 0) parts.push(text.slice(beg, end));
      beg = mEnd;
    }
    if (end !== text.length) parts.push(text.slice(beg));
    return parts;
  },
  { arity: 2 },
);

registerBuiltin(
  'regex.replace',
  (args) => {
    const text = stringArg(args, 0);
    const re = compile(stringArg(args, 1));
    const replacement = stringArg(args, 2);
    let out = '';
    let last = 0;
    for (const m of findAll(re, text, -1)) {
      out += text.slice(last, m.index) + expand(replacement, m);
      last = m.index + m.groups[0]!.length;
    }
    return out + text.slice(last);
  },
  { arity: 3 },
);

registerBuiltin(
  'regex.template_match',
  (args) => {
    const template = stringArg(args, 0);
    const value = stringArg(args, 1);
    const open = stringArg(args, 2);
    const close = stringArg(args, 3);
    if (open === '' || close === '') throw builtinError('delimiters must be non-empty');
    let pattern = '';
    let i = 0;
    while (i < template.length) {
      const start = template.indexOf(open, i);
      if (start < 0) {
        pattern += quoteRe2(template.slice(i));
        break;
      }
      pattern += quoteRe2(template.slice(i, start));
      // Find the matching close delimiter, allowing nested open/close pairs.
      let depth = 1;
      let j = start + open.length;
      let inner = '';
      while (j < template.length) {
        if (template.startsWith(open, j)) depth++;
        else if (template.startsWith(close, j)) {
          depth--;
          if (depth === 0) break;
        }
        inner += template[j];
        j++;
      }
      if (depth !== 0) throw builtinError(`unbalanced braces in template: ${template}`);
      pattern += `(${inner})`;
      i = j + close.length;
    }
    return compile(`^${pattern}$`).test(value);
  },
  { arity: 4 },
);

/** Escapes RE2 meta characters so `s` matches literally. */
function quoteRe2(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

registerBuiltin(
  'regex.globs_match',
  (args) => {
    const a = stringArg(args, 0);
    const b = stringArg(args, 1);
    try {
      return globsIntersect(a, b);
    } catch (e) {
      if (e instanceof GlobIntersectionSyntaxError) throw builtinError(e.message);
      throw e;
    }
  },
  { arity: 2 },
);
