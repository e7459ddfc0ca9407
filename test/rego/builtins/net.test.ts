import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/net.js';
import '../../../src/rego/builtins/sandboxed.js';
import { set, toJSON } from '../../../src/rego/values.js';
import { SandboxBuiltinError } from '../../../src/rego/builtins/sandboxed.js';
import { call, callError, callValue, callValueError } from './helpers.js';

describe('net family', () => {
  it('checks containment and intersection for IPv4 and IPv6', () => {
    expect(call('net.cidr_contains', '10.0.0.0/8', '10.1.0.0/24')).toBe(true);
    expect(call('net.cidr_contains', '172.17.0.0/24', '172.17.0.0/16')).toBe(false);
    expect(call('net.cidr_contains', '10.0.0.0/8', '10.1.2.3')).toBe(true);
    expect(call('net.cidr_contains', '2001:4860:4860::8888/32', '2001:4860:4860:1234::8888/40')).toBe(true);
    expect(call('net.cidr_intersects', '192.168.1.0/25', '192.168.1.64/25')).toBe(true);
    expect(call('net.cidr_intersects', 'fd1e:5bfe:8af3:9ddc::/64', '2001:4860:4860::8888/32')).toBe(false);
    expect(callError('net.cidr_contains', 'not-a-cidr', '192.168.1.67').code).toBe('eval_builtin_error');
  });

  it('validates, expands and merges prefixes', () => {
    expect(call('net.cidr_is_valid', '2002::1234:abcd:ffff:c0a8:101/64')).toBe(true);
    expect(call('net.cidr_is_valid', '192.168.1.2')).toBe(false);
    expect(call('net.cidr_expand', '192.168.1.1/30')).toEqual(['192.168.1.0', '192.168.1.1', '192.168.1.2', '192.168.1.3']);
    expect(callError('net.cidr_expand', '192.168.1.1/33').message).toBe('invalid CIDR address: 192.168.1.1/33');
    expect(call('net.cidr_merge', ['192.0.2.112/30', '192.0.2.116/31', '192.0.2.118/31'])).toEqual(['192.0.2.112/29']);
    expect(call('net.cidr_merge', ['192.0.2.112/31', '192.0.2.116/31', '192.0.2.118/31'])).toEqual(['192.0.2.112/31', '192.0.2.116/30']);
    expect(call('net.cidr_merge', ['fe80::/120', '192.0.2.0/24', '192.0.3.0/24'])).toEqual(['192.0.2.0/23', 'fe80::/120']);
    expect(call('net.cidr_merge', ['::/0', 'fe80::1/128'])).toEqual(['::/0']);
    expect(call('net.cidr_merge', ['2601:600:8a80:207e:a57d:7567:e2c9:e7b3/64'])).toEqual(['2601:600:8a80:207e::/64']);
    expect(call('net.cidr_merge', ['192.0.128.0', '192.0.129.0'])).toEqual(['192.0.128.0/23']);
    expect(callError('net.cidr_merge', ['2601:600::1']).message).toBe('IPv6 invalid: needs prefix length');
    expect(callError('net.cidr_merge', ['foo']).code).toBe('eval_builtin_error');
  });

  it('matches CIDRs against addresses with keys', () => {
    expect(call('net.cidr_contains_matches', ['1.1.2.0/24', '1.1.1.0/24'], ['1.1.1.1', '1.1.2.1'])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(call('net.cidr_contains_matches', { k1: '1.1.1.1/24', k2: ['1.1.1.2/24', 1] }, '1.1.1.128')).toEqual([
      ['k1', '1.1.1.128'],
      ['k2', '1.1.1.128'],
    ]);
    expect(callValueError('net.cidr_contains_matches', [set(['1.1.1.0/24']), set([[], '1.1.1.1'])]).message).toBe(
      'operand 2: element must be string or non-empty array',
    );
  });

  it('refuses the network but answers for IP literals', () => {
    expect(toJSON(callValue('net.lookup_ip_addr', ['10.0.0.0'])!)).toEqual(['10.0.0.0']);
    expect(toJSON(callValue('net.lookup_ip_addr', ['localhost'])!)).toEqual(['127.0.0.1', '::1']);
    const e = callValueError('net.lookup_ip_addr', ['example.com']);
    expect(e).toBeInstanceOf(SandboxBuiltinError);
    expect((e as SandboxBuiltinError).text.zh).toContain('沙箱');
    expect(callError('http.send', { bad_key: 1, method: 'get', url: 'http://x' }).message).toBe('invalid request parameters(s): {"bad_key"}');
    expect(callError('http.send', { method: 'get' }).message).toBe('missing required request parameters(s): {"url"}');
    expect(callError('providers.aws.sign_req', {}, {}, 0).message).toBe('operand 1 missing required request parameters(s): {"method", "url"}');
    const req = { method: 'get', url: 'http://example.com' };
    expect(callError('providers.aws.sign_req', req, { aws_access_key: 1, aws_secret_access_key: 2, aws_service: 3, aws_region: 4 }, 0).message).toBe(
      'operand 2 invalid values for required AWS config parameters(s): {"aws_access_key", "aws_region", "aws_secret_access_key", "aws_service"}',
    );
    const config = { aws_access_key: 'a', aws_secret_access_key: 'b', aws_service: 's3', aws_region: 'us-east-1' };
    expect(callError('providers.aws.sign_req', req, config, -1e9).message).toBe('operand 3 could not convert time_ns value into a unix timestamp');
    expect(callError('providers.aws.sign_req', req, config, 0).message).toContain("network access is disabled in pipl-guard's sandbox");
    const h = callError('http.send', { method: 'get', url: 'http://example.com' });
    expect(h.message).toContain("network access is disabled in pipl-guard's sandbox");
  });
});
