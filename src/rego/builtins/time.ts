/**
 * Time builtins on nanosecond timestamps: time.now_ns (the query's fixed "now" from the context),
 * parse_ns (Go layouts), parse_rfc3339_ns, parse_duration_ns, date, clock, weekday, add_date,
 * diff, format. Time zones are IANA names resolved through Intl.
 */
import { registerBuiltin } from './registry.js';
import { type Value, type RegoNumber, isNumber } from '../values.js';
import { builtinError, bigIntegerArg, num, stringArg, typeError } from './lib/args.js';
import { MAX_NS, UnknownTimeZoneError, checkZone, daysFromCivil, fromCivil, inNsRange, toCivil } from './lib/civil-time.js';
import { TimeParseError, formatGoTime, parseGoTime } from './lib/go-time-layout.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function toNs(n: RegoNumber): bigint {
  if (typeof n === 'bigint') return n;
  return BigInt(Math.trunc(n));
}

function checkRange(ns: bigint, message: string): bigint {
  if (!inNsRange(ns)) throw builtinError(message);
  return ns;
}

/**
 * A timestamp argument as OPA reads it: a number, or `[ns]`, `[ns, zone]`, `[ns, zone, layout]`
 * (the layout only matters to time.format). `""` and `"UTC"` are UTC; `"Local"` is UTC too
 * (results must not depend on the machine). A fractional or out-of-int64 timestamp is an error.
 */
function timeArg(args: Value[], index: number): { ns: bigint; zone: string; layout?: string } {
  const v = args[index]!;
  let nsValue: Value;
  let zone = 'UTC';
  let layout: string | undefined;
  if (isNumber(v)) nsValue = v;
  else if (Array.isArray(v) && v.length > 0) {
    nsValue = v[0]!;
    if (!isNumber(nsValue)) throw typeError(1, 'number', nsValue);
    if (v.length > 1) {
      const z = v[1]!;
      if (typeof z !== 'string') throw typeError(1, 'string', z);
      zone = z === '' || z === 'Local' ? 'UTC' : z;
    }
    if (v.length > 2) {
      const l = v[2]!;
      if (typeof l !== 'string') throw typeError(1, 'string', l);
      layout = l;
    }
  } else {
    throw typeError(1, 'either number (ns) or [number (ns), string (tz)]', v);
  }
  const n = nsValue as RegoNumber;
  if (typeof n === 'number' && !Number.isInteger(n)) throw builtinError('timestamp too big');
  const ns = toNs(n);
  if (!inNsRange(ns)) throw builtinError('timestamp too big');
  try {
    checkZone(zone);
  } catch (e) {
    if (e instanceof UnknownTimeZoneError) throw builtinError(e.message);
    throw e;
  }
  return { ns, zone, layout };
}

function parseOrFail(layout: string, value: string): bigint {
  let ns: bigint;
  try {
    ns = parseGoTime(layout, value);
  } catch (e) {
    if (e instanceof TimeParseError) throw builtinError(e.message);
    throw e;
  }
  return checkRange(ns, 'time outside of valid range');
}

registerBuiltin('time.now_ns', (_args, ctx) => num(ctx.nowNs), { arity: 0, nondeterministic: true });

registerBuiltin('time.parse_ns', (args) => num(parseOrFail(stringArg(args, 0), stringArg(args, 1))), { arity: 2 });

registerBuiltin('time.parse_rfc3339_ns', (args) => num(parseOrFail('RFC3339', stringArg(args, 0))), { arity: 1 });

const DURATION_UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  'µs': 1000n,
  'μs': 1000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** Go's time.ParseDuration, exact in nanoseconds. */
