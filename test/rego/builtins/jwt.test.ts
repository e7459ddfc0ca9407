import { describe, expect, it } from 'vitest';
import { type KeyObject, generateKeyPairSync } from 'node:crypto';
import '../../../src/rego/builtins/jwt.js';
import '../../../src/rego/builtins/encoding.js';
import { obj } from '../../../src/rego/values.js';
import { call, callError, callValue, context } from './helpers.js';

const hsKey = { kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' };

describe('jwt family', () => {
  it('signs like RFC 7515 appendix A.1 and decodes', () => {
    const raw = call(
      'io.jwt.encode_sign_raw',
      '{"typ":"JWT",\r\n "alg":"HS256"}',
      '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}',
      JSON.stringify(hsKey),
    );
    expect(raw).toBe(
      'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    );
    expect(call('io.jwt.encode_sign', { alg: 'HS256', typ: 'JWT' }, {}, hsKey)).toBe('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.6cvao8lnOu6FAdK68jQFcDMXOmaWNwWiYhCgijd-AD8');
    const [header, payload] = call('io.jwt.decode', raw) as unknown[];
    expect(header).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(payload).toEqual({ iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true });
  });

  it('reports malformed tokens and headers', () => {
    expect(callError('io.jwt.decode', 'abc').message).toBe('encoded JWT had no period separators');
    expect(callError('io.jwt.decode', 'a.b').message).toBe('encoded JWT must have 3 sections, found 2');
    expect(callError('io.jwt.decode', 'eyJhbGciOiJIU^%zI1NiI.e30.x').message).toContain('illegal base64 data at input byte 13');
    expect(callError('io.jwt.encode_sign_raw', '{"alg":"dummy"}', '{}', JSON.stringify(hsKey)).message).toBe('unknown JWS algorithm: dummy');
    expect(callError('io.jwt.encode_sign_raw', '{}', '{}', JSON.stringify(hsKey)).message).toContain('"alg" not found');
    expect(callError('io.jwt.encode_sign_raw', '{"alg":"HS256","typ":"JWT"}', 'e', JSON.stringify(hsKey)).message).toBe('type is JWT but payload is not JSON');
  });

  it('verifies asymmetric signatures and checks claims', () => {
    for (const [alg, type, opts] of [
      ['RS256', 'rsa', { modulusLength: 2048 }],
      ['PS384', 'rsa', { modulusLength: 2048 }],
      ['ES256', 'ec', { namedCurve: 'P-256' }],
      ['EdDSA', 'ed25519', {}],
    ] as const) {
      const { privateKey, publicKey } = generateKeyPairSync(type as 'rsa', opts as never) as unknown as { privateKey: KeyObject; publicKey: KeyObject };
      const jwk = privateKey.export({ format: 'jwk' });
      const pub = publicKey.export({ type: 'spki', format: 'pem' }).toString();
      const token = call('io.jwt.encode_sign', { alg }, { iss: 'me', exp: 2000, nbf: 1000 }, jwk) as string;
      const verifyName = alg === 'EdDSA' ? 'io.jwt.verify_eddsa' : `io.jwt.verify_${alg.toLowerCase()}`;
      expect(call(verifyName, token, pub), alg).toBe(true);
      const ok = callValue('io.jwt.decode_verify', [token, obj([['cert', pub], ['time', 1500_000_000_000n]])], context('x'));
      expect((ok as unknown[])[0], alg).toBe(true);
      const late = callValue('io.jwt.decode_verify', [token, obj([['cert', pub], ['time', 2000_000_000_000n]])]);
      expect((late as unknown[])[0]).toBe(false);
      const wrongIss = callValue('io.jwt.decode_verify', [token, obj([['cert', pub], ['iss', 'you'], ['time', 1500_000_000_000n]])]);
      expect((wrongIss as unknown[])[0]).toBe(false);
    }
  });

  it('rejects bad key material and unknown constraints', () => {
    const token = call('io.jwt.encode_sign', { alg: 'HS256' }, { a: 1 }, hsKey) as string;
    expect(callError('io.jwt.verify_rs256', token, '-----BEGIN CERT-----\nAAAA\n-----END CERT-----').message).toBe(
      'failed to extract a Key from the PEM certificate',
    );
    expect(callError('io.jwt.verify_rs256', token, '{"kty":"bogus"}').message).toBe('failed to parse a JWK key (set)');
    expect(callError('io.jwt.decode_verify', token, { secret: 'x', bogus: 1 }).message).toContain('unknown token validation constraint');
    const withNullExp = call('io.jwt.encode_sign', { alg: 'HS256' }, { exp: null }, { kty: 'oct', k: 'NDI' }) as string;
    expect(callError('io.jwt.decode_verify', withNullExp, { secret: '42' }).message).toBe('exp value must be a number');
    expect(call('io.jwt.verify_hs256', token, 'wrong')).toBe(false);
  });
});
