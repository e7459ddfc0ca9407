/**
 * Crypto builtins with Node's crypto: digests (md5, sha1, sha256), HMACs, constant-time HMAC
 * comparison, and crypto.x509.* / crypto.parse_private_keys (certificates, certificate requests,
 * key pairs, RSA and other private keys as JWKs, chain verification).
 */
import { X509Certificate, createHash, createHmac, createPrivateKey, timingSafeEqual } from 'node:crypto';
import { registerBuiltin } from './registry.js';
import { type Value, ObjectValue, fromJSON } from '../values.js';
import { builtinError, stringArg } from './lib/args.js';
import { Base64Error, decodeBase64 } from './lib/base64.js';
import {
  X509Error,
  certificateRequestValue,
  certificateValue,
  certificatesFromInput,
  decodePemBlocks,
  decodePemOrDer,
} from './lib/x509.js';

function bytes(s: string): Buffer {
  return Buffer.from(s, 'utf8');
}

for (const [name, algo] of [
  ['crypto.md5', 'md5'],
  ['crypto.sha1', 'sha1'],
  ['crypto.sha256', 'sha256'],
] as const) {
  registerBuiltin(name, (args) => createHash(algo).update(bytes(stringArg(args, 0))).digest('hex'), { arity: 1 });
}

for (const [name, algo] of [
  ['crypto.hmac.md5', 'md5'],
  ['crypto.hmac.sha1', 'sha1'],
  ['crypto.hmac.sha256', 'sha256'],
  ['crypto.hmac.sha512', 'sha512'],
] as const) {
  registerBuiltin(name, (args) => createHmac(algo, bytes(stringArg(args, 1))).update(bytes(stringArg(args, 0))).digest('hex'), { arity: 2 });
}

registerBuiltin(
  'crypto.hmac.equal',
  (args) => {
    const a = bytes(stringArg(args, 0));
    const b = bytes(stringArg(args, 1));
    return a.length === b.length && timingSafeEqual(a, b);
  },
  { arity: 2 },
);

function x509OrFail<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof X509Error) throw builtinError(e.message);
    throw e;
  }
}

registerBuiltin(
  'crypto.x509.parse_certificates',
  (args) => x509OrFail(() => certificatesFromInput(stringArg(args, 0)).map((der) => certificateValue(der))),
  { arity: 1 },
);

registerBuiltin(
  'crypto.x509.parse_and_verify_certificates',
  (args, ctx) => {
    const ders = x509OrFail(() => certificatesFromInput(stringArg(args, 0)));
    const invalid: Value = [false, []];
    if (ders.length < 2) return invalid;
    let certs: X509Certificate[];
    try {
      certs = ders.map((d) => new X509Certificate(d));
    } catch {
      return invalid;
    }
    const nowMs = Number(ctx.nowNs / 1_000_000n);
    const inTime = (c: X509Certificate): boolean => nowMs >= Date.parse(c.validFrom) && nowMs <= Date.parse(c.validTo);
    // The first certificate is the trusted root, the last the leaf, the others intermediates.
    const root = certs[0]!;
    const leaf = certs[certs.length - 1]!;
    const pool = certs.slice(1, -1);
    const chain: X509Certificate[] = [leaf];
    let current = leaf;
    const used = new Set<X509Certificate>();
    for (let guard = 0; guard <= certs.length; guard++) {
      if (!inTime(current)) return invalid;
      if (current.checkIssued(root) && current.verify(root.publicKey)) {
        if (current !== root) chain.push(root);
        if (!inTime(root)) return invalid;
        return [true, chain.map((c) => certificateValue(Buffer.from(c.raw)))];
      }
      const issuer = pool.find((c) => !used.has(c) && c.ca && current.checkIssued(c) && current.verify(c.publicKey));
      if (!issuer) return invalid;
      used.add(issuer);
      chain.push(issuer);
      current = issuer;
    }
    return invalid;
  },
  { arity: 1 },
);

