/**
 * Translates Go RE2 regular expressions to JavaScript RegExps (unicode mode) with the same
 * leftmost-first semantics. RE2 syntax JavaScript cannot express, and JavaScript syntax RE2 does
 * not accept (back-references, look-around), is rejected with an Re2SyntaxError, so a pattern
 * never silently means something else.
 *
 * Handled: `(?i)`/`(?s)`/`(?m)` flag groups at the start of the pattern, `(?P<name>re)`, `\A`,
 * `\z`, `\Q...\E`, `[[:alpha:]]` POSIX classes, `\pL`/`\PL`, `\p{Greek}`, `\x{10FFFF}`,
 * escaped punctuation, and literal `{`/`]` where RE2 treats them as literals.
 */

import { VmRegex } from './regex-vm.js';

export class Re2SyntaxError extends Error {}

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const SCRIPT_NAMES = new Set([
  'Arabic', 'Armenian', 'Bengali', 'Bopomofo', 'Cyrillic', 'Devanagari', 'Ethiopic', 'Georgian', 'Greek', 'Gujarati',
  'Gurmukhi', 'Han', 'Hangul', 'Hebrew', 'Hiragana', 'Kannada', 'Katakana', 'Khmer', 'Lao', 'Latin', 'Malayalam',
  'Mongolian', 'Myanmar', 'Oriya', 'Sinhala', 'Tamil', 'Telugu', 'Thaana', 'Thai', 'Tibetan', 'Common', 'Inherited',
]);

function escapeLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

function unicodeClass(name: string, negated: boolean): string {
  const p = negated ? 'P' : 'p';
  if (name === 'Any') return negated ? '[^\\s\\S]' : '[\\s\\S]';
  if (SCRIPT_NAMES.has(name)) return `\\${p}{Script=${name}}`;
  if (/^[A-Z][a-z]?$/.test(name)) return `\\${p}{${name}}`;
  throw new Re2SyntaxError(`invalid character class range: \\${p}{${name}}`);
}

export interface TranslatedRegex {
  source: string;
  flags: string;
  /**
   * True when a repeated group itself contains repetition or alternation (`(a+)+`, `(a|b)*`):
   * such patterns can make a backtracking engine take exponential time, so they are run on
   * the linear-time VM instead of JavaScript's RegExp.
   */
  nestedRepetition: boolean;
}

