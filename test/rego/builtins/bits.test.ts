import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/bits.js';
import { call, callError, callValue } from './helpers.js';

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
