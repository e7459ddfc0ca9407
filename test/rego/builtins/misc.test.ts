import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/semver.js';
import '../../../src/rego/builtins/bits.js';
import '../../../src/rego/builtins/graph.js';
import '../../../src/rego/builtins/uuid.js';
import '../../../src/rego/builtins/rand.js';
import { obj, set, toJSON } from '../../../src/rego/values.js';
import { call, callError, callValue, callValueError, context } from './helpers.js';

describe('semver', () => {
  it('validates and compares', () => {
    expect(call('semver.is_valid', '1.0.0-rc.1+build.5')).toBe(true);
    expect(call('semver.is_valid', '1')).toBe(false);
    expect(call('semver.is_valid', 1)).toBe(false);
    expect(call('semver.compare', '1.0.0', '2.0.0')).toBe(-1);
    expect(call('semver.compare', '1.0.0-alpha', '1.0.0')).toBe(-1);
    expect(call('semver.compare', '1.0.0-alpha.10', '1.0.0-alpha.9')).toBe(1);
    expect(call('semver.compare', '1.0.0+a', '1.0.0+b')).toBe(0);
    expect(callError('semver.compare', '1', '1.0.0').message).toBe('operand 1: string "1" is not a valid SemVer');
  });
});

describe('bits', () => {
  it('operates on big integers', () => {
    expect(call('bits.and', 7, 9)).toBe(1);
    expect(call('bits.or', 7, 9)).toBe(15);
    expect(call('bits.xor', 42, 3)).toBe(41);
    expect(call('bits.negate', 42)).toBe(-43);
    expect(call('bits.lsh', 2147483647, 1)).toBe(4294967294);
    expect(callValue('bits.lsh', [9223372036854775807n, 1])).toBe(18446744073709551614n);
    expect(call('bits.rsh', 8, 3)).toBe(1);
  });
  it('rejects fractions and negative shifts as type errors', () => {
    const e = callError('bits.and', 7.2, 42);
    expect(e.code).toBe('eval_type_error');
    expect(e.message).toBe('operand 1 must be integer number but got floating-point number');
    expect(callError('bits.lsh', 7, -1).message).toBe('operand 2 must be an unsigned integer number but got a negative integer');
  });
});

describe('graph', () => {
  const g = obj([
    ['a', set(['b', 'c'])],
    ['b', set(['d'])],
    ['c', set(['d'])],
    ['d', set()],
    ['e', set(['f'])],
    ['f', set(['e'])],
  ]);
  it('finds reachable nodes and paths', () => {
    expect(toJSON(callValue('graph.reachable', [g, set(['b', 'e'])])!)).toEqual(['b', 'd', 'e', 'f']);
    expect(call('graph.reachable', { a: null }, ['a'])).toEqual(['a']);
    expect(call('graph.reachable_paths', { a: ['b', 'c'], b: ['c'], c: [] }, ['a'])).toEqual([
      ['a', 'b', 'c'],
      ['a', 'c'],
    ]);
    expect(call('graph.reachable_paths', { a: ['b'], b: ['nonexistent'] }, ['a', 'b'])).toEqual([['a', 'b'], ['b']]);
    expect(toJSON(callValue('graph.reachable_paths', [g, set(['b', 'e'])])!)).toEqual([['b', 'd'], ['e', 'f']]);
  });
  it('rejects malformed graphs', () => {
    expect(callError('graph.reachable', 1, [1]).code).toBe('eval_type_error');
    expect(callError('graph.reachable_paths', { a: [] }, 'a').code).toBe('eval_type_error');
  });
});

describe('uuid and rand', () => {
  it('parses RFC 4122 UUIDs', () => {
    expect(call('uuid.parse', '{00000000-0000-4000-8000-000000000000}')).toEqual({ variant: 'RFC4122', version: 4 });
    expect(call('uuid.parse', '6bea8ef2d3d33cd184e09bab06a52ece')).toEqual({ variant: 'RFC4122', version: 3 });
    const v2 = call('uuid.parse', 'urn:uuid:000003e8-48b9-21ee-b200-325096b39f47') as Record<string, unknown>;
    expect(v2).toMatchObject({ clocksequence: 12800, domain: 'Person', id: 1000, macvariables: 'local:unicast', nodeid: '32-50-96-b3-9f-47', version: 2 });
    expect(Number(v2.time as bigint)).toBeCloseTo(1693566990121469700, -4);
    expect(call('uuid.parse', 'not-a-uuid')).toBeUndefined();
  });
  it('generates stable values per query', () => {
    const ctx = context('uuid.rfc4122');
    const a = callValue('uuid.rfc4122', ['key'], ctx) as string;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(callValue('uuid.rfc4122', ['key'], ctx)).toBe(a);
    expect(callValue('uuid.rfc4122', ['other'], ctx)).not.toBe(a);
    const r = callValue('rand.intn', ['key', 100], ctx) as number;
    expect(r).toBeGreaterThanOrEqual(0);
    expect(r).toBeLessThan(100);
    expect(callValue('rand.intn', ['key', 100], ctx)).toBe(r);
    expect(callValue('rand.intn', ['key', 0], ctx)).toBe(0);
    expect(callValueError('rand.intn', ['key', 1.5]).code).toBe('eval_type_error');
  });
});
