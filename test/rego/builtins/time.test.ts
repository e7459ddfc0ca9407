import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/time.js';
import { call, callError, callValue, context } from './helpers.js';
import { getBuiltin } from '../../../src/rego/builtins/registry.js';

describe('time family', () => {
  it('returns the query clock from the context', () => {
    const def = getBuiltin('time.now_ns')!;
    expect(def.impl([], context('time.now_ns', { nowNs: 1234n }))).toBe(1234);
  });

  it('parses Go layouts and RFC 3339', () => {
    expect(callValue('time.parse_ns', ['2006-01-02T15:04:05Z07:00', '2017-06-02T19:00:00-07:00'])).toBe(1496455200000000000n);
    expect(callValue('time.parse_ns', ['2006-01-02T15:04:05Z07:00', '1677-09-21T00:12:43.145224192-00:00'])).toBe(-9223372036854775808n);
    expect(callValue('time.parse_ns', ["01/02 03:04:05PM '06 -0700", "06/02 07:00:00PM '17 -0700"])).toBe(1496455200000000000n);
    expect(callValue('time.parse_ns', ['RFC822Z', '02 Jun 17 19:00 -0700'])).toBe(1496455200000000000n);
    expect(callValue('time.parse_ns', ['2006-01-02', '2020-02-29'])).toBe(1582934400000000000n);
    expect(callValue('time.parse_rfc3339_ns', ['1970-01-01T00:00:00Z'])).toBe(0);
    expect(callError('time.parse_rfc3339_ns', '2262-04-11T23:47:16.854775808-00:00').message).toBe('time outside of valid range');
    expect(callError('time.parse_ns', '2006-01-02', '2021-02-29').code).toBe('eval_builtin_error');
    expect(callError('time.parse_ns', '2006-01-02', 'yesterday').message).toContain('cannot parse');
  });

  it('parses Go durations', () => {
    expect(call('time.parse_duration_ns', '100ms')).toBe(100000000);
    expect(callValue('time.parse_duration_ns', ['1h2m3.5s'])).toBe(3723500000000);
    expect(call('time.parse_duration_ns', '-1.5us')).toBe(-1500);
    expect(callError('time.parse_duration_ns', '5').code).toBe('eval_builtin_error');
    expect(callError('time.parse_duration_ns', '5y').code).toBe('eval_builtin_error');
  });

  it('breaks timestamps into date, clock and weekday, in zones too', () => {
    expect(call('time.date', 1517814000 * 1e9)).toEqual([2018, 2, 5]);
    expect(call('time.date', [1517814000 * 1e9, 'America/Los_Angeles'])).toEqual([2018, 2, 4]);
    expect(call('time.clock', [1517832000 * 1e9, 'America/New_York'])).toEqual([7, 0, 0]);
    expect(callValue('time.weekday', [1517832000000000000n])).toBe('Monday');
  });

  it('rejects too big timestamps and unknown zones', () => {
    const tooBig = 1582977600000000000000n;
    expect(() => callValue('time.weekday', [tooBig])).toThrow('timestamp too big');
    expect(callError('time.date', [0, 'Mars/Olympus_Mons']).code).toBe('eval_builtin_error');
    expect(callError('time.date', 'x').code).toBe('eval_type_error');
    expect(callError('time.date', []).code).toBe('eval_type_error');
    expect(callError('time.date', 1.5).message).toBe('timestamp too big');
    expect(call('time.date', [0])).toEqual([1970, 1, 1]);
    expect(call('time.date', [0, 'Local'])).toEqual([1970, 1, 1]);
  });

  it('adds dates and computes differences like Go', () => {
    expect(callValue('time.add_date', [1585852421593912000n, 3, 9, 12])).toBe(1705257221593912000n);
    expect(callValue('time.add_date', [1585852421593912000n, -1, -1, -1])).toBe(1551465221593912000n);
    expect(callError('time.add_date', 0, 2262, 1, 1).message).toBe('time outside of valid range');
    const p = (d: string) => callValue('time.parse_ns', ['2006-01-02', d]);
    expect(call('time.diff', p('2020-02-02'), p('2020-03-01'))).toEqual([0, 0, 28, 0, 0, 0]);
    expect(call('time.diff', p('2004-02-29'), p('2005-03-01'))).toEqual([1, 0, 1, 0, 0, 0]);
    expect(call('time.diff', [61e9, 'UTC'], [0, 'Asia/Shanghai'])).toEqual([0, 0, 0, 0, 1, 1]);
    // The first operand's zone decides the calendar: 2021-02-28 20:00 UTC is March 1 in Shanghai.
    const feb28 = callValue('time.parse_rfc3339_ns', ['2021-02-28T20:00:00Z'])!;
    const mar31 = callValue('time.parse_rfc3339_ns', ['2021-03-31T20:00:00Z'])!;
    expect(call('time.diff', [mar31, 'UTC'], [feb28, 'Asia/Shanghai'])).toEqual([0, 1, 3, 0, 0, 0]);
    expect(call('time.diff', [mar31, 'Asia/Shanghai'], [feb28, 'UTC'])).toEqual([0, 1, 0, 0, 0, 0]);
    // add_date works on the civil date of the given zone.
    const ny = callValue('time.parse_rfc3339_ns', ['2021-03-13T12:00:00-05:00'])!;
    expect(callValue('time.add_date', [[ny, 'America/New_York'], 0, 0, 1])).toBe(
      callValue('time.parse_rfc3339_ns', ['2021-03-14T12:00:00-04:00']),
    );
  });

  it('formats with layouts and zones', () => {
    const ns = 1670006453141828752n;
    expect(callValue('time.format', [ns])).toBe('2022-12-02T18:40:53.141828752Z');
    expect(callValue('time.format', [[ns, 'Asia/Kolkata']])).toBe('2022-12-03T00:10:53.141828752+05:30');
    expect(callValue('time.format', [[ns, 'Asia/Kolkata', 'Mon Jan 02 15:04:05 -0700 2006']])).toBe('Sat Dec 03 00:10:53 +0530 2022');
    expect(callValue('time.format', [[ns, 'Asia/Kolkata', 'RFC1123Z']])).toBe('Sat, 03 Dec 2022 00:10:53 +0530');
  });
});
