import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluateQuery } from '../../src/rego/engine.js';
import { RegoError } from '../../src/rego/syntax/errors.js';

const POLICY = `package pipl

import rego.v1

# METADATA
# title: Separate consent for sensitive data
deny contains msg if {
	some i, d in input.datasets
	d.category in {"health", "biometric"}
	not d.separate_consent
	msg := sprintf("dataset %d lacks consent", [i])
}

by_owner[o] := count([d | some d in input.datasets; d.owner == o]) if some o in {d.owner | some d in input.datasets}

default allow := false

allow if {
	count(deny) == 0
	every d in input.datasets { d.owner != "" }
}

label(x) := "big" if { x > 10 } else := "small"
`;

const PIECES = ['{', '}', '[', ']', '(', ')', ':=', '=', ' if ', ' contains ', ' else ', ' not ', ' some ', ' every ', ' in ', ',', ';', '\n', '"', '`', '$"', 'x', '_', '1', 'data', 'input', ' with ', ' as ', '.', '|', '#', ' default '];

/** Deterministic pseudo-random numbers (no timing, no global state). */
function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
}

describe('Rego engine robustness', () => {
  it('answers every mangled policy with a result or a RegoError, never a crash', () => {
    const rnd = lcg(7);
    let compiled = 0;
    let rejected = 0;
    for (let i = 0; i < 400; i++) {
      let src = POLICY;
      for (let k = 0; k < 1 + rnd(3); k++) {
        const pos = rnd(src.length + 1);
        const op = rnd(3);
        if (op === 0) src = src.slice(0, pos) + PIECES[rnd(PIECES.length)] + src.slice(pos);
        else if (op === 1) src = src.slice(0, pos) + src.slice(pos + 1 + rnd(6));
        else {
          const from = rnd(src.length + 1);
          src = src.slice(0, pos) + src.slice(from, from + rnd(12)) + src.slice(pos);
        }
      }
      try {
        const policy = compilePolicy([{ file: 'm.rego', source: src }]);
        evaluateQuery(policy, 'data.pipl', { limits: { maxSteps: 50_000 } });
        compiled++;
      } catch (e) {
        if (!(e instanceof RegoError)) throw new Error(`non-Rego error ${String(e)} for:\n${src}`);
        expect(e.text.zh.length).toBeGreaterThan(0);
        rejected++;
      }
    }
    expect(compiled).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  });
});