registerBuiltin(
  'crypto.x509.parse_certificate_request',
  (args) =>
    x509OrFail(() => {
      const decoded = decodePemOrDer(stringArg(args, 0));
      const der = 'der' in decoded ? decoded.der : decoded.pem.find((b) => b.type.includes('CERTIFICATE REQUEST'))?.bytes;
      if (!der) throw new X509Error('invalid PEM-encoded certificate signing request');
      return certificateRequestValue(der);
    }),
  { arity: 1 },
);

/** A private key PEM block as a JWK object. */
function privateKeyJwk(block: { type: string; bytes: Buffer }): ObjectValue | undefined {
  const type =
    block.type === 'RSA PRIVATE KEY' ? 'pkcs1' : block.type === 'EC PRIVATE KEY' ? 'sec1' : block.type === 'PRIVATE KEY' ? 'pkcs8' : undefined;
  if (!type) return undefined;
  try {
    const key = createPrivateKey({ key: block.bytes, format: 'der', type });
    return fromJSON(key.export({ format: 'jwk' })) as ObjectValue;
  } catch {
    return undefined;
  }
}

function pemText(input: string): string {
  if (input.startsWith('-----BEGIN')) return input;
  try {
    return decodeBase64(input, 'std', true).toString('latin1');
  } catch (e) {
    if (e instanceof Base64Error) throw builtinError(e.message);
    throw e;
  }
}

registerBuiltin(
  'crypto.x509.parse_rsa_private_key',
  (args) => {
    const text = pemText(stringArg(args, 0));
    const block = x509OrFail(() => decodePemBlocks(text).blocks[0]);
    if (!block || block.type !== 'RSA PRIVATE KEY') throw builtinError('failed to parse PEM block containing the key');
    const jwk = privateKeyJwk(block);
    if (!jwk) throw builtinError('failed to parse RSA private key');
    return jwk;
  },
  { arity: 1 },
);

registerBuiltin(
  'crypto.parse_private_keys',
  (args) => {
    const input = stringArg(args, 0);
    if (input === '') return null;
    let text: string;
    try {
      text = pemText(input);
    } catch {
      return [];
    }
    const blocks = x509OrFail(() => decodePemBlocks(text).blocks);
    const keys: Value[] = [];
    for (const b of blocks) {
      const jwk = privateKeyJwk(b);
      if (jwk) keys.push(jwk);
    }
    return keys;
  },
  { arity: 1 },
);

registerBuiltin(
  'crypto.x509.parse_keypair',
  (args) => {
    const certText = pemText(stringArg(args, 0));
    const keyText = pemText(stringArg(args, 1));
    const certs = x509OrFail(() => decodePemBlocks(certText).blocks.filter((b) => b.type === 'CERTIFICATE'));
    if (certs.length === 0) throw builtinError('tls: failed to find any PEM data in certificate input');
    const keyBlock = x509OrFail(() => decodePemBlocks(keyText).blocks.find((b) => b.type.endsWith('PRIVATE KEY')));
    if (!keyBlock) throw builtinError('tls: failed to find any PEM data in key input');
    const jwk = privateKeyJwk(keyBlock);
    if (!jwk) throw builtinError('tls: failed to parse private key');
    let leaf: X509Certificate;
    try {
      leaf = new X509Certificate(certs[0]!.bytes);
    } catch {
      throw builtinError('x509: malformed certificate');
    }
    const privateKey = createPrivateKey({ key: keyBlock.bytes, format: 'der', type: keyBlock.type === 'RSA PRIVATE KEY' ? 'pkcs1' : keyBlock.type === 'EC PRIVATE KEY' ? 'sec1' : 'pkcs8' });
    if (!leaf.checkPrivateKey(privateKey)) throw builtinError('tls: private key does not match public key');
    const out = new ObjectValue();
    out.set('Certificate', certs.map((c) => c.bytes.toString('base64')));
    out.set('PrivateKey', jwk);
    out.set('Leaf', x509OrFail(() => certificateValue(certs[0]!.bytes)));
    return out;
  },
  { arity: 2 },
);
