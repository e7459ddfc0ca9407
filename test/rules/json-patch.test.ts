import { describe, expect, it } from 'vitest';
import { PatchError, applyPatch } from '../../src/rules/testing/json-patch.js';

describe('applyPatch (RFC 6902)', () => {
  const doc = { a: { b: 1 }, list: [1, 2, 3], 'x/y': { '~': 0 } };

  it('adds, removes, replaces, moves, copies and tests, without touching the input', () => {
    const out = applyPatch(doc, [
      { op: 'add', path: '/a/c', value: [1] },
      { op: 'add', path: '/list/1', value: 9 },
      { op: 'add', path: '/list/-', value: 4 },
      { op: 'remove', path: '/list/0' },
      { op: 'replace', path: '/a/b', value: 2 },
      { op: 'move', from: '/a/c', path: '/moved' },
      { op: 'copy', from: '/moved', path: '/copied' },
      { op: 'test', path: '/x~1y/~0', value: 0 },
    ]);
    expect(out).toEqual({ a: { b: 2 }, list: [9, 2, 3, 4], 'x/y': { '~': 0 }, moved: [1], copied: [1] });
    expect(doc).toEqual({ a: { b: 1 }, list: [1, 2, 3], 'x/y': { '~': 0 } });
  });

  it('replaces the whole document at the empty pointer', () => {
    expect(applyPatch(doc, [{ op: 'replace', path: '', value: 5 }])).toBe(5);
  });

  it.each([
    [{ op: 'remove' as const, path: '/missing' }, 'no member missing'],
    [{ op: 'replace' as const, path: '/list/7', value: 1 }, 'out of range'],
    [{ op: 'add' as const, path: '/list/x', value: 1 }, 'bad array index'],
    [{ op: 'add' as const, path: '/a/b/c', value: 1 }, 'cannot step into a number'],
    [{ op: 'test' as const, path: '/a/b', value: 2 }, 'test failed'],
    [{ op: 'move' as const, from: '/a', path: '/a/inner' }, 'into itself'],
  ])('fails clearly: %o', (operation, text) => {
    expect(() => applyPatch(doc, [{ op: 'test', path: '/a/b', value: 1 }, operation])).toThrowError(PatchError);
    try {
      applyPatch(doc, [{ op: 'test', path: '/a/b', value: 1 }, operation]);
    } catch (error) {
      expect((error as PatchError).index).toBe(1);
      expect((error as Error).message).toContain(text);
    }
  });
});
