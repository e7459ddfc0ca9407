import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/json.js';
import { obj, set, toJSON } from '../../../src/rego/values.js';
import { call, callError, callValue } from './helpers.js';

const doc = { a: { b: { c: 7, d: 8 } }, e: 9 };

describe('json family', () => {
  it('filters paths given as strings or segment arrays', () => {
    expect(call('json.filter', doc, ['a/b/c', 'e'])).toEqual({ a: { b: { c: 7 } }, e: 9 });
    expect(call('json.filter', doc, [['a', 'b', 'c']])).toEqual({ a: { b: { c: 7 } } });
    expect(call('json.filter', { a: { b: 7 } }, ['a', 'a/b'])).toEqual({ a: { b: 7 } });
    expect(call('json.filter', { a: [{ b: 7, c: 8 }, { d: 9 }] }, ['a/0/b', 'a/1'])).toEqual({ a: [{ b: 7 }, { d: 9 }] });
    expect(call('json.filter', { a: 7 }, [])).toEqual({});
  });

  it('removes paths and compacts arrays', () => {
    expect(call('json.remove', doc, ['a/b/c', 'e'])).toEqual({ a: { b: { d: 8 } } });
    expect(call('json.remove', { a: [{ b: 7, c: 8 }, { d: 9 }] }, ['a/0/b', 'a/1'])).toEqual({ a: [{ c: 8 }] });
    expect(call('json.remove', { a: { b: 7 }, c: 1 }, ['a', 'a/b'])).toEqual({ c: 1 });
  });

  it('reports OPA type errors for bad operands', () => {
    expect(callError('json.remove', 'foo', ['a']).message).toBe('operand 1 must be object but got string');
    expect(callError('json.remove', {}, 'foo').message).toBe('operand 2 must be one of {set, array} but got string');
    expect(callError('json.filter', {}, ['a', 1]).message).toBe(
      'operand 2 must be one of {set, array} containing string paths or array of path segments but got number',
    );
  });

  it('patches documents per RFC 6902, sets included', () => {
    expect(call('json.patch', { foo: ['bar', 'baz'] }, [{ op: 'add', path: '/foo/1', value: 'qux' }])).toEqual({ foo: ['bar', 'qux', 'baz'] });
    expect(call('json.patch', {}, [{ op: 'add', path: '/', value: 1 }])).toEqual({ '': 1 });
    expect(call('json.patch', { foo: { bar: 'baz' } }, [{ op: 'move', from: '/foo/bar', path: '/qux' }])).toEqual({ foo: {}, qux: 'baz' });
    expect(callError('json.patch', { q: { bar: 2 } }, [{ op: 'add', path: '/a/b', value: 1 }]).code).toBe('eval_builtin_error');
    expect(callError('json.patch', { foo: 1 }, [{ op: 'test', path: '/foo', value: 2 }]).code).toBe('eval_builtin_error');
    expect(callError('json.patch', [1], [{ op: 'add', path: '/01', value: 2 }]).code).toBe('eval_builtin_error');
    const withSet = obj([['foo', set(['a', 'b', 'c'])]]);
    expect(toJSON(callValue('json.patch', [withSet, [obj([['op', 'remove'], ['path', 'foo/b']])]])!)).toEqual({ foo: ['a', 'c'] });
    expect(() => callValue('json.patch', [withSet, [obj([['op', 'add'], ['path', 'foo/d'], ['value', 'e']])]])).toThrow();
    const nested = set([[1]]);
    expect(toJSON(callValue('json.patch', [nested, [obj([['op', 'add'], ['path', [[1], 1]], ['value', 2]])]])!)).toEqual([[1, 2]]);
  });

  it('validates JSON schemas with gojsonschema-style results', () => {
    const schema = { properties: { id: { type: 'integer' } }, required: ['id'] };
    expect(call('json.match_schema', { id: 5 }, schema)).toEqual([true, []]);
    expect(call('json.match_schema', '{"id": 5}', JSON.stringify(schema))).toEqual([true, []]);
    expect(call('json.match_schema', { id: 'foo' }, schema)).toEqual([
      false,
      [{ desc: 'Invalid type. Expected: integer, given: string', error: 'id: Invalid type. Expected: integer, given: string', field: 'id', type: 'invalid_type' }],
    ]);
    expect(call('json.match_schema', {}, schema)).toEqual([false, [{ desc: 'id is required', error: '(root): id is required', field: '(root)', type: 'required' }]]);
    expect(call('json.verify_schema', { type: 'boolean' })).toEqual([true, null]);
    expect(call('json.verify_schema', { type: 'unknown_type' })).toEqual([
      false,
      'jsonschema: has a primitive type that is NOT VALID -- given: /unknown_type/ Expected valid values are:[array boolean integer number null object string]',
    ]);
    expect(callError('json.match_schema', {}, { type: 'nope' }).code).toBe('eval_builtin_error');
    const draft4 = { $schema: 'http://json-schema.org/draft-04/schema#', properties: { n: { type: 'number', minimum: 5, exclusiveMinimum: true } } };
    expect((call('json.match_schema', { n: 5 }, draft4) as unknown[])[0]).toBe(false);
    expect((call('json.match_schema', { n: 6 }, draft4) as unknown[])[0]).toBe(true);
    const email = { properties: { e: { type: 'string', format: 'email' } } };
    expect((call('json.match_schema', { e: 'not an email' }, email) as unknown[])[0]).toBe(false);
    expect((call('json.match_schema', { e: 'dpo@example.cn' }, email) as unknown[])[0]).toBe(true);
    expect(callError('json.match_schema', {}, '{').code).toBe('eval_builtin_error');
  });
});
