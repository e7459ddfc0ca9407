/**
 * JSON Web Signatures with Node's crypto: splitting compact tokens, key material from PEM
 * certificates / public keys / JWK (sets), and signing / verifying for HS, RS, PS, ES and EdDSA.
 */
import {
  type KeyObject,
  X509Certificate,
  constants,
  createHmac,
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
  timingSafeEqual,
  verify as cryptoVerify,
} from 'node:crypto';
import { Base64Error, decodeBase64 } from './base64.js';
import { decodePemBlocks } from './x509.js';

export class JwsError extends Error {}

export const ALGORITHMS = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

export function isAlgorithm(s: unknown): s is Algorithm {
  return typeof s === 'string' && (ALGORITHMS as readonly string[]).includes(s);
}

export interface CompactParts {
  header: Buffer;
  payload: Buffer;
  signature: Buffer;
  /** `header.payload` as signed. */
  signingInput: string;
}

function decodePart(part: string, what: string): Buffer {
  try {
    return decodeBase64(part, 'url', false);
  } catch (e) {
    if (e instanceof Base64Error) throw new JwsError(`JWT ${what} had invalid encoding: ${e.message}`);
    throw e;
  }
}

/** Splits and base64url-decodes a compact JWS. */
export function splitCompact(token: string): CompactParts {
  const parts = token.split('.');
  if (parts.length === 1) throw new JwsError('encoded JWT had no period separators');
  if (parts.length !== 3) throw new JwsError(`encoded JWT must have 3 sections, found ${parts.length}`);
  return {
    header: decodePart(parts[0]!, 'header'),
    payload: decodePart(parts[1]!, 'payload'),
    signature: decodePart(parts[2]!, 'signature'),
    signingInput: `${parts[0]}.${parts[1]}`,
  };
}

export interface VerificationKey {
  key: KeyObject;
  alg?: string;
  kid?: string;
}

/**
 * Keys from a verification "certificate" argument: a PEM certificate, a PEM public key, or a
 * JWK / JWK set in JSON. Errors use OPA's wording.
 */
export function verificationKeys(material: string): VerificationKey[] {
  if (material.startsWith('-----BEGIN')) {
    let blocks;
    try {
      blocks = decodePemBlocks(material);
    } catch {
      throw new JwsError('failed to parse a PEM certificate');
    }
    const block = blocks.blocks[0];
    if (!block) throw new JwsError('failed to find a PEM certificate block');
    if (blocks.rest.trim() !== '') throw new JwsError('extra data after a PEM certificate block');
    if (block.type === 'CERTIFICATE') {
      try {
        return [{ key: new X509Certificate(block.bytes).publicKey }];
      } catch {
        throw new JwsError('failed to parse a PEM certificate');
      }
    }
    if (block.type === 'PUBLIC KEY') {
      try {
        return [{ key: createPublicKey({ key: block.bytes, format: 'der', type: 'spki' }) }];
      } catch {
        throw new JwsError('failed to parse a PEM public key');
      }
    }
    if (block.type === 'RSA PUBLIC KEY') {
      try {
        return [{ key: createPublicKey({ key: block.bytes, format: 'der', type: 'pkcs1' }) }];
      } catch {
        throw new JwsError('failed to parse a PEM public key');
      }
    }
    throw new JwsError('failed to extract a Key from the PEM certificate');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(material);
  } catch {
    throw new JwsError('failed to parse a JWK key (set)');
  }
  const jwks = parsed !== null && typeof parsed === 'object' && Array.isArray((parsed as { keys?: unknown }).keys) ? (parsed as { keys: unknown[] }).keys : [parsed];
  const out: VerificationKey[] = [];
  for (const jwk of jwks) {
    if (jwk === null || typeof jwk !== 'object') throw new JwsError('failed to parse a JWK key (set)');
    const j = jwk as Record<string, unknown>;
    try {
      if (j.kty === 'oct') continue;
      out.push({ key: createPublicKey({ key: j as never, format: 'jwk' }), alg: typeof j.alg === 'string' ? j.alg : undefined, kid: typeof j.kid === 'string' ? j.kid : undefined });
    } catch {
      if (jwks.length === 1) throw new JwsError('failed to parse a JWK key (set)');
    }
  }
  if (out.length === 0 && jwks.length > 0 && !jwks.every((k) => (k as Record<string, unknown>).kty === 'oct')) throw new JwsError('failed to parse a JWK key (set)');
  return out;
}

