import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/uuid.js';
import '../../../src/rego/builtins/rand.js';
import { call, callValue, callValueError, context } from './helpers.js';

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
