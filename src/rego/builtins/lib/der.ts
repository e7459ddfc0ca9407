/**
 * A minimal DER (ASN.1) reader: enough to read X.509 names, extensions and certificate requests
 * for the crypto.x509.* builtins. Errors are thrown as DerError with Go-like wording.
 */

export class DerError extends Error {}

export interface DerNode {
  /** Tag class (0 universal, 1 application, 2 context, 3 private). */
  cls: number;
  constructed: boolean;
  /** Tag number within the class. */
  tag: number;
  /** Offsets of the whole element and of its content in the buffer. */
  start: number;
  contentStart: number;
  end: number;
  buf: Buffer;
}

/** Reads one element at `offset`. */
export function readDer(buf: Buffer, offset = 0): DerNode {
  if (offset + 2 > buf.length) throw new DerError('asn1: structure error: truncated tag or length');
  const first = buf[offset]!;
  const cls = first >> 6;
  const constructed = (first & 0x20) !== 0;
  let tag = first & 0x1f;
  let pos = offset + 1;
  if (tag === 0x1f) {
    tag = 0;
    for (;;) {
      if (pos >= buf.length) throw new DerError('asn1: structure error: truncated tag');
      const b = buf[pos++]!;
      tag = (tag << 7) | (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
  }
  if (pos >= buf.length) throw new DerError('asn1: structure error: truncated length');
  let len = buf[pos++]!;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new DerError('asn1: structure error: length too large');
    len = 0;
    for (let i = 0; i < n; i++) {
      if (pos >= buf.length) throw new DerError('asn1: structure error: truncated length');
      len = len * 256 + buf[pos++]!;
    }
  }
  const end = pos + len;
  if (end > buf.length) throw new DerError('asn1: structure error: data truncated');
  return { cls, constructed, tag, start: offset, contentStart: pos, end, buf };
}

/** Children of a constructed element. */
export function children(node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  let pos = node.contentStart;
  while (pos < node.end) {
    const child = readDer(node.buf, pos);
    out.push(child);
    pos = child.end;
  }
  return out;
}

export function content(node: DerNode): Buffer {
  return node.buf.subarray(node.contentStart, node.end);
}

export function whole(node: DerNode): Buffer {
  return node.buf.subarray(node.start, node.end);
}

export function decodeOid(node: DerNode): string {
  const bytes = content(node);
  if (bytes.length === 0) throw new DerError('asn1: structure error: empty OID');
  const parts: number[] = [];
  const first = bytes[0]!;
  parts.push(first < 80 ? Math.floor(first / 40) : 2, first < 80 ? first % 40 : first - 80);
  let acc = 0;
  for (let i = 1; i < bytes.length; i++) {
    acc = acc * 128 + (bytes[i]! & 0x7f);
    if ((bytes[i]! & 0x80) === 0) {
      parts.push(acc);
      acc = 0;
    }
  }
  return parts.join('.');
}

/** A string-ish element (UTF8, Printable, IA5, T61, BMP, Universal) as text. */
export function decodeString(node: DerNode): string {
  const bytes = content(node);
  switch (node.tag) {
    case 0x1e: {
      let s = '';
      for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes.readUInt16BE(i));
      return s;
    }
    case 0x14:
      return bytes.toString('latin1');
    default:
      return bytes.toString('utf8');
  }
}

export function decodeInteger(node: DerNode): bigint {
  const bytes = content(node);
  if (bytes.length === 0) return 0n;
  let v = BigInt(`0x${bytes.toString('hex')}`);
  if (bytes[0]! & 0x80) v -= 1n << BigInt(bytes.length * 8);
  return v;
}

/** Parses a whole buffer as exactly one element (trailing data is an error). */
export function parseDerDocument(buf: Buffer): DerNode {
  const node = readDer(buf, 0);
  if (node.end !== buf.length) throw new DerError('asn1: syntax error: trailing data');
  return node;
}
