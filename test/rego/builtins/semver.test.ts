import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/semver.js';
import { call, callError } from './helpers.js';

describe('semver', () => {
  it('validates and compares', () => {
    expect(call('semver.is_valid', '1.0.0-rc.1+build.5')).toBe(true);
    expect(call('semver.is_valid', '1')).toBe(false);
    expect(call('semver.is_valid', 1)).toBe(false);
    expect(call('semver.compare', '1.0.0', '2.0.0')).toBe(-1);
    expect(call('semver.compare', '1.0.0-alpha', '1.0.0')).toBe(-1);
    expect(call('semver.compare', '1.0.0-alpha.10', '1.0.0-alpha.9')).toBe(1);
    expect(call('semver.compare', '1.0.0+a', '1.0.0+b')).toBe(0);
    expect(callError('semver.compare', '1', '1.0.0').message).toBe('operand 1: string "1" is not a valid SemVer');
  });
});
