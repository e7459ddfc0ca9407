/**
 * Rego numbers. OPA keeps numbers as arbitrary-precision decimals; we keep:
 * - a JS `number` for every integer inside the safe range and for every non-integer value, and
 * - a JS `bigint` for integers outside the safe range (so `18446744073709551617 + 1` is exact).
 *
 * The canonical form is enforced by `normalizeNumber`: a bigint inside the safe range becomes a
 * `number`, an integral `number` outside the safe range becomes a `bigint`. Every helper here
 * returns canonical numbers, so equal numbers always have the same representation.
 */
export type RegoNumber = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** True for both number representations. */
export function isNumber(v: unknown): v is RegoNumber {
  return typeof v === 'number' || typeof v === 'bigint';
}

/** Brings a number into canonical form (see module comment). NaN/Infinity are returned unchanged. */
export function normalizeNumber(n: RegoNumber): RegoNumber {
  if (typeof n === 'bigint') return n >= MIN_SAFE && n <= MAX_SAFE ? Number(n) : n;
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) return BigInt(n);
  if (Object.is(n, -0)) return 0;
  return n;
}

/** True when the number has no fractional part. */
export function isIntegral(n: RegoNumber): boolean {
  return typeof n === 'bigint' || Number.isInteger(n);
}

/** The number as a JS double (may lose precision for big integers). */
export function toDouble(n: RegoNumber): number {
  return typeof n === 'bigint' ? Number(n) : n;
}

/** The integer as a bigint; undefined when the number has a fractional part. */
export function toBigInt(n: RegoNumber): bigint | undefined {
  if (typeof n === 'bigint') return n;
  return Number.isInteger(n) ? BigInt(n) : undefined;
}

/**
 * Parses a Rego/JSON number literal exactly: integral values (also `1e30`, `10.00`) become exact
 * integers, other values become doubles. Returns undefined for text that is not a number.
 */
export function parseNumber(text: string): RegoNumber | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1n : 1n;
  const intPart = m[2]!;
  const frac = (m[3] ?? '').replace(/0+$/, '');
  let exp = Number(m[4] ?? '0') - frac.length;
  let digits = (intPart + frac).replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(digits)) return 0;
  while (exp < 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    exp++;
  }
  if (exp >= 0 && exp + digits.length <= 100_000) {
    return normalizeNumber(sign * BigInt(digits) * 10n ** BigInt(exp));
  }
  const d = Number(text);
  return Number.isFinite(d) ? normalizeNumber(d) : undefined;
}

/** Compares two numbers by value: negative, zero or positive. */
export function compareNumbers(a: RegoNumber, b: RegoNumber): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  // Mixed: one is a bigint (outside the safe range), the other a double.
  const big = typeof a === 'bigint' ? a : (b as bigint);
  const dbl = typeof a === 'bigint' ? (b as number) : a;
  let c: number;
  if (!Number.isFinite(dbl)) c = dbl > 0 ? -1 : 1;
  else {
    const floor = BigInt(Math.floor(dbl));
    c = big < floor ? -1 : big > floor ? 1 : Number.isInteger(dbl) ? 0 : -1;
  }
  return typeof a === 'bigint' ? c : -c;
}

/** Canonical text of a number, also used as hash key: `1`, `1.5`, `18446744073709551617`. */
export function numberToString(n: RegoNumber): string {
  if (typeof n === 'bigint') return n.toString();
  if (Number.isInteger(n) && Math.abs(n) >= 1e21) return BigInt(n).toString();
  return String(n);
}

/** The exact decimal a double prints as (`0.1` -> 1 x 10^-1), as mantissa and exponent. */
function decimalOf(n: RegoNumber): { m: bigint; e: number } | undefined {
  if (typeof n === 'bigint') return { m: n, e: 0 };
  if (!Number.isFinite(n)) return undefined;
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) return undefined;
  const frac = m[3] ?? '';
  const mant = BigInt(`${m[1]}${m[2]}${frac}`);
  return { m: mant, e: Number(m[4] ?? '0') - frac.length };
}

function fromDecimal(m: bigint, e: number): RegoNumber {
  if (e >= 0) return normalizeNumber(m * 10n ** BigInt(e));
  const neg = m < 0n;
  let digits = (neg ? -m : m).toString();
  while (digits.length <= -e) digits = `0${digits}`;
  const text = `${neg ? '-' : ''}${digits.slice(0, digits.length + e)}.${digits.slice(digits.length + e)}`;
  return normalizeNumber(Number(text));
}

