/**
 * JSON Web Token builtins: io.jwt.decode, io.jwt.decode_verify (signature, alg, iss, aud, exp,
 * nbf and crit checks against constraints), io.jwt.verify_{hs,rs,ps,es}{256,384,512},
 * io.jwt.verify_eddsa, io.jwt.encode_sign and io.jwt.encode_sign_raw. Keys never leave the
 * process; nothing is fetched (no JWKS URLs).
 */
import { registerBuiltin } from './registry.js';
import { type Value, ObjectValue, isNumber, numberToString, toJSON } from '../values.js';
import { builtinError, objectArg, stringArg, typeError } from './lib/args.js';
import { encodeBase64 } from './lib/base64.js';
import { JsonSyntaxError, jsonText, parseJsonValue } from './lib/json-text.js';
import {
  type Algorithm,
  JwsError,
  isAlgorithm,
  signData,
  signingKey,
  splitCompact,
  verificationKeys,
  verifySignature,
} from './lib/jws.js';

function jwsOrFail<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof JwsError) throw builtinError(e.message);
    throw e;
  }
}

function parseJsonPart(bytes: Buffer, what: string): Value {
  try {
    return parseJsonValue(bytes.toString('utf8'));
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw builtinError(`JWT ${what} had invalid JSON: ${e.message}`);
    throw e;
  }
}

interface Decoded {
  header: ObjectValue;
  payload: ObjectValue;
  signature: Buffer;
  signingInput: string;
  /** The inner token when the header says `cty: JWT`. */
  nested?: string;
}

function decodeToken(token: string): Decoded {
  const parts = jwsOrFail(() => splitCompact(token));
  const header = parseJsonPart(parts.header, 'header');
  if (!(header instanceof ObjectValue)) throw builtinError('JWT header is not a JSON object');
  if (header.has('enc')) throw builtinError('JWT is a JWE object, which is not supported');
  const cty = header.get('cty');
  if (typeof cty === 'string' && cty.toUpperCase() === 'JWT') {
    // The inner token is either a JSON string or the compact token itself.
    const raw = parts.payload.toString('utf8');
    const inner = raw.trimStart().startsWith('"') ? parseJsonPart(parts.payload, 'payload') : raw.trim();
    if (typeof inner !== 'string') throw builtinError('JWT payload of a nested token is not a string');
    return { header, payload: new ObjectValue(), signature: parts.signature, signingInput: parts.signingInput, nested: inner };
  }
  const payload = parseJsonPart(parts.payload, 'payload');
  if (!(payload instanceof ObjectValue)) throw builtinError('JWT payload is not a JSON object');
  return { header, payload, signature: parts.signature, signingInput: parts.signingInput };
}

registerBuiltin(
  'io.jwt.decode',
  (args) => {
    let d = decodeToken(stringArg(args, 0));
    while (d.nested !== undefined) d = decodeToken(d.nested);
    return [d.header, d.payload, d.signature.toString('hex')];
  },
  { arity: 1 },
);

// ---- verify_* ---------------------------------------------------------------------------

function verifyWith(alg: Algorithm, token: string, material: string): boolean {
  const parts = jwsOrFail(() => splitCompact(token));
  if (alg.startsWith('HS')) return verifySignature(alg, parts.signingInput, parts.signature, material);
  const keys = jwsOrFail(() => verificationKeys(material));
  return keys.some((k) => verifySignature(alg, parts.signingInput, parts.signature, k.key));
}

for (const alg of ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] as const) {
  registerBuiltin(`io.jwt.verify_${alg.toLowerCase()}`, (args) => verifyWith(alg, stringArg(args, 0), stringArg(args, 1)), { arity: 2 });
}
registerBuiltin('io.jwt.verify_eddsa', (args) => verifyWith('EdDSA', stringArg(args, 0), stringArg(args, 1)), { arity: 2 });

// ---- decode_verify ------------------------------------------------------------------------

const CONSTRAINTS = new Set(['cert', 'secret', 'alg', 'iss', 'aud', 'time']);

/** Exact nanoseconds of a claim in seconds (number, possibly fractional). */
function secondsToNs(v: Value): bigint {
  const text = numberToString(v as number | bigint);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) return 0n;
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const exp = Number(m[4] ?? '0') - (m[3] ?? '').length + 9;
  let ns = exp >= 0 ? BigInt(digits) * 10n ** BigInt(exp) : BigInt(digits) / 10n ** BigInt(-exp);
  if (m[1] === '-') ns = -ns;
  return ns;
}

function timeToNs(v: Value): bigint {
  if (typeof v === 'bigint') return v;
  return BigInt(Math.trunc(v as number));
}

const INVALID: Value = [false, new ObjectValue(), new ObjectValue()];

