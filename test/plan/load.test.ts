import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/load.js';
import { UserError } from '../../src/errors/user-error.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parsePlan', () => {
  it('maps pointers to key lines and falls back to the closest parent', () => {
    const doc = parsePlan('p.yaml', enc('a: 1\nb:\n  c: [1, 2]\n'));
    expect(doc.positionOf('/b/c/1')).toEqual({ line: 3, column: 10, pointer: '/b/c/1', approximate: false });
    expect(doc.positionOf('/b/missing')).toMatchObject({ line: 2, column: 1, pointer: '/b', approximate: true });
  });

  it('rejects duplicate keys with their line', () => {
    try {
      parsePlan('p.yaml', enc('a: 1\na: 2\n'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).messageId).toBe('plan.duplicate_key');
      expect((e as UserError).location).toMatchObject({ line: 2, column: 1 });
    }
  });
});
