import { describe, expect, it } from 'vitest';
import { USCC_ALPHABET, checkUscc, isValidUscc, usccCheckCharacter } from '../../src/plan/uscc.js';

// Published codes (the GB 32100-2015 example and registered companies) whose check characters are known.
const VALID = ['91350100M000100Y43', '91110000802100433B', '9144030071526726XG', '91310000775785552L'];

describe('USCC check character (GB 32100-2015)', () => {
  it('accepts codes whose check character is right', () => {
    for (const code of VALID) expect(checkUscc(code), code).toBeUndefined();
  });

  it('computes the check character from the first 17 characters', () => {
    for (const code of VALID) expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
    // check value 0 (sum divisible by 31) must give '0', not the out-of-range 31st character
    expect(usccCheckCharacter('00000000000000000')).toBe('0');
    expect(usccCheckCharacter('10000000000000000')).toBe('Y'); // 31 - 1 = 30, the last character
  });

  it('rejects every single-character change of a valid code', () => {
    const code = VALID[0]!;
    for (let i = 0; i < 18; i++) {
      for (const c of USCC_ALPHABET) {
        if (c === code[i]) continue;
        const changed = code.slice(0, i) + c + code.slice(i + 1);
        if (i >= 2 && i < 8 && !/[0-9]/.test(c)) continue; // reported as a region problem instead
        expect(isValidUscc(changed), changed).toBe(false);
      }
    }
  });

  it('rejects swapped neighbouring characters', () => {
    const code = '91110000802100433B';
    const swapped = code.slice(0, 8) + code[9] + code[8] + code.slice(10);
    expect(checkUscc(swapped)).toMatchObject({ kind: 'check_character' });
  });

  it('names a wrong check character and the expected one', () => {
    expect(checkUscc('91350100M000100Y44')).toEqual({ kind: 'check_character', expected: '3', found: '4' });
  });

  it('rejects wrong lengths', () => {
    expect(checkUscc('')).toEqual({ kind: 'length', length: 0 });
    expect(checkUscc('91350100M000100Y4')).toEqual({ kind: 'length', length: 17 });
    expect(checkUscc('91350100M000100Y433')).toEqual({ kind: 'length', length: 19 });
    expect(checkUscc('913501-00M000100Y43')).toMatchObject({ kind: 'length' });
  });

  it('rejects lowercase letters (the code is upper case only)', () => {
    expect(checkUscc('91350100m000100Y43')).toEqual({ kind: 'lowercase', position: 9, char: 'm' });
    expect(checkUscc('91110000802100433b')).toEqual({ kind: 'lowercase', position: 18, char: 'b' });
  });

  it('rejects the letters I, O, S, V and Z, which the alphabet leaves out', () => {
    for (const letter of ['I', 'O', 'S', 'V', 'Z', 'i', 'o', 's', 'v', 'z']) {
      const code = `91350100${letter}000100Y43`;
      expect(checkUscc(code), code).toEqual({ kind: 'excluded_letter', position: 9, char: letter });
    }
    expect(USCC_ALPHABET).not.toMatch(/[IOSVZ]/);
    expect(USCC_ALPHABET).toHaveLength(31);
  });

  it('rejects other characters', () => {
    expect(checkUscc('91350100M000100Y4-')).toEqual({ kind: 'bad_char', position: 18, char: '-' });
    expect(checkUscc('９1350100M000100Y43')).toMatchObject({ kind: 'bad_char', position: 1 });
    expect(checkUscc('91350100M000100Y4 ')).toMatchObject({ kind: 'bad_char', position: 18 });
  });

  it('requires digits in the administrative-division code (characters 3 to 8)', () => {
    const body = '91A50100M000100Y4';
    const code = body + usccCheckCharacter(body);
    expect(checkUscc(code)).toEqual({ kind: 'region_not_digits', position: 3, char: 'A' });
  });
});
