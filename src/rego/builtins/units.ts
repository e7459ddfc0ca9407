/**
 * units.parse (SI and binary suffixes, `m` = milli) and units.parse_bytes (byte amounts, rounded
 * down to an integer). Arithmetic is exact (rational) so `units.parse("0.0005K") == 0.5`.
 */
import { registerBuiltin } from './registry.js';
import { builtinError, num, stringArg } from './lib/args.js';
import type { Value } from '../values.js';

const DECIMAL: Record<string, bigint> = {
  k: 10n ** 3n,
  m: 10n ** 6n,
  g: 10n ** 9n,
  t: 10n ** 12n,
  p: 10n ** 15n,
  e: 10n ** 18n,
};
const BINARY: Record<string, bigint> = {
  ki: 1n << 10n,
  mi: 1n << 20n,
  gi: 1n << 30n,
  ti: 1n << 40n,
  pi: 1n << 50n,
  ei: 1n << 60n,
};

interface Rational {
  num: bigint;
  den: bigint;
}

/** Splits `text` into its numeric prefix and unit suffix. */
function splitAmount(text: string): { amount: string; unit: string } {
  const m = /^[+-]?[0-9.]*(?:[eE][+-]?[0-9]+)?/.exec(text)!;
  let amount = m[0];
  // A bare sign or dots without digits is not an amount.
  if (!/[0-9]/.test(amount)) amount = '';
  return { amount, unit: text.slice(amount.length) };
}

function parseRational(amount: string): Rational | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(amount);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const digits = (m[2] ?? '') + (m[3] ?? '');
  let value = BigInt(digits === '' ? '0' : digits);
  if (m[1] === '-') value = -value;
  const exp = Number(m[4] ?? '0') - (m[3] ?? '').length;
  return exp >= 0 ? { num: value * 10n ** BigInt(exp), den: 1n } : { num: value, den: 10n ** BigInt(-exp) };
}

function toNumber(r: Rational): Value {
  if (r.num % r.den === 0n) return num(r.num / r.den);
  return num(Number(r.num) / Number(r.den));
}

function prepare(text: string, what: string): { amount: string; unit: string } {
  if (/\s/.test(text)) throw builtinError('spaces not allowed in resource strings');
  const unquoted = text.replace(/^"(.*)"$/s, '$1');
  const parts = splitAmount(unquoted);
  if (parts.amount === '') throw builtinError(`no ${what} provided`);
  return parts;
}

registerBuiltin(
  'units.parse',
  (args) => {
    const { amount, unit } = prepare(stringArg(args, 0), 'amount');
    const r = parseRational(amount);
    if (!r) throw builtinError('could not parse amount to a number');
    if (unit === '') return toNumber(r);
    if (unit === 'm') return toNumber({ num: r.num, den: r.den * 1000n });
    const key = unit.toLowerCase();
    const factor = DECIMAL[key] ?? BINARY[key];
    if (factor === undefined) throw builtinError(`unknown unit "${unit}"`);
    return toNumber({ num: r.num * factor, den: r.den });
  },
  { arity: 1 },
);

registerBuiltin(
  'units.parse_bytes',
  (args) => {
    const { amount, unit } = prepare(stringArg(args, 0), 'byte amount');
    const r = parseRational(amount);
    if (!r) throw builtinError('could not parse byte amount to a number');
    let key = unit.toLowerCase();
    if (key.endsWith('b') && key !== 'b') key = key.slice(0, -1);
    let factor: bigint | undefined;
    if (key === '' || key === 'b') factor = 1n;
    else factor = DECIMAL[key] ?? BINARY[key];
    if (factor === undefined) throw builtinError(`byte unit not supported: "${unit}"`);
    const total = r.num * factor;
    return num(total / r.den);
  },
  { arity: 1 },
);
