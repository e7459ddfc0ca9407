/**
 * Decides whether two "simple regex globs" can match a common string (`regex.globs_match`).
 * The syntax is that of OPA's glob-intersection library: literal characters, `.` (any character),
 * `[...]` sets with ranges and `^` negation, `\` escapes, and the `*` / `+` repetition of the
 * preceding item. The check explores the product of the two token automata.
 */

export class GlobIntersectionSyntaxError extends Error {}

type Range = [number, number];
interface Token {
  /** Allowed code points as sorted, disjoint ranges. */
  ranges: Range[];
  star: boolean;
}

const MAX_CP = 0x10ffff;

function normalise(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function complement(ranges: Range[]): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of normalise(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return out;
}

function intersects(a: Range[], b: Range[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i]!;
    const [blo, bhi] = b[j]!;
    if (alo <= bhi && blo <= ahi) return true;
    if (ahi < bhi) i++;
    else j++;
  }
  return false;
}

function fail(input: string, pos: number, what: string): never {
  throw new GlobIntersectionSyntaxError(`input:${input}, pos:${pos}, ${what}: the input provided is invalid`);
}

export function parseSimpleGlob(input: string): Token[] {
  const chars = Array.from(input);
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (c === '*' || c === '+') {
      const prev = tokens[tokens.length - 1];
      if (!prev || prev.star) fail(input, i + 1, `modifier '${c}' without preceding character`);
      if (c === '*') prev.star = true;
      else tokens.push({ ranges: prev.ranges, star: true });
      i++;
      continue;
    }
    if (c === ']') fail(input, i + 1, "set-close ']' with no preceding '['");
    if (c === '.') {
      tokens.push({ ranges: [[0, MAX_CP]], star: false });
      i++;
      continue;
    }
    if (c === '\\') {
      const e = chars[i + 1];
      if (e === undefined) fail(input, i + 1, "escape '\\' at end of input");
      const cp = e.codePointAt(0)!;
      tokens.push({ ranges: [[cp, cp]], star: false });
      i += 2;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      let negated = false;
      if (chars[j] === '^') {
        negated = true;
        j++;
      }
      const ranges: Range[] = [];
      let closed = false;
      while (j < chars.length) {
        let ch = chars[j]!;
        if (ch === ']') {
          closed = true;
          j++;
          break;
        }
        if (ch === '[') fail(input, j + 1, "set-open '[' inside a set");
        if (ch === '\\') {
          j++;
          ch = chars[j] ?? fail(input, j, "escape '\\' at end of input");
        }
        const lo = ch.codePointAt(0)!;
        j++;
        if (chars[j] === '-' && chars[j + 1] !== undefined && chars[j + 1] !== ']') {
          let hiCh = chars[j + 1]!;
          j += 2;
          if (hiCh === '\\') {
            hiCh = chars[j] ?? fail(input, j, "escape '\\' at end of input");
            j++;
          }
          const hi = hiCh.codePointAt(0)!;
          if (hi < lo) fail(input, j, 'invalid range in set');
          ranges.push([lo, hi]);
        } else {
          ranges.push([lo, lo]);
        }
      }
      if (!closed) fail(input, j, "set-open '[' with no closing ']'");
      tokens.push({ ranges: negated ? complement(ranges) : normalise(ranges), star: false });
      i = j;
      continue;
    }
    const cp = c.codePointAt(0)!;
    tokens.push({ ranges: [[cp, cp]], star: false });
    i++;
  }
  return tokens;
}

/** True when some string matches both globs. */
export function globsIntersect(a: string, b: string): boolean {
  const ta = parseSimpleGlob(a);
  const tb = parseSimpleGlob(b);
  const seen = new Set<string>();
  const stack: [number, number][] = [];
  const push = (i: number, j: number): void => {
    const key = `${i},${j}`;
    if (seen.has(key)) return;
    seen.add(key);
    stack.push([i, j]);
  };
  push(0, 0);
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    if (i === ta.length && j === tb.length) return true;
    const x = ta[i];
    const y = tb[j];
    if (x?.star) push(i + 1, j);
    if (y?.star) push(i, j + 1);
    if (x && y && intersects(x.ranges, y.ranges)) push(x.star ? i : i + 1, y.star ? j : j + 1);
  }
  return false;
}
