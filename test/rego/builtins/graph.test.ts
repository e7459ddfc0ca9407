import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/graph.js';
import { obj, set, toJSON } from '../../../src/rego/values.js';
import { call, callError, callValue } from './helpers.js';

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
