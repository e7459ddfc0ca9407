/**
 * X.509 helpers for crypto.x509.*: PEM blocks, OPA's "PEM, or base64 of PEM, or base64 of DER"
 * input convention, and rendering certificates / certificate requests as the JSON of Go's
 * x509.Certificate (the fields policies use: Subject, Issuer, SerialNumber, NotBefore, NotAfter,
 * DNSNames, EmailAddresses, IPAddresses, URIStrings, IsCA, Raw...).
 */
import { X509Certificate } from 'node:crypto';
import { type Value, ObjectValue } from '../../values.js';
import { Base64Error, decodeBase64 } from './base64.js';
import { DerError, type DerNode, children, content, decodeInteger, decodeOid, decodeString, parseDerDocument, readDer, whole } from './der.js';
import { formatIp } from './ip-address.js';

export class X509Error extends Error {}

export interface PemBlock {
  type: string;
  bytes: Buffer;
}

/** Decodes every PEM block of `text`; `rest` is what follows the last block. */
export function decodePemBlocks(text: string): { blocks: PemBlock[]; rest: string } {
  const blocks: PemBlock[] = [];
  const re = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)\r?\n?-----END \1-----\r?\n?/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (text.slice(last, m.index).trim() !== '' && blocks.length > 0) break;
    const body = m[2]!.split(/\r?\n/).filter((l) => !/^[A-Za-z-]+:/.test(l)).join('');
    let bytes: Buffer;
    try {
      bytes = decodeBase64(body.replace(/\s+/g, ''), 'std', true);
    } catch (e) {
      if (e instanceof Base64Error) throw new X509Error(`failed to decode PEM block: ${e.message}`);
      throw e;
    }
    blocks.push({ type: m[1]!, bytes });
    last = re.lastIndex;
  }
  return { blocks, rest: text.slice(last) };
}

/** OPA's input convention: PEM text, or base64 of PEM, or base64 of DER. */
export function decodePemOrDer(input: string): { pem: PemBlock[] } | { der: Buffer } {
  if (input.startsWith('-----BEGIN')) return { pem: decodePemBlocks(input).blocks };
  let decoded: Buffer;
  try {
    decoded = decodeBase64(input, 'std', true);
  } catch (e) {
    if (e instanceof Base64Error) throw new X509Error(e.message);
    throw e;
  }
  const text = decoded.toString('latin1');
  if (text.startsWith('-----BEGIN')) return { pem: decodePemBlocks(text).blocks };
  return { der: decoded };
}

const NAME_FIELDS: Record<string, string> = {
  '2.5.4.6': 'Country',
  '2.5.4.10': 'Organization',
  '2.5.4.11': 'OrganizationalUnit',
  '2.5.4.7': 'Locality',
  '2.5.4.8': 'Province',
  '2.5.4.9': 'StreetAddress',
  '2.5.4.17': 'PostalCode',
};

/** A pkix.Name as Go marshals it to JSON. */
function nameValue(node: DerNode): ObjectValue {
  const lists = new Map<string, string[]>();
  let commonName = '';
  let serialNumber = '';
  const names: Value[] = [];
  for (const rdn of children(node)) {
    for (const atv of children(rdn)) {
      const [oidNode, valNode] = children(atv);
      if (!oidNode || !valNode) continue;
      const oid = decodeOid(oidNode);
      const value = decodeString(valNode);
      names.push(ObjectValue.fromRecord({ Type: oid.split('.').map(Number), Value: value }));
      if (oid === '2.5.4.3') commonName = value;
      else if (oid === '2.5.4.5') serialNumber = value;
      else if (NAME_FIELDS[oid]) {
        const field = NAME_FIELDS[oid]!;
        lists.set(field, [...(lists.get(field) ?? []), value]);
      }
    }
  }
  const out = new ObjectValue();
  for (const field of ['Country', 'Organization', 'OrganizationalUnit', 'Locality', 'Province', 'StreetAddress', 'PostalCode']) {
    out.set(field, lists.get(field) ?? null);
  }
  out.set('SerialNumber', serialNumber);
  out.set('CommonName', commonName);
  out.set('Names', names);
  out.set('ExtraNames', null);
  return out;
}

