import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/regex.js';
import { translateRe2, Re2SyntaxError } from '../../../src/rego/builtins/lib/re2.js';
import { call, callError } from './helpers.js';

describe('regex family', () => {
  it('matches with RE2 syntax translated to JavaScript', () => {
    expect(call('regex.match', '^[a-z]+\\[[0-9]+\\]$', 'foo[1]')).toBe(true);
    expect(call('regex.match', '', 'x')).toBe(true);
    expect(call('re_match', '(?i)^ABC$', 'abc')).toBe(true);
    expect(call('regex.match', '\\Afoo\\z', 'foo')).toBe(true);
    expect(call('regex.match', '^[[:digit:]]+$', '123')).toBe(true);
    expect(call('regex.match', '^\\pL+$', 'héllo')).toBe(true);
    expect(call('regex.match', '(?P<first>a)b', 'ab')).toBe(true);
    expect(call('regex.match', '\\Qa.b\\E', 'axb')).toBe(false);
    expect(call('regex.match', 'a{', 'a{')).toBe(true);
  });

  it('rejects what RE2 rejects', () => {
    for (const bad of ['$^[[[', '++', '[', '(a', 'a)', '\\1', '(?=a)', 'a{1001}']) {
      expect(() => translateRe2(bad), bad).toThrow(Re2SyntaxError);
    }
    expect(callError('regex.match', '[', 'x').code).toBe('eval_builtin_error');
    expect(call('regex.is_valid', '++')).toBe(false);
    expect(call('regex.is_valid', 10)).toBe(false);
    expect(call('regex.is_valid', '.+')).toBe(true);
  });

  it('finds, splits and replaces like Go', () => {
    expect(call('regex.find_n', 'a.', 'paranormal', -1)).toEqual(['ar', 'an', 'al']);
    expect(call('regex.find_n', 'a.', 'paranormal', 2)).toEqual(['ar', 'an']);
    expect(call('regex.find_n', 'a*', 'baaac', -1)).toEqual(['', 'aaa', '']);
    expect(call('regex.find_all_string_submatch_n', '[^aouiye]([aouiye])([^aouiye])?', 'somestri', -1)).toEqual([
      ['som', 'o', 'm'],
      ['ri', 'i', ''],
    ]);
    expect(call('regex.split', 'a', 'banana')).toEqual(['b', 'n', 'n', '']);
    expect(call('regex.split', '^[a-z ]+$', 'foobar baz')).toEqual(['', '']);
    expect(call('regex.split', 'x', '')).toEqual(['']);
    expect(call('regex.replace', '-wy-wxxy-', 'w(x*)y', '0')).toBe('-0-0-');
    expect(call('regex.replace', 'foo', '(foo)', '$1$1')).toBe('foofoo');
    expect(call('regex.replace', 'foo', '(foo)', '${1}x$1x')).toBe('foox');
    expect(call('regex.replace', 'foo barx', '[a-z]{2}', '_')).toBe('_o __');
  });

  it('matches templates and glob intersections', () => {
    expect(call('regex.template_match', 'urn:foo:{.*}', 'urn:foo:bar:baz', '{', '}')).toBe(true);
    expect(call('regex.template_match', 'urn:foo:<[0-9]+>', 'urn:foo:bar', '<', '>')).toBe(false);
    expect(call('regex.globs_match', 'a.a.[0-9]+z', '.b.b2359825792*594823z')).toBe(true);
    expect(call('regex.globs_match', '[a-z]+', '[0-9]*')).toBe(false);
    const e = callError('regex.globs_match', 'pqrs]', '[a-b]+');
    expect(e.message).toBe("input:pqrs], pos:5, set-close ']' with no preceding '[': the input provided is invalid");
  });
});
