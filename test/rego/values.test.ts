import { describe, expect, it } from 'vitest';
import { compare, equal, fromJSON, keyOf, ObjectValue, parseNumber, SetValue, toJSON, toRegoString, typeName, type Value } from '../../src/rego/values.js';

describe('Rego values', () => {
  it("orders values like OPA: null < boolean < number < string < array < object < set", () => {
    const values: Value[] = [SetValue.from([1]), ObjectValue.fromRecord({ a: 1 }), [1], 'a', 2, true, false, null];
    const sorted = [...values].sort(compare).map(typeName);
    expect(sorted).toEqual(['null', 'boolean', 'boolean', 'number', 'string', 'array', 'object', 'set']);
    expect(compare(false, true)).toBeLessThan(0);
    expect(compare([1, 2], [1, 2, 0])).toBeLessThan(0);
    expect(compare('\u{1F600}', '\uFFFF')).toBeGreaterThan(0);
  });

  it('compares numbers by value across representations', () => {
    expect(equal(parseNumber('1.0')!, 1)).toBe(true);
    expect(compare(parseNumber('18446744073709551617')!, 1.5e19)).toBeGreaterThan(0);
    expect(compare(parseNumber('18446744073709551617')!, 1.9e19)).toBeLessThan(0);
    expect(keyOf(parseNumber('1e2')!)).toBe(keyOf(100));
    expect(parseNumber('abc')).toBeUndefined();
  });

  it('hashes equal composites equally regardless of order', () => {
    const a = ObjectValue.fromRecord({ x: 1, y: SetValue.from([1, 2]) });
    const b = ObjectValue.fromRecord({ y: SetValue.from([2, 1]), x: 1 });
    expect(keyOf(a)).toBe(keyOf(b));
    expect(equal(a, b)).toBe(true);
    expect(keyOf('1')).not.toBe(keyOf(1));
  });

  it('converts to and from JSON the way OPA renders results', () => {
    const v = fromJSON({ b: [1, 'x'], a: null });
    expect(toJSON(v)).toEqual({ a: null, b: [1, 'x'] });
    const o = new ObjectValue().set(2, 'two').set('s', SetValue.from(['b', 'a']));
    expect(toJSON(o)).toEqual({ '2': 'two', s: ['a', 'b'] });
    expect(toRegoString(o)).toBe('{2: "two", "s": {"a", "b"}}');
    expect(toRegoString(new SetValue())).toBe('set()');
    expect(() => fromJSON(undefined)).toThrow(TypeError);
  });
});
