/**
 * Base64 decoding with Go's strictness (encoding/base64): the standard or URL alphabet, with or
 * without padding, and Go's `illegal base64 data at input byte N` errors.
 */

export class Base64Error extends Error {}

const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function illegal(at: number): Base64Error {
  return new Base64Error(`illegal base64 data at input byte ${at}`);
}

/**
 * Decodes `text`. `padded` true requires `=` padding to a multiple of 4, false forbids it.
 * Go ignores `\r` and `\n`; so do we.
 */
export function decodeBase64(text: string, alphabet: 'std' | 'url', padded: boolean): Buffer {
  const chars = alphabet === 'std' ? STD : URL;
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  let count = 0; // significant characters seen
  let i = 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\r' || c === '\n') continue;
    if (c === '=') break;
    const v = chars.indexOf(c);
    if (v < 0) throw illegal(i);
    acc = (acc << 6) | v;
    bits += 6;
    count++;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  const rem = count % 4;
  if (rem === 1) throw illegal(i - 1 < 0 ? 0 : i - (text[i] === '=' ? 0 : 1));
  if (i < text.length) {
    // padding
    if (!padded) throw illegal(i);
    const need = rem === 0 ? 0 : 4 - rem;
    if (need === 0) throw illegal(i);
    let pads = 0;
    let j = i;
    for (; j < text.length; j++) {
      const c = text[j]!;
      if (c === '\r' || c === '\n') continue;
      if (c !== '=') throw illegal(j);
      pads++;
    }
    if (pads !== need) throw illegal(pads > need ? i + need : j);
  } else if (padded && rem !== 0) {
    throw illegal(i);
  }
  return Buffer.from(bytes);
}

export function encodeBase64(bytes: Buffer, alphabet: 'std' | 'url', padded: boolean): string {
  let s = bytes.toString(alphabet === 'std' ? 'base64' : 'base64url');
  if (alphabet === 'url' && padded) while (s.length % 4 !== 0) s += '=';
  if (!padded) s = s.replace(/=+$/, '');
  return s;
}