/**
 * Decimal arithmetic for non-integers, as OPA computes with (at least 64-bit) big floats:
 * `0.1 + 0.2` is `0.3` and `0.1 * 3` is `0.3`, not the binary-double artefacts.
 */
function decimalOp(a: RegoNumber, b: RegoNumber, op: '+' | '-' | '*'): RegoNumber | undefined {
  const x = decimalOf(a);
  const y = decimalOf(b);
  if (!x || !y) return undefined;
  if (op === '*') return fromDecimal(x.m * y.m, x.e + y.e);
  const e = Math.min(x.e, y.e);
  const xm = x.m * 10n ** BigInt(x.e - e);
  const ym = y.m * 10n ** BigInt(y.e - e);
  return fromDecimal(op === '+' ? xm + ym : xm - ym, e);
}

function bothBig(a: RegoNumber, b: RegoNumber): [bigint, bigint] | undefined {
  const x = toBigInt(a);
  const y = toBigInt(b);
  return x !== undefined && y !== undefined ? [x, y] : undefined;
}

export function addNumbers(a: RegoNumber, b: RegoNumber): RegoNumber {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r) && Number.isInteger(a) && Number.isInteger(b)) return r === 0 ? 0 : r;
  }
  const ints = bothBig(a, b);
  return ints ? normalizeNumber(ints[0] + ints[1]) : (decimalOp(a, b, '+') ?? normalizeNumber(toDouble(a) + toDouble(b)));
}

export function subtractNumbers(a: RegoNumber, b: RegoNumber): RegoNumber {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r) && Number.isInteger(a) && Number.isInteger(b)) return r === 0 ? 0 : r;
  }
  const ints = bothBig(a, b);
  return ints ? normalizeNumber(ints[0] - ints[1]) : (decimalOp(a, b, '-') ?? normalizeNumber(toDouble(a) - toDouble(b)));
}

export function multiplyNumbers(a: RegoNumber, b: RegoNumber): RegoNumber {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r) && Number.isInteger(a) && Number.isInteger(b)) return r === 0 ? 0 : r;
  }
  const ints = bothBig(a, b);
  return ints ? normalizeNumber(ints[0] * ints[1]) : (decimalOp(a, b, '*') ?? normalizeNumber(toDouble(a) * toDouble(b)));
}

/** Division; the caller checks for a zero divisor. Exact when both are integers and it divides evenly. */
export function divideNumbers(a: RegoNumber, b: RegoNumber): RegoNumber {
  const ints = bothBig(a, b);
  if (ints && (typeof a === 'bigint' || typeof b === 'bigint') && ints[1] !== 0n && ints[0] % ints[1] === 0n) {
    return normalizeNumber(ints[0] / ints[1]);
  }
  return normalizeNumber(toDouble(a) / toDouble(b));
}

/** Integer remainder with the sign of the dividend (Go's `%`); both must be integers, divisor non-zero. */
export function remainderNumbers(a: RegoNumber, b: RegoNumber): RegoNumber {
  if (typeof a === 'number' && typeof b === 'number') return normalizeNumber(a % b);
  const ints = bothBig(a, b)!;
  return normalizeNumber(ints[0] % ints[1]);
}

export function negateNumber(a: RegoNumber): RegoNumber {
  return normalizeNumber(typeof a === 'bigint' ? -a : -a);
}

export function absNumber(a: RegoNumber): RegoNumber {
  if (typeof a === 'bigint') return normalizeNumber(a < 0n ? -a : a);
  return normalizeNumber(Math.abs(a));
}

/** Rounds half away from zero (Go's math.Round), as OPA's `round`. */
export function roundNumber(a: RegoNumber): RegoNumber {
  if (typeof a === 'bigint') return a;
  return normalizeNumber(a < 0 ? -Math.round(-a) : Math.round(a));
}

export function ceilNumber(a: RegoNumber): RegoNumber {
  return typeof a === 'bigint' ? a : normalizeNumber(Math.ceil(a));
}

export function floorNumber(a: RegoNumber): RegoNumber {
  return typeof a === 'bigint' ? a : normalizeNumber(Math.floor(a));
}

export function isZero(a: RegoNumber): boolean {
  return typeof a === 'bigint' ? a === 0n : a === 0;
}
