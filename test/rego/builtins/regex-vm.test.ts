import { describe, expect, it } from 'vitest';
import { VmRegex } from '../../../src/rego/builtins/lib/regex-vm.js';
import { compileRe2, translateRe2 } from '../../../src/rego/builtins/lib/re2.js';

/** A small deterministic PRNG so the differential test is reproducible. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomPattern(rand: () => number, depth = 0): string {
  const atoms = ['a', 'b', '.', '[ab]', '[^a]', '\\d', 'x'];
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  let out = '';
  const n = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) {
    let atom = depth < 2 && rand() < 0.3 ? `(?:${randomPattern(rand, depth + 1)}${rand() < 0.3 ? `|${randomPattern(rand, depth + 1)}` : ''})` : pick(atoms);
    // Inside groups only non-nullable repetition: JavaScript and RE2 disagree on repeated
    // empty iterations, which is not what this test is about.
    const q = rand();
    if (depth === 0) {
      if (q < 0.2) atom += '*';
      else if (q < 0.35) atom += '+';
      else if (q < 0.45) atom += '?';
      else if (q < 0.5) atom += '{1,2}';
      if (q < 0.5 && rand() < 0.2) atom += '?';
    } else if (q < 0.3) {
      atom += rand() < 0.5 ? '+' : '{1,2}';
    }
    out += atom;
  }
  return out;
}

describe('linear-time regex VM', () => {
  it('finds the same leftmost-first matches as JavaScript (differential)', () => {
    const rand = prng(20261127);
    let compared = 0;
    for (let k = 0; k < 400; k++) {
      const pattern = (rand() < 0.2 ? '^' : '') + randomPattern(rand) + (rand() < 0.2 ? '$' : '');
      const t = translateRe2(pattern);
      const js = new RegExp(t.source, `${t.flags}gu`);
      const vm = new VmRegex(t.source, t.flags);
      for (let j = 0; j < 5; j++) {
        const len = Math.floor(rand() * 8);
        let text = '';
        for (let c = 0; c < len; c++) text += 'abx1\n'[Math.floor(rand() * 5)];
        js.lastIndex = 0;
        const a = js.exec(text);
        const b = vm.exec(text, 0);
        const expected = a ? [a.index, a[0].length] : undefined;
        const actual = b ? [b.index, b.slots[1]! - b.slots[0]!] : undefined;
        expect(actual, `${pattern} on ${JSON.stringify(text)}`).toEqual(expected);
        expect(vm.matches(text), `${pattern} matches ${JSON.stringify(text)}`).toBe(a !== null);
        compared++;
      }
    }
    expect(compared).toBe(2000);
  });

  it('keeps submatches like Go', () => {
    const vm = new VmRegex('(a+)(b*)', '');
    const m = vm.exec('xxaabbb', 0)!;
    expect(m.slots).toEqual([2, 7, 2, 4, 4, 7]);
    expect(new VmRegex('(?<word>[a-z]+)@', '').exec('mail me@x', 0)!.slots.slice(2)).toEqual([5, 7]);
  });

  it('runs nested repetition in linear time', () => {
    const re = compileRe2('^(a+)+$');
    expect(re.linearTime).toBe(true);
    expect(compileRe2('^[a-z]+$').linearTime).toBe(false);
    expect(compileRe2('(ab|cd)*').linearTime).toBe(true);
    const evil = `${'a'.repeat(5000)}!`;
    expect(re.test(evil)).toBe(false);
    expect(re.test('a'.repeat(5000))).toBe(true);
  });

  it('supports flags, anchors and word boundaries', () => {
    expect(compileRe2('(?i)^(AB)+$').test('abAb')).toBe(true);
    expect(compileRe2('(?m)^(b+)+$').test('a\nbb\nc')).toBe(true);
    expect(compileRe2('\\b(a|b)+\\b').execAt('x ab y', 0)!.groups[0]).toBe('ab');
    expect(compileRe2('(?s)(a.)+').execAt('a\na\n', 0)!.groups[0]).toBe('a\na\n');
    expect(compileRe2('(😀|b)+').execAt('x😀b', 0)!.groups[0]).toBe('😀b');
  });
});