/** Translates a RE2 pattern; throws Re2SyntaxError when it is invalid or unsupported. */
export function translateRe2(pattern: string): TranslatedRegex {
  let i = 0;
  let flags = '';
  // Leading flag groups: (?i), (?s), (?m), (?is)...
  for (;;) {
    const m = /^\(\?([ims]+)\)/.exec(pattern.slice(i));
    if (!m) break;
    for (const f of m[1]!) if (!flags.includes(f)) flags += f;
    i += m[0].length;
  }
  let out = '';
  let depth = 0;
  // Per open group: does it contain repetition or alternation? Index 0 is the whole pattern.
  const groupRisk: boolean[] = [false];
  let closedGroupRisk = false; // risk of the last closed group
  let closedGroupEnd = -1; // where that group ends in `out`
  let nestedRepetition = false;
  // Repeating (more than twice) a group that itself repeats or branches is what can make a
  // backtracking engine exponential; `(a+)?` is harmless.
  const markRepetition = (max: number): void => {
    if (max > 2 && closedGroupRisk && closedGroupEnd === out.length) nestedRepetition = true;
    groupRisk[groupRisk.length - 1] = true;
  };
  const n = pattern.length;
  let lastAtomEnd = -1; // position in `out` after the last quantifiable atom

  const readEscapeInClass = (): string => {
    // at pattern[i] === '\\'
    const c = pattern[i + 1];
    if (c === undefined) throw new Re2SyntaxError('trailing backslash at end of expression');
    i += 2;
    if ('dDsSwW'.includes(c)) return `\\${c}`;
    if (c === 'p' || c === 'P') return readUnicodeClass(c === 'P');
    if (c === 'x') return readHex();
    if ('nrtfv'.includes(c)) return `\\${c}`;
    if (c === 'a') return '\\x07';
    if (c === '0') return '\\0';
    if (/[0-7]/.test(c)) throw new Re2SyntaxError(`invalid escape sequence: \\${c}`);
    if (/[A-Za-z0-9]/.test(c)) throw new Re2SyntaxError(`invalid escape sequence: \\${c}`);
    return /[\\\]^[-]/.test(c) ? `\\${c}` : c;
  };

  const readHex = (): string => {
    // after "\x"
    if (pattern[i] === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) throw new Re2SyntaxError('invalid escape sequence: \\x{');
      const hex = pattern.slice(i + 1, close);
      if (!/^[0-9A-Fa-f]{1,6}$/.test(hex) || parseInt(hex, 16) > 0x10ffff) throw new Re2SyntaxError(`invalid escape sequence: \\x{${hex}}`);
      i = close + 1;
      return `\\u{${hex}}`;
    }
    const hex = pattern.slice(i, i + 2);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw new Re2SyntaxError(`invalid escape sequence: \\x${hex}`);
    i += 2;
    return `\\x${hex}`;
  };

  const readUnicodeClass = (negated: boolean): string => {
    let name: string;
    if (pattern[i] === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) throw new Re2SyntaxError('invalid character class range');
      name = pattern.slice(i + 1, close);
      i = close + 1;
    } else {
      name = pattern[i] ?? '';
      i++;
    }
    if (name.startsWith('^')) {
      negated = !negated;
      name = name.slice(1);
    }
    return unicodeClass(name, negated);
  };

  const readClass = (): string => {
    // at '['
    i++;
    let body = '';
    let negated = false;
    if (pattern[i] === '^') {
      negated = true;
      i++;
    }
    let first = true;
    for (;;) {
      if (i >= n) throw new Re2SyntaxError(`missing closing ]: ${pattern.slice(pattern.lastIndexOf('['))}`);
      const c = pattern[i]!;
      if (c === ']' && !first) {
        i++;
        break;
      }
      first = false;
      if (c === '[' && pattern[i + 1] === ':') {
        const close = pattern.indexOf(':]', i + 2);
        if (close > 0) {
          let name = pattern.slice(i + 2, close);
          let neg = false;
          if (name.startsWith('^')) {
            neg = true;
            name = name.slice(1);
          }
          const ranges = POSIX[name];
          if (ranges === undefined) throw new Re2SyntaxError(`invalid character class range: [:${name}:]`);
          if (neg) throw new Re2SyntaxError('negated POSIX classes are not supported');
          body += ranges;
          i = close + 2;
          continue;
        }
      }
      if (c === '\\') {
        body += readEscapeInClass();
        continue;
      }
      const cp = String.fromCodePoint(pattern.codePointAt(i)!);
      i += cp.length;
      body += cp === '[' || cp === ']' ? `\\${cp}` : cp;
    }
    return negated ? `[^${body}]` : `[${body}]`;
  };

  while (i < n) {
    const c = pattern[i]!;
    switch (c) {
      case '\\': {
        const e = pattern[i + 1];
        if (e === undefined) throw new Re2SyntaxError('trailing backslash at end of expression');
        if (e === 'Q') {
          const end = pattern.indexOf('\\E', i + 2);
          const lit = end < 0 ? pattern.slice(i + 2) : pattern.slice(i + 2, end);
          out += Array.from(lit).map(escapeLiteral).join('');
          i = end < 0 ? n : end + 2;
          lastAtomEnd = out.length;
          continue;
        }
        if (e === 'A') {
          out += flags.includes('m') ? '(?<![\\s\\S])' : '^';
          i += 2;
          lastAtomEnd = -1;
          continue;
        }
        if (e === 'z') {
          out += flags.includes('m') ? '(?![\\s\\S])' : '$';
          i += 2;
          lastAtomEnd = -1;
          continue;
        }
        if (e === 'b' || e === 'B') {
          out += `\\${e}`;
          i += 2;
          lastAtomEnd = -1;
          continue;
        }
        if ('dDsSwW'.includes(e)) {
          out += `\\${e}`;
          i += 2;
        } else if (e === 'p' || e === 'P') {
          i += 2;
          out += readUnicodeClass(e === 'P');
        } else if (e === 'x') {
          i += 2;
          out += readHex();
        } else if ('nrtfv'.includes(e)) {
          out += `\\${e}`;
          i += 2;
        } else if (e === 'a') {
          out += '\\x07';
          i += 2;
        } else if (/[A-Za-z0-9]/.test(e)) {
          throw new Re2SyntaxError(`invalid escape sequence: \\${e}`);
        } else {
          out += escapeLiteral(e);
          i += 2;
        }
        lastAtomEnd = out.length;
        continue;
      }
      case '[':
        out += readClass();
        lastAtomEnd = out.length;
        continue;
      case '(': {
        if (pattern[i + 1] === '?') {
          const rest = pattern.slice(i + 2);
          const named = /^P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
          if (named) {
            out += `(?<${named[1]}>`;
            i += 2 + named[0].length;
          } else if (rest.startsWith(':')) {
            out += '(?:';
            i += 3;
          } else {
            throw new Re2SyntaxError(`invalid or unsupported Perl syntax: (?${rest.slice(0, 1)}`);
          }
        } else {
          out += '(';
          i++;
        }
        depth++;
        groupRisk.push(false);
        lastAtomEnd = -1;
        continue;
      }
      case ')': {
        if (depth === 0) throw new Re2SyntaxError(`unexpected ): ${pattern}`);
        depth--;
        out += ')';
        i++;
        const risk = groupRisk.pop()!;
        if (risk) groupRisk[groupRisk.length - 1] = true;
        lastAtomEnd = out.length;
        closedGroupRisk = risk;
        closedGroupEnd = out.length;
        continue;
      }
      case '*':
      case '+':
      case '?': {
        if (lastAtomEnd !== out.length) throw new Re2SyntaxError(`missing argument to repetition operator: ${c}`);
        markRepetition(c === '?' ? 1 : Infinity);
        out += c;
        i++;
        if (pattern[i] === '?') {
          out += '?';
          i++;
        }
        lastAtomEnd = -2;
        continue;
      }
      case '{': {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
        if (!m) {
          out += '\\{';
          i++;
          lastAtomEnd = out.length;
          continue;
        }
        if (lastAtomEnd !== out.length) throw new Re2SyntaxError(`missing argument to repetition operator: ${m[0]}`);
        const lo = Number(m[1]);
        const hi = m[3] ? Number(m[3]) : lo;
        if (lo > 1000 || hi > 1000 || (m[3] && hi < lo)) throw new Re2SyntaxError(`invalid repeat count: ${m[0]}`);
        markRepetition(m[2] === undefined ? lo : m[3] === '' ? Infinity : hi);
        out += m[0];
        i += m[0].length;
        if (pattern[i] === '?') {
          out += '?';
          i++;
        }
        lastAtomEnd = -2;
        continue;
      }
      case '}':
      case ']':
        out += `\\${c}`;
        i++;
        lastAtomEnd = out.length;
        continue;
      case '|':
        groupRisk[groupRisk.length - 1] = true;
        out += '|';
        i++;
        lastAtomEnd = -1;
        continue;
      case '^':
      case '$':
        out += c;
        i++;
        lastAtomEnd = -1;
        continue;
      case '/':
        out += '\\/';
        i++;
        lastAtomEnd = out.length;
        continue;
      default: {
        const cp = String.fromCodePoint(pattern.codePointAt(i)!);
        out += cp;
        i += cp.length;
        lastAtomEnd = out.length;
      }
    }
  }
  if (depth !== 0) throw new Re2SyntaxError(`missing closing ): ${pattern}`);
  return { source: out, flags, nestedRepetition };
}

