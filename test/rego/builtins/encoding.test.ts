import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/encoding.js';
import { obj, set } from '../../../src/rego/values.js';
import { call, callError, callValue } from './helpers.js';

describe('encoding family', () => {
  it('encodes and decodes base64 variants strictly', () => {
    expect(call('base64.encode', 'subjects?_d')).toBe('c3ViamVjdHM/X2Q=');
    expect(call('base64.decode', 'c3ViamVjdHM/X2Q=')).toBe('subjects?_d');
    expect(call('base64.is_valid', "{'not':'base64'}")).toBe(false);
    expect(call('base64.is_valid', 'aGVsbG8')).toBe(false);
    expect(call('base64url.encode', 'hello')).toBe('aGVsbG8=');
    expect(call('base64url.encode_no_pad', 'hello')).toBe('aGVsbG8');
    expect(call('base64url.decode', 'aGVsbG8')).toBe('hello');
    expect(call('base64url.decode', 'aGVsbG8=')).toBe('hello');
    expect(callError('base64.decode', 'aGV^bG8=').message).toBe('illegal base64 data at input byte 3');
  });

  it('encodes hex and URL queries like Go', () => {
    expect(call('hex.encode', 'lorem ipsum')).toBe('6c6f72656d20697073756d');
    expect(call('hex.decode', '6c6f72656d20697073756d')).toBe('lorem ipsum');
    expect(callError('hex.decode', 'fghijkl').message).toContain("invalid byte: U+0067 'g'");
    expect(callError('hex.decode', 'abc').code).toBe('eval_builtin_error');
    expect(call('urlquery.encode', 'a=b+1 c')).toBe('a%3Db%2B1+c');
    expect(call('urlquery.decode', 'a%3Db%2B1+c')).toBe('a=b+1 c');
    expect(callError('urlquery.decode', '%zz').code).toBe('eval_builtin_error');
    expect(callValue('urlquery.encode_object', [obj([['a', set(['b+1'])], ['c', ['x', 'y']]])])).toBe('a=b%2B1&c=x&c=y');
    expect(call('urlquery.decode_object', 'a=value_a1&b&a=value_a2')).toEqual({ a: ['value_a1', 'value_a2'], b: [''] });
  });

  it('marshals JSON with sorted keys, exact numbers and Go indentation', () => {
    expect(callValue('json.marshal', [[obj([['foo', set([3, 1, 2])]])]])).toBe('[{"foo":[1,2,3]}]');
    expect(callValue('json.marshal', ['<&>'])).toBe('"\\u003c\\u0026\\u003e"');
    expect(callValue('json.marshal', [[12345678901234567890n]])).toBe('[12345678901234567890]');
    expect(call('json.marshal_with_options', { foo: 'bar', bar: 'baz' }, { prefix: 'JSON => ' })).toBe(
      'JSON => {\nJSON => \t"bar": "baz",\nJSON => \t"foo": "bar"\nJSON => }',
    );
    expect(call('json.marshal_with_options', [], { indent: '    ', prefix: '---' })).toBe('---[]');
    expect(call('json.marshal_with_options', [1, 2], { pretty: false, indent: 'x' })).toBe('[1,2]');
    expect(callError('json.marshal_with_options', [], { nope: true }).message).toContain('object contained unknown key "nope"');
  });

  it('unmarshals and validates JSON and YAML', () => {
    expect(call('json.unmarshal', '[{"foo":[1,2,3]}]')).toEqual([{ foo: [1, 2, 3] }]);
    expect(callValue('json.unmarshal', ['123456789012345678901234567890'])).toBe(123456789012345678901234567890n);
    expect(callError('json.unmarshal', '{').code).toBe('eval_builtin_error');
    expect(callError('json.unmarshal', 1).message).toBe('operand 1 must be string but got number');
    expect(call('json.is_valid', 'plainstring')).toBe(false);
    expect(call('json.is_valid', '{"json": "ok"}')).toBe(true);
    expect(call('json.is_valid', 1)).toBe(false);
    expect(call('yaml.is_valid', 'foo:\n   - qux: bar\n   - baz: {')).toBe(false);
    expect(call('yaml.unmarshal', 'a: [1, 2]\nb: yes')).toEqual({ a: [1, 2], b: true });
    expect(callError('yaml.unmarshal', '[1,2,3').message).toContain('yaml: line 1: did not find');
    expect(callValue('yaml.marshal', [obj([['foo', [1, 2]], ['bar', 'yes']])])).toBe('bar: "yes"\nfoo:\n- 1\n- 2\n');
    const text = callValue('yaml.marshal', [[obj([['foo', set([1, 2, 3])]])]]) as string;
    expect(call('yaml.unmarshal', text)).toEqual([{ foo: [1, 2, 3] }]);
  });
});