export function parseDuration(text: string): bigint {
  const bad = (): never => {
    throw builtinError(`time: invalid duration ${JSON.stringify(text)}`);
  };
  let s = text;
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') bad();
  let total = 0n;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    if (m[0] === '' || m[0] === '.' || (m[1] === '' && (m[2] ?? '') === '')) bad();
    s = s.slice(m[0].length);
    const u = /^[^\d.]+/.exec(s);
    if (!u) throw builtinError(`time: missing unit in duration ${JSON.stringify(text)}`);
    const factor = DURATION_UNITS[u[0]];
    if (factor === undefined) throw builtinError(`time: unknown unit ${JSON.stringify(u[0])} in duration ${JSON.stringify(text)}`);
    s = s.slice(u[0].length);
    const whole = BigInt(m[1] || '0') * factor;
    const fracDigits = m[2] ?? '';
    const frac = fracDigits === '' ? 0n : (BigInt(fracDigits) * factor) / 10n ** BigInt(fracDigits.length);
    total += whole + frac;
  }
  if (total > MAX_NS) throw builtinError(`time: invalid duration ${JSON.stringify(text)}`);
  return negative ? -total : total;
}

registerBuiltin('time.parse_duration_ns', (args) => num(parseDuration(stringArg(args, 0))), { arity: 1 });

registerBuiltin(
  'time.date',
  (args) => {
    const { ns, zone } = timeArg(args, 0);
    const t = toCivil(ns, zone);
    return [t.year, t.month, t.day];
  },
  { arity: 1 },
);

registerBuiltin(
  'time.clock',
  (args) => {
    const { ns, zone } = timeArg(args, 0);
    const t = toCivil(ns, zone);
    return [t.hour, t.minute, t.second];
  },
  { arity: 1 },
);

registerBuiltin(
  'time.weekday',
  (args) => {
    const { ns, zone } = timeArg(args, 0);
    return WEEKDAYS[toCivil(ns, zone).weekday]!;
  },
  { arity: 1 },
);

registerBuiltin(
  'time.add_date',
  (args) => {
    const { ns, zone } = timeArg(args, 0);
    const years = Number(bigIntegerArg(args, 1));
    const months = Number(bigIntegerArg(args, 2));
    const days = Number(bigIntegerArg(args, 3));
    // Go's Time.AddDate works on the civil date in the time's zone.
    const t = toCivil(ns, zone);
    const result = fromCivil(
      { year: t.year + years, month: t.month + months, day: t.day + days, hour: t.hour, minute: t.minute, second: t.second, nanosecond: t.nanosecond },
      zone,
    );
    return num(checkRange(result, 'time outside of valid range'));
  },
  { arity: 4 },
);

registerBuiltin(
  'time.diff',
  (args) => {
    const a = timeArg(args, 0);
    const b = timeArg(args, 1);
    // Both instants are read in the zone of the first operand, as OPA does.
    const zone = a.zone;
    const [early, late] = a.ns <= b.ns ? [a.ns, b.ns] : [b.ns, a.ns];
    const t1 = toCivil(early, zone);
    const t2 = toCivil(late, zone);
    let year = t2.year - t1.year;
    let month = t2.month - t1.month;
    let day = t2.day - t1.day;
    let hour = t2.hour - t1.hour;
    let minute = t2.minute - t1.minute;
    let second = t2.second - t1.second;
    if (second < 0) {
      second += 60;
      minute--;
    }
    if (minute < 0) {
      minute += 60;
      hour--;
    }
    if (hour < 0) {
      hour += 24;
      day--;
    }
    if (day < 0) {
      // days in t1's month
      const days = t1.month === 12 ? 31 : daysFromCivil(t1.year, t1.month + 1, 1) - daysFromCivil(t1.year, t1.month, 1);
      day += days;
      month--;
    }
    if (month < 0) {
      month += 12;
      year--;
    }
    return [year, month, day, hour, minute, second];
  },
  { arity: 2 },
);

registerBuiltin(
  'time.format',
  (args) => {
    const { ns, zone, layout } = timeArg(args, 0);
    return formatGoTime(ns, zone, layout ?? 'RFC3339Nano');
  },
  { arity: 1 },
);