function decodeVerify(token: string, constraints: ObjectValue, nowNs: bigint, depth: number): Value {
  const d = decodeToken(token);
  const alg = d.header.get('alg');
  if (!isAlgorithm(alg)) return INVALID;
  if (d.header.has('crit')) return INVALID;
  const wantAlg = constraints.get('alg');
  if (wantAlg !== undefined && wantAlg !== alg) return INVALID;
  const secret = constraints.get('secret');
  const cert = constraints.get('cert');
  let ok = false;
  if (alg.startsWith('HS')) {
    ok = typeof secret === 'string' && verifySignature(alg, d.signingInput, d.signature, secret);
  } else if (typeof cert === 'string') {
    const keys = jwsOrFail(() => verificationKeys(cert));
    const kid = d.header.get('kid');
    const candidates = keys.filter((k) => (typeof kid === 'string' && k.kid !== undefined ? k.kid === kid : true) && (k.alg === undefined || k.alg === alg));
    ok = candidates.some((k) => verifySignature(alg, d.signingInput, d.signature, k.key));
  }
  if (!ok) return INVALID;
  if (d.nested !== undefined) {
    if (depth > 10) throw builtinError('JWT nesting is too deep');
    return decodeVerify(d.nested, constraints, nowNs, depth + 1);
  }
  const payload = d.payload;
  const timeConstraint = constraints.get('time');
  const now = timeConstraint !== undefined ? timeToNs(timeConstraint) : nowNs;
  const exp = payload.get('exp');
  if (exp !== undefined) {
    if (!isNumber(exp)) throw builtinError('exp value must be a number');
    if (now >= secondsToNs(exp)) return INVALID;
  }
  const nbf = payload.get('nbf');
  if (nbf !== undefined) {
    if (!isNumber(nbf)) throw builtinError('nbf value must be a number');
    if (now < secondsToNs(nbf)) return INVALID;
  }
  const wantIss = constraints.get('iss');
  if (wantIss !== undefined && payload.get('iss') !== wantIss) return INVALID;
  const aud = payload.get('aud');
  const wantAud = constraints.get('aud');
  if (aud !== undefined || wantAud !== undefined) {
    if (aud === undefined || wantAud === undefined) return INVALID;
    const auds = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
    if (!auds.includes(wantAud)) return INVALID;
  }
  return [true, d.header, payload];
}

registerBuiltin(
  'io.jwt.decode_verify',
  (args, ctx) => {
    const token = stringArg(args, 0);
    const constraints = objectArg(args, 1);
    for (const [k, v] of constraints) {
      if (typeof k !== 'string' || !CONSTRAINTS.has(k)) throw builtinError(`unknown token validation constraint: ${typeof k === 'string' ? k : String(toJSON(k))}`);
      if ((k === 'time') !== isNumber(v) && k === 'time') throw typeError(2, 'number for "time"', v);
      if (k !== 'time' && typeof v !== 'string') throw builtinError(`token validation constraint ${k} must be a string`);
    }
    if (constraints.has('cert') && constraints.has('secret')) throw builtinError('duplicate key constraints');
    return decodeVerify(token, constraints, ctx.nowNs, 0);
  },
  { arity: 2 },
);

// ---- encode_sign --------------------------------------------------------------------------

function encodePart(text: string): string {
  return encodeBase64(Buffer.from(text, 'utf8'), 'url', false);
}

function signCompact(headerText: string, payloadText: string, alg: Algorithm, jwk: Record<string, unknown>): string {
  const key = jwsOrFail(() => signingKey(jwk));
  const signingInput = `${encodePart(headerText)}.${encodePart(payloadText)}`;
  const signature = jwsOrFail(() => signData(alg, signingInput, key));
  return `${signingInput}.${encodeBase64(signature, 'url', false)}`;
}

function algorithmFrom(header: unknown): Algorithm {
  const alg = header !== null && typeof header === 'object' ? (header as Record<string, unknown>).alg : undefined;
  if (alg === undefined) throw builtinError('missing or invalid \'alg\' header: jwsbb: header "alg" not found');
  if (!isAlgorithm(alg)) throw builtinError(`unknown JWS algorithm: ${String(alg)}`);
  return alg;
}

registerBuiltin(
  'io.jwt.encode_sign',
  (args) => {
    const header = objectArg(args, 0);
    const payload = objectArg(args, 1);
    const key = objectArg(args, 2);
    const alg = algorithmFrom(toJSON(header));
    return signCompact(jsonText(header), jsonText(payload), alg, toJSON(key) as Record<string, unknown>);
  },
  { arity: 3 },
);

registerBuiltin(
  'io.jwt.encode_sign_raw',
  (args) => {
    const headerText = stringArg(args, 0);
    const payloadText = stringArg(args, 1);
    const keyText = stringArg(args, 2);
    let header: unknown;
    if (headerText === '') throw builtinError("missing or invalid 'alg' header: cannot parse JSON: cannot parse empty string");
    try {
      header = JSON.parse(headerText);
    } catch {
      if (headerText.trimStart().startsWith('{')) throw builtinError("missing or invalid 'alg' header: cannot parse JSON");
      header = undefined;
    }
    const alg = algorithmFrom(header);
    const typ = (header as Record<string, unknown>).typ;
    if (typ === undefined || (typeof typ === 'string' && typ.toUpperCase() === 'JWT')) {
      try {
        JSON.parse(payloadText);
      } catch {
        throw builtinError('type is JWT but payload is not JSON');
      }
    }
    let key: unknown;
    try {
      key = JSON.parse(keyText);
    } catch {
      throw builtinError('failed to parse the signing key as a JWK');
    }
    if (key === null || typeof key !== 'object') throw builtinError('failed to parse the signing key as a JWK');
    return signCompact(headerText, payloadText, alg, key as Record<string, unknown>);
  },
  { arity: 3 },
);