function timeValue(node: DerNode): string {
  const s = content(node).toString('latin1');
  let full: string;
  if (node.tag === 0x17) {
    const yy = Number(s.slice(0, 2));
    full = `${yy >= 50 ? 19 : 20}${s}`;
  } else {
    full = s;
  }
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(full);
  if (!m) return full;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

interface SanValues {
  dns: string[];
  email: string[];
  ip: string[];
  uri: string[];
}

function parseSan(extValue: Buffer): SanValues {
  const out: SanValues = { dns: [], email: [], ip: [], uri: [] };
  const seq = parseDerDocument(extValue);
  for (const gn of children(seq)) {
    const bytes = content(gn);
    switch (gn.tag) {
      case 1:
        out.email.push(bytes.toString('latin1'));
        break;
      case 2:
        out.dns.push(bytes.toString('latin1'));
        break;
      case 6:
        out.uri.push(bytes.toString('latin1'));
        break;
      case 7:
        if (bytes.length === 4) out.ip.push(formatIp(4, BigInt(`0x${bytes.toString('hex')}`)));
        else if (bytes.length === 16) out.ip.push(formatIp(6, BigInt(`0x${bytes.toString('hex')}`)));
        break;
      default:
        break;
    }
  }
  return out;
}

const nullIfEmpty = (xs: string[]): Value => (xs.length === 0 ? null : xs);

/** Renders one DER certificate like Go's x509.Certificate JSON (a useful subset of fields). */
export function certificateValue(der: Buffer): ObjectValue {
  // Node's parser validates the whole structure; our DER reader then picks the fields.
  try {
    void new X509Certificate(der);
  } catch {
    throw new X509Error('x509: malformed certificate');
  }
  try {
    const root = parseDerDocument(der);
    const [tbs] = children(root);
    if (!tbs) throw new X509Error('x509: malformed certificate');
    let fields = children(tbs);
    let version = 1;
    if (fields[0] && fields[0].cls === 2 && fields[0].tag === 0) {
      version = Number(decodeInteger(children(fields[0])[0]!)) + 1;
      fields = fields.slice(1);
    }
    const [serial, , issuer, validity, subject, spki, ...rest] = fields;
    const [notBefore, notAfter] = children(validity!);
    let san: SanValues = { dns: [], email: [], ip: [], uri: [] };
    let isCA = false;
    let basicConstraintsValid = false;
    let keyUsage = 0;
    for (const r of rest) {
      if (r.cls !== 2 || r.tag !== 3) continue;
      for (const ext of children(children(r)[0]!)) {
        const parts = children(ext);
        const oid = decodeOid(parts[0]!);
        const value = content(parts[parts.length - 1]!);
        if (oid === '2.5.29.17') san = parseSan(value);
        else if (oid === '2.5.29.19') {
          basicConstraintsValid = true;
          const bc = children(parseDerDocument(value));
          isCA = bc[0] !== undefined && bc[0].tag === 1 && content(bc[0])[0] !== 0;
        } else if (oid === '2.5.29.15') {
          const bits = content(parseDerDocument(value));
          for (let i = 1; i < bits.length; i++) keyUsage |= reverseBits(bits[i]!) << (8 * (i - 1));
        }
      }
    }
    const out = new ObjectValue();
    out.set('Raw', der.toString('base64'));
    out.set('RawTBSCertificate', whole(tbs).toString('base64'));
    out.set('RawSubjectPublicKeyInfo', whole(spki!).toString('base64'));
    out.set('RawSubject', whole(subject!).toString('base64'));
    out.set('RawIssuer', whole(issuer!).toString('base64'));
    out.set('Version', version);
    out.set('SerialNumber', decodeInteger(serial!));
    out.set('Issuer', nameValue(issuer!));
    out.set('Subject', nameValue(subject!));
    out.set('NotBefore', timeValue(notBefore!));
    out.set('NotAfter', timeValue(notAfter!));
    out.set('KeyUsage', keyUsage);
    out.set('BasicConstraintsValid', basicConstraintsValid);
    out.set('IsCA', isCA);
    out.set('DNSNames', nullIfEmpty(san.dns));
    out.set('EmailAddresses', nullIfEmpty(san.email));
    out.set('IPAddresses', nullIfEmpty(san.ip));
    out.set('URIs', nullIfEmpty(san.uri));
    out.set('URIStrings', nullIfEmpty(san.uri));
    return out;
  } catch (e) {
    if (e instanceof DerError) throw new X509Error('x509: malformed certificate');
    throw e;
  }
}

function reverseBits(b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) if (b & (1 << i)) r |= 1 << (7 - i);
  return r;
}

/** Splits concatenated DER certificates. */
export function splitDerCertificates(der: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let pos = 0;
  try {
    while (pos < der.length) {
      const node = readDer(der, pos);
      out.push(der.subarray(pos, node.end));
      pos = node.end;
    }
  } catch (e) {
    if (e instanceof DerError) throw new X509Error('x509: malformed certificate');
    throw e;
  }
  return out;
}

/** Certificates of an OPA certificate input (PEM, base64 PEM or base64 DER). */
export function certificatesFromInput(input: string): Buffer[] {
  const decoded = decodePemOrDer(input);
  if ('der' in decoded) return splitDerCertificates(decoded.der);
  return decoded.pem.filter((b) => b.type === 'CERTIFICATE').map((b) => b.bytes);
}

/** A PKCS#10 certificate request rendered like Go's x509.CertificateRequest JSON (subset). */
export function certificateRequestValue(der: Buffer): ObjectValue {
  try {
    const root = parseDerDocument(der);
    const [info, , signature] = children(root);
    if (!info || info.tag !== 16) throw new DerError('asn1: structure error: tags don\'t match');
    const [version, subject, spki] = children(info);
    const out = new ObjectValue();
    out.set('Raw', der.toString('base64'));
    out.set('RawTBSCertificateRequest', whole(info).toString('base64'));
    out.set('RawSubjectPublicKeyInfo', whole(spki!).toString('base64'));
    out.set('RawSubject', whole(subject!).toString('base64'));
    out.set('Version', Number(decodeInteger(version!)));
    out.set('Signature', signature ? content(signature).subarray(1).toString('base64') : null);
    out.set('Subject', nameValue(subject!));
    return out;
  } catch (e) {
    if (e instanceof DerError) throw new X509Error(e.message.startsWith('asn1:') ? e.message : `asn1: structure error: ${e.message}`);
    throw e;
  }
}