function hashOf(alg: Algorithm): string {
  return `sha${alg.slice(2)}`;
}

/** Verifies a signature; false on any mismatch (wrong key type included). */
export function verifySignature(alg: Algorithm, signingInput: string, signature: Buffer, key: KeyObject | string): boolean {
  const data = Buffer.from(signingInput, 'latin1');
  try {
    if (alg.startsWith('HS')) {
      const secret = typeof key === 'string' ? Buffer.from(key, 'utf8') : key.export();
      const mac = createHmac(hashOf(alg), secret).update(data).digest();
      return mac.length === signature.length && timingSafeEqual(mac, signature);
    }
    if (typeof key === 'string') return false;
    if (alg === 'EdDSA') return key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448' ? cryptoVerify(null, data, key, signature) : false;
    if (alg.startsWith('RS')) return key.asymmetricKeyType === 'rsa' && cryptoVerify(hashOf(alg), data, key, signature);
    if (alg.startsWith('PS')) {
      return (
        (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') &&
        cryptoVerify(hashOf(alg), data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, signature)
      );
    }
    if (alg.startsWith('ES')) {
      const curve = { ES256: 'prime256v1', ES384: 'secp384r1', ES512: 'secp521r1' }[alg as 'ES256' | 'ES384' | 'ES512'];
      const details = key.asymmetricKeyDetails as { namedCurve?: string } | undefined;
      if (key.asymmetricKeyType !== 'ec' || (details?.namedCurve && details.namedCurve !== curve)) return false;
      return cryptoVerify(hashOf(alg), data, { key, dsaEncoding: 'ieee-p1363' }, signature);
    }
  } catch {
    return false;
  }
  return false;
}

/** A signing key from a JWK object (oct, RSA, EC, OKP). */
export function signingKey(jwk: Record<string, unknown>): KeyObject | Buffer {
  if (jwk.kty === 'oct') {
    if (typeof jwk.k !== 'string') throw new JwsError('invalid oct JWK: missing "k"');
    try {
      return decodeBase64(jwk.k.replace(/=+$/, ''), 'url', false);
    } catch {
      throw new JwsError('invalid oct JWK: bad "k"');
    }
  }
  try {
    return createPrivateKey({ key: jwk as never, format: 'jwk' });
  } catch (e) {
    throw new JwsError(`failed to parse JWK: ${(e as Error).message}`);
  }
}

export function signData(alg: Algorithm, signingInput: string, key: KeyObject | Buffer): Buffer {
  const data = Buffer.from(signingInput, 'latin1');
  if (alg.startsWith('HS')) {
    const secret = Buffer.isBuffer(key) ? key : key.export();
    return createHmac(hashOf(alg), secret).update(data).digest();
  }
  if (Buffer.isBuffer(key)) throw new JwsError(`${alg} needs an asymmetric private key`);
  try {
    if (alg === 'EdDSA') return cryptoSign(null, data, key);
    if (alg.startsWith('RS')) return cryptoSign(hashOf(alg), data, key);
    if (alg.startsWith('PS')) return cryptoSign(hashOf(alg), data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST });
    return cryptoSign(hashOf(alg), data, { key, dsaEncoding: 'ieee-p1363' });
  } catch (e) {
    throw new JwsError(`failed to sign with ${alg}: ${(e as Error).message}`);
  }
}
