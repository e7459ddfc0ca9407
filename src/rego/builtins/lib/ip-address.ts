/**
 * IPv4/IPv6 addresses and CIDR prefixes as bigints, following Go's `net` package semantics that
 * OPA's `net.*` builtins inherit (an IPv4-mapped IPv6 address is an IPv4 address, a CIDR is
 * `address/bits`, the network is the address with its host bits cleared).
 */

export interface IpAddress {
  /** 4 for IPv4, 6 for IPv6. */
  family: 4 | 6;
  value: bigint;
}

export interface Cidr {
  family: 4 | 6;
  /** The network address (host bits cleared). */
  network: bigint;
  /** The address as written (host bits kept). */
  address: bigint;
  prefix: number;
}

export function familyBits(family: 4 | 6): number {
  return family === 4 ? 32 : 128;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    if (part.length > 1 && part.startsWith('0')) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  if (text.length === 0) return undefined;
  let tail4: bigint | undefined;
  let body = text;
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.slice(lastColon + 1).includes('.')) {
    tail4 = parseIpv4(text.slice(lastColon + 1));
    if (tail4 === undefined) return undefined;
    body = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const groups = s.split(':');
    const out: number[] = [];
    for (const g of groups) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parseGroups(halves[0]!);
  if (!head) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    const tail = parseGroups(halves[1]!);
    if (!tail) return undefined;
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return undefined;
    groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  } else {
    groups = head;
  }
  if (groups.length !== 8) return undefined;
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  if (tail4 !== undefined) value = (value & ~0xffffffffn) | tail4;
  return value;
}

const V4_MAPPED_PREFIX = 0xffffn << 32n;

/** Parses an IPv4 or IPv6 address (no zone); IPv4-mapped IPv6 addresses become IPv4. */
export function parseIp(text: string): IpAddress | undefined {
  const v4 = parseIpv4(text);
  if (v4 !== undefined) return { family: 4, value: v4 };
  if (!text.includes(':')) return undefined;
  const v6 = parseIpv6(text);
  if (v6 === undefined) return undefined;
  if (v6 >> 32n === 0xffffn && (v6 & ~0xffffffffn) === V4_MAPPED_PREFIX) return { family: 4, value: v6 & 0xffffffffn };
  return { family: 6, value: v6 };
}

export function prefixMask(family: 4 | 6, prefix: number): bigint {
  const bits = familyBits(family);
  const all = (1n << BigInt(bits)) - 1n;
  return prefix === 0 ? 0n : all ^ ((1n << BigInt(bits - prefix)) - 1n);
}

/** Parses `address/prefix`; undefined when malformed. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const addrText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const ipv4Literal = parseIpv4(addrText) !== undefined;
  const ip = parseIp(addrText);
  if (!ip) return undefined;
  // An IPv4-mapped IPv6 address with a prefix keeps IPv6 prefix arithmetic in Go; we only need
  // plain IPv4 and IPv6 literals here.
  const family: 4 | 6 = ipv4Literal ? 4 : ip.family === 4 && !ipv4Literal ? 6 : ip.family;
  const value = family === 6 && ip.family === 4 ? ip.value | V4_MAPPED_PREFIX : ip.value;
  if (prefix > familyBits(family)) return undefined;
  return { family, network: value & prefixMask(family, prefix), address: value, prefix };
}

/** Parses either a CIDR or a bare address (a bare address is a single-address prefix). */
export function parseCidrOrIp(text: string): Cidr | undefined {
  if (text.includes('/')) return parseCidr(text);
  const ip = parseIp(text);
  if (!ip) return undefined;
  const prefix = familyBits(ip.family);
  return { family: ip.family, network: ip.value, address: ip.value, prefix };
}

export function cidrLast(c: Cidr): bigint {
  return c.network | ((1n << BigInt(familyBits(c.family) - c.prefix)) - 1n);
}

export function cidrContainsCidr(outer: Cidr, inner: Cidr): boolean {
  if (outer.family !== inner.family) return false;
  return inner.prefix >= outer.prefix && (inner.network & prefixMask(outer.family, outer.prefix)) === outer.network;
}

export function cidrIntersects(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family) return false;
  return cidrContainsCidr(a, b) || cidrContainsCidr(b, a);
}

/** Formats an address the way Go's net.IP.String does (RFC 5952 for IPv6). */
export function formatIp(family: 4 | 6, value: bigint): string {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join('.');
  }
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  // Longest run of zero groups (length >= 2) becomes '::'.
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) return groups.map((g) => g.toString(16)).join(':');
  const left = groups.slice(0, bestStart).map((g) => g.toString(16)).join(':');
  const right = groups.slice(bestStart + bestLen).map((g) => g.toString(16)).join(':');
  return `${left}::${right}`;
}

export function formatCidr(family: 4 | 6, network: bigint, prefix: number): string {
  return `${formatIp(family, network)}/${prefix}`;
}

/**
 * Go's default mask for an IPv4 address without a prefix (classful: A /8, B /16, C /24); used
 * by `net.cidr_merge` for bare IPv4 addresses. IPv6 has none.
 */
export function defaultIpv4Prefix(value: bigint): number {
  const first = Number(value >> 24n);
  if (first < 0x80) return 8;
  if (first < 0xc0) return 16;
  return 24;
}

/** Merges prefixes into the smallest equivalent list, sorted by family then address. */
export function mergeCidrs(cidrs: readonly Cidr[]): Cidr[] {
  const out: Cidr[] = [];
  for (const family of [4, 6] as const) {
    const ranges = cidrs
      .filter((c) => c.family === family)
      .map((c) => [c.network, cidrLast(c)] as [bigint, bigint])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    const merged: [bigint, bigint][] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1] + 1n) {
        if (r[1] > last[1]) last[1] = r[1];
      } else {
        merged.push([r[0], r[1]]);
      }
    }
    const bits = familyBits(family);
    for (const [startRaw, end] of merged) {
      let start = startRaw;
      while (start <= end) {
        // Largest aligned block starting at `start` that fits before `end`.
        let size = bits;
        while (size > 0) {
          const blockBits = BigInt(bits - size + 1);
          const blockSize = 1n << blockBits;
          if ((start & (blockSize - 1n)) !== 0n || start + blockSize - 1n > end) break;
          size--;
        }
        const hostBits = BigInt(bits - size);
        out.push({ family, network: start, address: start, prefix: size });
        start += 1n << hostBits;
        if (hostBits === BigInt(bits)) break;
      }
    }
  }
  return out;
}
