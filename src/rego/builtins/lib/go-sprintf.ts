/**
 * Go's fmt.Sprintf as OPA's `sprintf` exposes it. OPA hands each Rego value to Go as:
 * an int64 for integers that fit, a *big.Int for larger integers, a float64 for other numbers,
 * a string for strings, and the Rego text of anything else. (OPA decides "float" by the number's
 * text, so `1.0` is a float64 there; the value model here keeps no text, so integral values are
 * always integers.) Verbs that do not suit the operand print Go's `%!verb(type=value)` marker.
 */
import { type Value, toRegoString } from '../../values.js';

type GoArg =
  | { kind: 'int'; value: bigint; big: boolean }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string };

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

function toGoArg(v: Value): GoArg {
  if (typeof v === 'bigint') return { kind: 'int', value: v, big: v < INT64_MIN || v > INT64_MAX };
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return { kind: 'int', value: BigInt(v), big: false };
    return { kind: 'float', value: v };
  }
  if (typeof v === 'string') return { kind: 'string', value: v };
  // OPA passes every other value as the string of its Rego text.
  return { kind: 'string', value: toRegoString(v) };
}

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  zero: boolean;
  space: boolean;
  width?: number;
  precision?: number;
  verb: string;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  if (spec.width === undefined) return s;
  const len = Array.from(s).length;
  if (len >= spec.width) return s;
  const fill = spec.width - len;
  if (spec.minus) return s + ' '.repeat(fill);
  if (spec.zero && numeric) {
    const m = /^([+\- ]?(?:0[xXbo])?)(.*)$/s.exec(s)!;
    return m[1] + '0'.repeat(fill) + m[2];
  }
  return ' '.repeat(fill) + s;
}

function signed(body: string, negative: boolean, spec: Spec): string {
  if (negative) return `-${body}`;
  if (spec.plus) return `+${body}`;
  if (spec.space) return ` ${body}`;
  return body;
}

function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function formatInt(v: bigint, spec: Spec): string | undefined {
  const negative = v < 0n;
  const abs = negative ? -v : v;
  let body: string;
  switch (spec.verb) {
    case 'd':
    case 'v':
      body = abs.toString(10);
      break;
    case 'b':
      body = abs.toString(2);
      break;
    case 'o':
      body = abs.toString(8);
      if (spec.sharp) body = `0${body}`;
      break;
    case 'O':
      body = `0o${abs.toString(8)}`;
      break;
    case 'x':
      body = abs.toString(16);
      if (spec.sharp) body = `0x${body}`;
      break;
    case 'X':
      body = abs.toString(16).toUpperCase();
      if (spec.sharp) body = `0X${body}`;
      break;
    case 'c':
      return pad(String.fromCodePoint(Number(v)), spec, false);
    case 'q':
      return pad(`'${String.fromCodePoint(Number(v))}'`, spec, false);
    case 'U':
      return pad(`U+${abs.toString(16).toUpperCase().padStart(4, '0')}`, spec, false);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return undefined;
    default:
      return undefined;
  }
  if (spec.precision !== undefined) {
    const m = /^(0[xXbo]?)?(.*)$/.exec(body)!;
    body = (m[1] ?? '') + m[2]!.padStart(spec.precision, '0');
  }
  return pad(signed(body, negative, spec), spec, spec.precision === undefined);
}

/** Digits and exponent of the shortest representation that round-trips. */
function shortest(x: number): { digits: string; exp: number } {
  const [mant, e] = x.toExponential().split('e') as [string, string];
  return { digits: mant.replace('.', '').replace('-', ''), exp: Number(e) };
}

function goExponent(e: number): string {
  const sign = e < 0 ? '-' : '+';
  return `${sign}${String(Math.abs(e)).padStart(2, '0')}`;
}