/** One match: `groups[0]` is the whole match, unset groups are undefined. */
export interface Re2Match {
  index: number;
  groups: (string | undefined)[];
  named: Record<string, string | undefined>;
}

/**
 * A compiled RE2 pattern. Patterns with nested repetition run on the linear-time VM
 * (lib/regex-vm.ts); all others on JavaScript's RegExp, which is faster for them.
 */
export class Re2Regex {
  private readonly js?: RegExp;
  private readonly vm?: VmRegex;
  /** The translated JavaScript source (for embedding in larger expressions). */
  readonly source: string;
  readonly flags: string;

  constructor(translated: TranslatedRegex) {
    this.source = translated.source;
    this.flags = translated.flags;
    try {
      if (translated.nestedRepetition) {
        // Validate with the JS engine too, so syntax errors are reported the same way.
        void new RegExp(translated.source, `${translated.flags}u`);
        this.vm = new VmRegex(translated.source, translated.flags);
      } else {
        this.js = new RegExp(translated.source, `${translated.flags}gu`);
      }
    } catch (e) {
      throw new Re2SyntaxError(`error parsing regexp: ${(e as Error).message}`);
    }
  }

  /** True when the pattern uses the linear-time VM. */
  get linearTime(): boolean {
    return this.vm !== undefined;
  }

  /** The leftmost-first match at or after UTF-16 offset `from`. */
  execAt(text: string, from: number): Re2Match | undefined {
    if (this.js) {
      this.js.lastIndex = from;
      const m = this.js.exec(text);
      if (!m) return undefined;
      return { index: m.index, groups: Array.from(m, (g) => g), named: m.groups ? { ...m.groups } : {} };
    }
    const vm = this.vm!;
    const r = vm.exec(text, from);
    if (!r) return undefined;
    const groups: (string | undefined)[] = [];
    for (let g = 0; g <= vm.groupCount; g++) {
      const a = r.slots[g * 2]!;
      const b = r.slots[g * 2 + 1]!;
      groups.push(a >= 0 && b >= 0 ? text.slice(a, b) : undefined);
    }
    const named: Record<string, string | undefined> = {};
    vm.groupNames.forEach((name, g) => {
      if (name) named[name] = groups[g];
    });
    return { index: r.index, groups, named };
  }

  test(text: string): boolean {
    if (this.js) {
      this.js.lastIndex = 0;
      return this.js.test(text);
    }
    return this.vm!.matches(text);
  }
}

const cache = new Map<string, Re2Regex>();

/** Compiles a RE2 pattern (cached). Throws Re2SyntaxError for invalid patterns. */
export function compileRe2(pattern: string): Re2Regex {
  let re = cache.get(pattern);
  if (!re) {
    re = new Re2Regex(translateRe2(pattern));
    if (cache.size > 500) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}
