import { UserError } from '../errors/user-error.js';
import './syntax-messages.js';

/**
 * Plans are UTF-8 text. This turns bytes into text or explains, with a position, why they are not:
 * a UTF-16/UTF-32 byte-order mark (or UTF-16 without one), binary content, or an invalid byte.
 */
export function decodePlanText(file: string, bytes: Uint8Array): string {
  const bom = foreignBom(bytes);
  if (bom) throw new UserError('plan.wrong_encoding', { encoding: bom }, { file, line: 1, column: 1 });
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = looksLikeUtf16(bytes);
    if (utf16) throw new UserError('plan.wrong_encoding', { encoding: utf16 }, { file, line: 1, column: 1 });
    const pos = lineColOfByte(bytes, nul);
    throw new UserError('plan.binary', {}, { file, line: pos.line, column: pos.column });
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text;
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const pos = lineColOfByte(bytes, bad);
    throw new UserError('plan.not_utf8', { line: pos.line }, { file, line: pos.line, column: pos.column });
  }
}

function foreignBom(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32LE';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32BE';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  return undefined;
}

/** ASCII text saved as UTF-16 without a byte-order mark: every other byte of the first ones is NUL. */
function looksLikeUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul === pairs && evenNul === 0) return 'UTF-16LE';
  if (evenNul === pairs && oddNul === 0) return 'UTF-16BE';
  return undefined;
}

export function lineColOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // columns count characters, not bytes: skip UTF-8 continuation bytes
  let column = 1;
  for (let i = lineStart; i < index; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** Index of the first byte that breaks UTF-8 (the decoder only tells us that one does). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (need === 2) {
      const c = bytes[i + 1]!;
      if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f)) return i; // overlong or surrogate
    } else if (need === 3) {
      const c = bytes[i + 1]!;
      if ((b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f)) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