function formatFloatBody(x: number, verb: string, precision: number | undefined, sharp: boolean): string {
  const abs = Math.abs(x);
  if (!Number.isFinite(abs)) return 'Inf';
  switch (verb) {
    case 'f':
    case 'F':
      return abs.toFixed(precision ?? 6);
    case 'e':
    case 'E': {
      const [m, e] = abs.toExponential(precision ?? 6).split('e') as [string, string];
      const s = `${m}e${goExponent(Number(e))}`;
      return verb === 'E' ? s.toUpperCase() : s;
    }
    case 'g':
    case 'G':
    case 'v': {
      let digits: string;
      let exp: number;
      let eprec: number;
      if (precision === undefined) {
        ({ digits, exp } = shortest(abs));
        // Go decides with precision 6 when printing the shortest representation.
        eprec = 6;
      } else {
        const p = precision === 0 ? 1 : precision;
        const [m, e] = abs.toExponential(p - 1).split('e') as [string, string];
        digits = m.replace('.', '');
        exp = Number(e);
        if (!sharp) digits = digits.replace(/0+$/, '') || '0';
        eprec = p;
      }
      let s: string;
      if (exp < -4 || exp >= eprec) {
        const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        s = `${mant}e${goExponent(exp)}`;
      } else if (exp < 0) {
        s = `0.${'0'.repeat(-exp - 1)}${digits}`;
      } else if (digits.length <= exp + 1) {
        s = digits + '0'.repeat(exp + 1 - digits.length);
      } else {
        s = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
      }
      return verb === 'G' ? s.toUpperCase() : s;
    }
    default:
      return '';
  }
}

function formatFloat(x: number, spec: Spec): string | undefined {
  if (!'eEfFgGv'.includes(spec.verb)) return undefined;
  const body = formatFloatBody(x, spec.verb, spec.precision, spec.sharp);
  return pad(signed(body, x < 0 || Object.is(x, -0), spec), spec, true);
}

function formatString(s: string, spec: Spec): string | undefined {
  let text = s;
  switch (spec.verb) {
    case 's':
    case 'v':
      if (spec.precision !== undefined) text = Array.from(s).slice(0, spec.precision).join('');
      return pad(text, spec, false);
    case 'q':
      return pad(goQuote(s), spec, false);
    case 'x':
    case 'X': {
      let hex = Buffer.from(s, 'utf8').toString('hex');
      if (spec.verb === 'X') hex = hex.toUpperCase();
      return pad(hex, spec, false);
    }
    default:
      return undefined;
  }
}

function goTypeName(a: GoArg): string {
  switch (a.kind) {
    case 'int':
      return a.big ? '*big.Int' : 'int64';
    case 'float':
      return 'float64';
    default:
      return 'string';
  }
}

function plainValue(a: GoArg): string {
  switch (a.kind) {
    case 'int':
      return a.value.toString();
    case 'float':
      return formatFloatBody(a.value, 'v', undefined, false).replace(/^/, a.value < 0 ? '-' : '');
    default:
      return a.value;
  }
}

function formatArg(a: GoArg, spec: Spec): string {
  let out: string | undefined;
  switch (a.kind) {
    case 'int':
      // *big.Int formats %s and %v in decimal; Go's int does not know %s.
      out = a.big && spec.verb === 's' ? formatInt(a.value, { ...spec, verb: 'd' }) : formatInt(a.value, spec);
      break;
    case 'float':
      out = formatFloat(a.value, spec);
      break;
    default:
      out = formatString(a.value, spec);
  }
  return out ?? `%!${spec.verb}(${goTypeName(a)}=${plainValue(a)})`;
}

/** Formats `format` with Rego values as Go's fmt.Sprintf would in OPA. */
export function goSprintf(format: string, values: readonly Value[]): string {
  const args = values.map(toGoArg);
  let argIndex = 0;
  let out = '';
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch !== '%') {
      out += ch;
      i++;
      continue;
    }
    i++;
    if (format[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    const spec: Spec = { minus: false, plus: false, sharp: false, zero: false, space: false, verb: '' };
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '#') spec.sharp = true;
      else if (f === '0') spec.zero = !spec.minus;
      else if (f === ' ') spec.space = true;
      else break;
    }
    const readNumber = (): number | undefined => {
      if (format[i] === '*') {
        i++;
        const a = args[argIndex++];
        return a && a.kind === 'int' ? Number(a.value) : undefined;
      }
      const m = /^\d+/.exec(format.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      return Number(m[0]);
    };
    spec.width = readNumber();
    if (format[i] === '.') {
      i++;
      spec.precision = readNumber() ?? 0;
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    i += verb.length;
    spec.verb = verb;
    const arg = args[argIndex++];
    if (!arg) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    if (verb === 'T') {
      out += pad(goTypeName(arg), spec, false);
      continue;
    }
    out += formatArg(arg, spec);
  }
  if (argIndex < args.length) {
    out += `%!(EXTRA ${args
      .slice(argIndex)
      .map((a) => `${goTypeName(a)}=${plainValue(a)}`)
      .join(', ')})`;
  }
  return out;
}
