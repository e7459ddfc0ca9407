/**
 * The unified social credit code (统一社会信用代码, USCC) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and capital letters without I, O, S, V and Z); characters 3–8 are
 * the administrative-division code (digits); the 18th is a check character computed from the other
 * 17 with weights 3^i mod 31.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_LENGTH = 18;
const EXCLUDED_LETTERS = 'IOSVZ';
const WEIGHTS: readonly number[] = Array.from({ length: USCC_LENGTH - 1 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/** Why a string is not a USCC; `undefined` from `checkUscc` means it is one. */
export type UsccProblem =
  | { kind: 'length'; length: number }
  | { kind: 'lowercase'; position: number; char: string }
  | { kind: 'excluded_letter'; position: number; char: string }
  | { kind: 'bad_char'; position: number; char: string }
  | { kind: 'region_not_digits'; position: number; char: string }
  | { kind: 'check_character'; expected: string; found: string };

/** The check character for the first 17 characters (which must already be in the alphabet). */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < USCC_LENGTH - 1; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`not a USCC character: ${first17[i]}`);
    sum += value * WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** The first problem found in `value` (1-based positions), or undefined when it is a valid USCC. */
export function checkUscc(value: string): UsccProblem | undefined {
  const chars = [...value];
  if (chars.length !== USCC_LENGTH) return { kind: 'length', length: chars.length };
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (USCC_ALPHABET.includes(char)) continue;
    const upper = char.toUpperCase();
    if (upper !== char && USCC_ALPHABET.includes(upper)) return { kind: 'lowercase', position: i + 1, char };
    if (EXCLUDED_LETTERS.includes(upper)) return { kind: 'excluded_letter', position: i + 1, char };
    return { kind: 'bad_char', position: i + 1, char };
  }
  for (let i = 2; i < 8; i++) {
    const char = chars[i]!;
    if (char < '0' || char > '9') return { kind: 'region_not_digits', position: i + 1, char };
  }
  const expected = usccCheckCharacter(value.slice(0, USCC_LENGTH - 1));
  const found = chars[USCC_LENGTH - 1]!;
  if (expected !== found) return { kind: 'check_character', expected, found };
  return undefined;
}

export function isValidUscc(value: string): boolean {
  return checkUscc(value) === undefined;
}
