import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/glob.js';
import { call, callError } from './helpers.js';

describe('glob family', () => {
  it('matches with delimiters', () => {
    expect(call('glob.match', '*.github.com', ['.'], 'api.github.com')).toBe(true);
    expect(call('glob.match', '*.github.com', ['.'], 'api.cdn.github.com')).toBe(false);
    expect(call('glob.match', 'api.**.com', ['.'], 'api.cdn.github.com')).toBe(true);
    expect(call('glob.match', '*', [], 'foo.bar')).toBe(false);
    expect(call('glob.match', '*', null, 'foo.bar')).toBe(true);
    expect(call('glob.match', '*', ['.', '/'], 'a/b')).toBe(false);
    expect(call('glob.match', '?at', ['f'], 'fat')).toBe(false);
  });

  it('supports lists, ranges, alternatives and escapes', () => {
    expect(call('glob.match', '[!a-c]at', [], 'fat')).toBe(true);
    expect(call('glob.match', '[!a-c]at', [], 'bat')).toBe(false);
    expect(call('glob.match', '{cat,bat,[fr]at}', [], 'rat')).toBe(true);
    expect(call('glob.match', '{**/,}x', null, 'x')).toBe(true);
    expect(call('glob.match', 'a/**/b', null, 'a/b')).toBe(false);
    expect(call('glob.match', '\\*', null, '*')).toBe(true);
    expect(call('glob.match', '\\*', null, 'a')).toBe(false);
    expect(call('glob.match', '***', ['.'], '')).toBe(true);
    expect(call('glob.match', '?', null, '')).toBe(false);
  });

  it('matches many-wildcard patterns in linear time', () => {
    const long = `${'a'.repeat(3000)}c`;
    expect(call('glob.match', '*a*a*a*a*a*a*a*a*b', null, long)).toBe(false);
    expect(call('glob.match', '*a*a*a*a*a*a*a*a*c', null, long)).toBe(true);
    expect(call('glob.match', '*.*.*.com', ['.'], 'api.cdn.github.com')).toBe(true);
    expect(call('glob.match', '*.*.com', ['.'], 'api.cdn.github.com')).toBe(false);
  });

  it('reports bad patterns and bad delimiters', () => {
    expect(callError('glob.match', '[abc', null, 'a').code).toBe('eval_builtin_error');
    expect(callError('glob.match', '{a,b', null, 'a').code).toBe('eval_builtin_error');
    expect(callError('glob.match', 'a', 1, 'a').code).toBe('eval_type_error');
    expect(call('glob.quote_meta', '*.github.com')).toBe('\\*.github.com');
  });
});
