/**
 * Network-address builtins: net.cidr_contains, cidr_intersects, cidr_contains_matches,
 * cidr_expand, cidr_merge, cidr_is_valid. All are pure computations on addresses;
 * net.lookup_ip_addr (DNS) lives in sandboxed.ts because pipl-guard never uses the network.
 */
import { registerBuiltin } from './registry.js';
import { type Value, ObjectValue, SetValue } from '../values.js';
import { builtinError, stringArg, typeError } from './lib/args.js';
import {
  type Cidr,
  cidrContainsCidr,
  cidrIntersects,
  cidrLast,
  defaultIpv4Prefix,
  formatCidr,
  formatIp,
  mergeCidrs,
  parseCidr,
  parseCidrOrIp,
  parseIp,
} from './lib/ip-address.js';

function cidrOrFail(text: string): Cidr {
  const c = parseCidr(text);
  if (!c) throw builtinError(`invalid CIDR address: ${text}`);
  return c;
}

function cidrOrIpOrFail(text: string): Cidr {
  const c = parseCidrOrIp(text);
  if (!c) throw builtinError(`invalid CIDR address: ${text}`);
  return c;
}

registerBuiltin(
  'net.cidr_contains',
  (args) => {
    const outer = cidrOrFail(stringArg(args, 0));
    const inner = cidrOrIpOrFail(stringArg(args, 1));
    return cidrContainsCidr(outer, inner);
  },
  { arity: 2 },
);

registerBuiltin(
  'net.cidr_intersects',
  (args) => cidrIntersects(cidrOrFail(stringArg(args, 0)), cidrOrFail(stringArg(args, 1))),
  { arity: 2 },
);

registerBuiltin(
  'net.cidr_is_valid',
  (args) => {
    const v = args[0];
    return typeof v === 'string' && parseCidr(v) !== undefined;
  },
  { arity: 1 },
);

const MAX_EXPAND = 1n << 24n;

registerBuiltin(
  'net.cidr_expand',
  (args) => {
    const c = cidrOrFail(stringArg(args, 0));
    const last = cidrLast(c);
    if (last - c.network + 1n > MAX_EXPAND) throw builtinError(`CIDR ${stringArg(args, 0)} is too large to expand`);
    const out: Value[] = [];
    for (let a = c.network; a <= last; a++) out.push(formatIp(c.family, a));
    return out;
  },
  { arity: 1 },
);

registerBuiltin(
  'net.cidr_merge',
  (args) => {
    const v = args[0]!;
    if (!Array.isArray(v) && !(v instanceof SetValue)) throw typeError(1, 'one of {array, set}', v);
    const cidrs: Cidr[] = [];
    for (const item of Array.isArray(v) ? v : v.sorted()) {
      if (typeof item !== 'string') throw typeError(1, 'array of strings', v);
      if (item.includes('/')) {
        cidrs.push(cidrOrFail(item));
        continue;
      }
      const ip = parseIp(item);
      if (!ip) throw builtinError(`invalid IP address: ${item}`);
      if (ip.family === 6) throw builtinError('IPv6 invalid: needs prefix length');
      const prefix = defaultIpv4Prefix(ip.value);
      const cidr = parseCidr(`${item}/${prefix}`)!;
      cidrs.push(cidr);
    }
    return mergeCidrs(cidrs).map((c) => formatCidr(c.family, c.network, c.prefix));
  },
  { arity: 1 },
);

/** A cidr_contains_matches operand: keyed entries whose CIDR/IP is the string or first element. */
function matchEntries(v: Value, position: number): [Value, string][] {
  const entry = (value: Value): string => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'string') return value[0];
    throw builtinError(`operand ${position}: element must be string or non-empty array`);
  };
  if (typeof v === 'string') return [[v, v]];
  if (Array.isArray(v)) return v.map((x, i) => [i, entry(x)]);
  if (v instanceof SetValue) return v.sorted().map((x) => [x, entry(x)]);
  if (v instanceof ObjectValue) return v.sortedKeys().map((k) => [k, entry(v.get(k)!)]);
  throw typeError(position, 'one of {string, array, set, object}', v);
}

registerBuiltin(
  'net.cidr_contains_matches',
  (args) => {
    const cidrs = matchEntries(args[0]!, 1).map(([k, text]) => [k, cidrOrIpOrFail(text)] as const);
    const addrs = matchEntries(args[1]!, 2).map(([k, text]) => [k, cidrOrIpOrFail(text)] as const);
    const out = new SetValue();
    for (const [ck, c] of cidrs) {
      for (const [ak, a] of addrs) {
        if (cidrContainsCidr(c, a)) out.add([ck, ak]);
      }
    }
    return out;
  },
  { arity: 2 },
);
