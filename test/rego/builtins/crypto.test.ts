import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import '../../../src/rego/builtins/crypto.js';
import { call, callError } from './helpers.js';

describe('crypto family', () => {
  it('hashes and authenticates UTF-8 text', () => {
    expect(call('crypto.md5', 'lorem ipsum')).toBe('80a751fde577028640c419000e33eba6');
    expect(call('crypto.sha1', 'lorem ipsum')).toBe('bfb7759a67daeb65410490b4d98bb9da7d1ea2ce');
    expect(call('crypto.sha256', 'lorem ipsum')).toBe('5e2bf57d3f40c4b6df69daf1936cb766f832374b4fc0259a7cbff06e2f70f269');
    expect(call('crypto.hmac.md5', 'foo', 'bar')).toBe('31b6db9e5eb4addb42f1a6ca07367adc');
    expect(call('crypto.hmac.md5', 'åäöçß🥲♙Ω', '秘密の')).toBe('20a8743c2157ac60b7e8b79c83651b8d');
    expect(call('crypto.hmac.equal', 'abc', 'abc')).toBe(true);
    expect(call('crypto.hmac.equal', 'abc', 'ab')).toBe(false);
    expect(callError('crypto.sha256', 1).code).toBe('eval_type_error');
  });

  it('parses private keys into JWKs', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const jwk = call('crypto.x509.parse_rsa_private_key', pem) as Record<string, string>;
    expect(jwk.kty).toBe('RSA');
    expect(Object.keys(jwk).sort()).toEqual(['d', 'dp', 'dq', 'e', 'kty', 'n', 'p', 'q', 'qi']);
    expect(call('crypto.x509.parse_rsa_private_key', Buffer.from(pem).toString('base64'))).toEqual(jwk);
    expect(callError('crypto.x509.parse_rsa_private_key', 'invalid').message).toContain('illegal base64');
    expect((call('crypto.parse_private_keys', pem) as unknown[]).length).toBe(1);
    expect(call('crypto.parse_private_keys', 'nope')).toEqual([]);
    expect(call('crypto.parse_private_keys', '')).toBeNull();
  });

  it('rejects malformed certificates and requests', () => {
    expect(callError('crypto.x509.parse_certificates', 'YmFkc3RyaW5n').message).toBe('x509: malformed certificate');
    expect(callError('crypto.x509.parse_certificates', 'foobar').message).toContain('illegal base64');
    expect(callError('crypto.x509.parse_certificate_request', 'YmFkc3RyaW5n').message).toContain('asn1: structure error');
  });
});
