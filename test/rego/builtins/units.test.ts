import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/units.js';
import { call, callError, callValue } from './helpers.js';

describe('units family', () => {
  it('parses SI, binary and milli units exactly', () => {
    expect(call('units.parse', '500m')).toBe(0.5);
    expect(call('units.parse', '0.0005K')).toBe(0.5);
    expect(call('units.parse', '1.1Ki')).toBe(1126.4);
    expect(call('units.parse', '10KI')).toBe(10240);
    expect(call('units.parse', '-3.5E2m')).toBe(-0.35);
    expect(call('units.parse', '2.5e3K')).toBe(2500000);
    expect(callValue('units.parse', ['10Ei'])).toBe(11529215046068469760n);
    expect(call('units.parse', '"100TI"')).toBe(109951162777600);
    expect(call('units.parse', '.0')).toBe(0);
    expect(callValue('units.parse', ['5E'])).toBe(5000000000000000000n);
  });

  it('parses byte amounts and rounds down', () => {
    expect(call('units.parse_bytes', '1.1KiB')).toBe(1126);
    expect(call('units.parse_bytes', '10Kib')).toBe(10240);
    expect(call('units.parse_bytes', '1e-2KB')).toBe(10);
    expect(call('units.parse_bytes', '12345')).toBe(12345);
    expect(call('units.parse_bytes', '3.2E2MiB')).toBe(335544320);
  });

  it('reports malformed amounts as builtin errors', () => {
    expect(callError('units.parse_bytes', '').message).toBe('no byte amount provided');
    expect(callError('units.parse_bytes', 'GB').message).toBe('no byte amount provided');
    expect(callError('units.parse', '0.0.0').message).toBe('could not parse amount to a number');
    expect(callError('units.parse', ' 327Mi ').message).toBe('spaces not allowed in resource strings');
    expect(callError('units.parse', '12xyz').code).toBe('eval_builtin_error');
    expect(callError('units.parse', 12).code).toBe('eval_type_error');
  });
});
