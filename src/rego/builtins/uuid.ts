/**
 * uuid.rfc4122 (a version-4 UUID, fixed per query and key: derived from the query seed, so
 * results are reproducible) and uuid.parse (RFC 4122 / DCE fields like Google's uuid package).
 */
import { createHash } from 'node:crypto';
import { registerBuiltin } from './registry.js';
import { type Value, ObjectValue } from '../values.js';
import { num, stringArg } from './lib/args.js';

function formatUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

registerBuiltin(
  'uuid.rfc4122',
  (args, ctx) => {
    const key = stringArg(args, 0);
    const cacheKey = `uuid.rfc4122\u0000${key}`;
    const cached = ctx.cache.get(cacheKey);
    if (typeof cached === 'string') return cached;
    const bytes = createHash('sha256').update(`${ctx.seed}\u0000${key}`).digest().subarray(0, 16);
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const id = formatUuid(Buffer.from(bytes));
    ctx.cache.set(cacheKey, id);
    return id;
  },
  { arity: 1, nondeterministic: true },
);

/** Parses the textual forms Google's uuid.Parse accepts. */
export function parseUuidBytes(text: string): Buffer | undefined {
  let s = text;
  if (s.length === 45 && s.toLowerCase().startsWith('urn:uuid:')) s = s.slice(9);
  else if (s.length === 38 && s.startsWith('{') && s.endsWith('}')) s = s.slice(1, -1);
  if (s.length === 36) {
    if (s[8] !== '-' || s[13] !== '-' || s[18] !== '-' || s[23] !== '-') return undefined;
    s = s.replace(/-/g, '');
  } else if (s.length !== 32) {
    return undefined;
  }
  if (!/^[0-9a-fA-F]{32}$/.test(s)) return undefined;
  return Buffer.from(s, 'hex');
}

const GREGORIAN_OFFSET_100NS = 122192928000000000n;
const DOMAINS = ['Person', 'Group', 'Org'];

registerBuiltin(
  'uuid.parse',
  (args) => {
    const bytes = parseUuidBytes(stringArg(args, 0));
    if (!bytes) return undefined;
    const version = bytes[6]! >> 4;
    const v8 = bytes[8]!;
    const variant =
      (v8 & 0xc0) === 0x80 ? 'RFC4122' : (v8 & 0xe0) === 0xc0 ? 'Microsoft' : (v8 & 0xe0) === 0xe0 ? 'Future' : 'Reserved';
    const out = new ObjectValue();
    out.set('version', version).set('variant', variant);
    if (variant === 'RFC4122' && (version === 1 || version === 2)) {
      const t = BigInt(bytes.readUInt32BE(0)) | (BigInt(bytes.readUInt16BE(4)) << 32n) | (BigInt(bytes.readUInt16BE(6) & 0x0fff) << 48n);
      out.set('time', num((t - GREGORIAN_OFFSET_100NS) * 100n));
      out.set('clocksequence', ((bytes[8]! & 0x3f) << 8) | bytes[9]!);
      const node = bytes.subarray(10, 16);
      out.set('nodeid', [...node].map((b) => b.toString(16).padStart(2, '0')).join('-'));
      out.set('macvariables', `${node[0]! & 0x02 ? 'local' : 'global'}:${node[0]! & 0x01 ? 'multicast' : 'unicast'}`);
      if (version === 2) {
        const domain = bytes[9]!;
        out.set('domain', DOMAINS[domain] ?? `Domain${domain}`);
        out.set('id', bytes.readUInt32BE(0));
      }
    }
    return out as Value;
  },
  { arity: 1 },
);
