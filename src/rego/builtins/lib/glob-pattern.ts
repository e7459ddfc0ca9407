/**
 * Compiles OPA's glob syntax (gobwas/glob semantics) into a JavaScript RegExp.
 *
 * - `*` matches any run of characters that contains no delimiter;
 * - `**` matches any run of characters, delimiters included (it is not a path "globstar":
 *   `**` followed by `/` still needs that `/`);
 * - `?` matches exactly one non-delimiter character;
 * - `[abc]`, `[a-z]`, `[!abc]`, `[!a-z]` match one character from / not from the list;
 * - `{a,b,c}` matches one of the alternatives (which may themselves hold globs);
 * - `\x` matches `x` literally.
 */

import { VmRegex } from './regex-vm.js';

export class GlobSyntaxError extends Error {}

const META = new Set(['*', '?', '[', ']', '{', '}', '\\', ',', '!', '-']);

function escapeRegexChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function escapeClassChar(ch: string): string {
  return /[\\\]^-]/.test(ch) ? `\\${ch}` : ch;
}

/** A compiled glob: `test(text)` tells whether the whole text matches. */
export interface GlobMatcher {
  test(text: string): boolean;
}

/**
 * Compiles `pattern`; `delimiters` null or empty means wildcards may match any character.
 * Patterns with several wildcards run on the linear-time VM: on a backtracking engine
 * `*a*a*a*b` costs O(n^k).
 */
export function compileGlob(pattern: string, delimiters: readonly string[] | null): GlobMatcher {
  const chars = Array.from(pattern);
  const delims = delimiters ?? [];
  const notDelim = delims.length === 0 ? '[\\s\\S]' : `[^${delims.map((d) => Array.from(d).map(escapeClassChar).join('')).join('')}]`;
  let pos = 0;

  function parseSequence(inAlternatives: boolean): string {
    let out = '';
    while (pos < chars.length) {
      const ch = chars[pos]!;
      if (inAlternatives && (ch === ',' || ch === '}')) return out;
      if (ch === '*') {
        let stars = 0;
        while (chars[pos] === '*') {
          stars++;
          pos++;
        }
        out += stars >= 2 ? '[\\s\\S]*' : `${notDelim}*`;
        continue;
      }
      if (ch === '?') {
        out += notDelim;
        pos++;
        continue;
      }
      if (ch === '[') {
        out += parseClass();
        continue;
      }
      if (ch === '{') {
        pos++;
        const alternatives: string[] = [];
        for (;;) {
          alternatives.push(parseSequence(true));
          if (pos >= chars.length) throw new GlobSyntaxError(`unexpected end of pattern: missing '}'`);
          const sep = chars[pos++];
          if (sep === '}') break;
        }
        out += `(?:${alternatives.join('|')})`;
        continue;
      }
      if (ch === '\\') {
        pos++;
        if (pos >= chars.length) throw new GlobSyntaxError('unexpected end of pattern after escape');
        out += escapeRegexChar(chars[pos]!);
        pos++;
        continue;
      }
      if (ch === ']' || (ch === '}' && !inAlternatives)) {
        out += escapeRegexChar(ch);
        pos++;
        continue;
      }
      out += escapeRegexChar(ch);
      pos++;
    }
    return out;
  }

  function parseClass(): string {
    pos++; // '['
    let negated = false;
    if (chars[pos] === '!') {
      negated = true;
      pos++;
    }
    let body = '';
    let closed = false;
    let count = 0;
    while (pos < chars.length) {
      const ch = chars[pos]!;
      if (ch === ']') {
        closed = true;
        pos++;
        break;
      }
      let lo = ch;
      if (ch === '\\') {
        pos++;
        if (pos >= chars.length) break;
        lo = chars[pos]!;
      }
      pos++;
      if (chars[pos] === '-' && chars[pos + 1] !== undefined && chars[pos + 1] !== ']') {
        let hi = chars[pos + 1]!;
        pos += 2;
        if (hi === '\\' && pos < chars.length) {
          hi = chars[pos]!;
          pos++;
        }
        if (hi.codePointAt(0)! < lo.codePointAt(0)!) throw new GlobSyntaxError(`invalid range ${lo}-${hi}`);
        body += `${escapeClassChar(lo)}-${escapeClassChar(hi)}`;
      } else {
        body += escapeClassChar(lo);
      }
      count++;
    }
    if (!closed) throw new GlobSyntaxError(`unexpected end of pattern: missing ']'`);
    if (count === 0) throw new GlobSyntaxError('empty character list');
    return negated ? `[^${body}]` : `[${body}]`;
  }

  const source = parseSequence(false);
  const full = `^(?:${source})$`;
  const wildcards = (pattern.match(/[*?]/g) ?? []).length;
  if (wildcards > 2) {
    const vm = new VmRegex(full, '');
    return { test: (text) => vm.matches(text) };
  }
  return new RegExp(full, 'u');
}

/** Escapes every glob meta character so the result matches `text` literally. */
export function quoteGlobMeta(text: string): string {
  let out = '';
  for (const ch of text) out += META.has(ch) && ch !== ',' && ch !== '!' && ch !== '-' ? `\\${ch}` : ch;
  return out;
}
