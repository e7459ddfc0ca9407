/**
 * Go's reference-time layouts (`2006-01-02T15:04:05Z07:00`...) for time.parse_ns and
 * time.format: tokenising, parsing to nanoseconds and formatting civil time, following Go's
 * time package rules (two-digit years pivot at 69, fractional seconds accepted after seconds even
 * when the layout has none, `Z07:00` accepts `Z`, ...).
 */
import { type CivilTime, fromCivil, isLeapYear, toCivil } from './civil-time.js';

export class TimeParseError extends Error {}

/** Go's named layout constants, accepted in place of a layout by OPA. */
export const NAMED_LAYOUTS: Record<string, string> = {
  ANSIC: 'Mon Jan _2 15:04:05 2006',
  UnixDate: 'Mon Jan _2 15:04:05 MST 2006',
  RubyDate: 'Mon Jan 02 15:04:05 -0700 2006',
  RFC822: '02 Jan 06 15:04 MST',
  RFC822Z: '02 Jan 06 15:04 -0700',
  RFC850: 'Monday, 02-Jan-06 15:04:05 MST',
  RFC1123: 'Mon, 02 Jan 2006 15:04:05 MST',
  RFC1123Z: 'Mon, 02 Jan 2006 15:04:05 -0700',
  RFC3339: '2006-01-02T15:04:05Z07:00',
  RFC3339Nano: '2006-01-02T15:04:05.999999999Z07:00',
  Kitchen: '3:04PM',
  Stamp: 'Jan _2 15:04:05',
  StampMilli: 'Jan _2 15:04:05.000',
  StampMicro: 'Jan _2 15:04:05.000000',
  StampNano: 'Jan _2 15:04:05.000000000',
  DateTime: '2006-01-02 15:04:05',
  DateOnly: '2006-01-02',
  TimeOnly: '15:04:05',
};

type Std =
  | 'LongMonth' | 'Month' | 'NumMonth' | 'ZeroMonth'
  | 'LongWeekDay' | 'WeekDay'
  | 'Day' | 'UnderDay' | 'ZeroDay' | 'UnderYearDay' | 'ZeroYearDay'
  | 'Hour' | 'Hour12' | 'ZeroHour12'
  | 'Minute' | 'ZeroMinute' | 'Second' | 'ZeroSecond'
  | 'LongYear' | 'Year' | 'PM' | 'pm' | 'TZ'
  | 'ISO8601TZ' | 'ISO8601SecondsTZ' | 'ISO8601ShortTZ' | 'ISO8601ColonTZ' | 'ISO8601ColonSecondsTZ'
  | 'NumTZ' | 'NumSecondsTz' | 'NumShortTZ' | 'NumColonTZ' | 'NumColonSecondsTZ'
  | 'FracSecond0' | 'FracSecond9';

type Chunk = { literal: string } | { std: Std; text: string; digits?: number; sep?: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function nextStd(layout: string, i: number): { std: Std; len: number; digits?: number; sep?: string } | undefined {
  const c = layout[i]!;
  const rest = layout.slice(i);
  switch (c) {
    case 'J':
      if (rest.startsWith('January')) return { std: 'LongMonth', len: 7 };
      if (rest.startsWith('Jan')) return { std: 'Month', len: 3 };
      break;
    case 'M':
      if (rest.startsWith('Monday')) return { std: 'LongWeekDay', len: 6 };
      if (rest.startsWith('Mon')) return { std: 'WeekDay', len: 3 };
      if (rest.startsWith('MST')) return { std: 'TZ', len: 3 };
      break;
    case '0': {
      const n = layout[i + 1];
      if (n !== undefined && n >= '1' && n <= '6') {
        const map: Std[] = ['ZeroMonth', 'ZeroDay', 'ZeroHour12', 'ZeroMinute', 'ZeroSecond', 'Year'];
        return { std: map[Number(n) - 1]!, len: 2 };
      }
      if (rest.startsWith('002')) return { std: 'ZeroYearDay', len: 3 };
      break;
    }
    case '1':
      if (rest.startsWith('15')) return { std: 'Hour', len: 2 };
      return { std: 'NumMonth', len: 1 };
    case '2':
      if (rest.startsWith('2006')) return { std: 'LongYear', len: 4 };
      return { std: 'Day', len: 1 };
    case '_':
      if (rest.startsWith('_2')) {
        if (rest.startsWith('_2006')) return undefined; // '_' is a literal before 2006
        return { std: 'UnderDay', len: 2 };
      }
      if (rest.startsWith('__2')) return { std: 'UnderYearDay', len: 3 };
      break;
    case '3':
      return { std: 'Hour12', len: 1 };
    case '4':
      return { std: 'Minute', len: 1 };
    case '5':
      return { std: 'Second', len: 1 };
    case 'P':
      if (rest.startsWith('PM')) return { std: 'PM', len: 2 };
      break;
    case 'p':
      if (rest.startsWith('pm')) return { std: 'pm', len: 2 };
      break;
    case '-':
      if (rest.startsWith('-07:00:00')) return { std: 'NumColonSecondsTZ', len: 9 };
      if (rest.startsWith('-070000')) return { std: 'NumSecondsTz', len: 7 };
      if (rest.startsWith('-07:00')) return { std: 'NumColonTZ', len: 6 };
      if (rest.startsWith('-0700')) return { std: 'NumTZ', len: 5 };
      if (rest.startsWith('-07')) return { std: 'NumShortTZ', len: 3 };
      break;
    case 'Z':
      if (rest.startsWith('Z07:00:00')) return { std: 'ISO8601ColonSecondsTZ', len: 9 };
      if (rest.startsWith('Z070000')) return { std: 'ISO8601SecondsTZ', len: 7 };
      if (rest.startsWith('Z07:00')) return { std: 'ISO8601ColonTZ', len: 6 };
      if (rest.startsWith('Z0700')) return { std: 'ISO8601TZ', len: 5 };
      if (rest.startsWith('Z07')) return { std: 'ISO8601ShortTZ', len: 3 };
      break;
    case '.':
    case ',': {
      const ch = layout[i + 1];
      if (ch === '0' || ch === '9') {
        let j = i + 1;
        while (j < layout.length && layout[j] === ch) j++;
        if (!isDigit(layout, j)) return { std: ch === '0' ? 'FracSecond0' : 'FracSecond9', len: j - i, digits: j - i - 1, sep: c };
      }
      break;
    }
    default:
      break;
  }
  return undefined;
}

const layoutCache = new Map<string, Chunk[]>();

export function tokenizeLayout(layout: string): Chunk[] {
  const cached = layoutCache.get(layout);
  if (cached) return cached;
  const chunks: Chunk[] = [];
  let lit = '';
  let i = 0;
  while (i < layout.length) {
    const std = nextStd(layout, i);
    if (!std) {
      lit += layout[i];
      i++;
      continue;
    }
    if (lit) chunks.push({ literal: lit });
    lit = '';
    chunks.push({ std: std.std, text: layout.slice(i, i + std.len), digits: std.digits, sep: std.sep });
    i += std.len;
  }
  if (lit) chunks.push({ literal: lit });
  if (layoutCache.size > 200) layoutCache.clear();
  layoutCache.set(layout, chunks);
  return chunks;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function formatOffset(offset: number, std: Std): string {
  const isISO = std.startsWith('ISO8601');
  if (isISO && offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const h = pad(Math.floor(abs / 3600), 2);
  const m = pad(Math.floor((abs % 3600) / 60), 2);
  const s = pad(abs % 60, 2);
  switch (std) {
    case 'ISO8601ShortTZ':
    case 'NumShortTZ':
      return `${sign}${h}`;
    case 'ISO8601TZ':
    case 'NumTZ':
      return `${sign}${h}${m}`;
    case 'ISO8601ColonTZ':
    case 'NumColonTZ':
      return `${sign}${h}:${m}`;
    case 'ISO8601SecondsTZ':
    case 'NumSecondsTz':
      return `${sign}${h}${m}${s}`;
    default:
      return `${sign}${h}:${m}:${s}`;
  }
}

/** Formats a timestamp in a zone with a Go layout (named constants allowed). */
export function formatGoTime(ns: bigint, zone: string, layoutOrName: string): string {
  const layout = NAMED_LAYOUTS[layoutOrName] ?? layoutOrName;
  const t: CivilTime = toCivil(ns, zone);
  let out = '';
  for (const chunk of tokenizeLayout(layout)) {
    if ('literal' in chunk) {
      out += chunk.literal;
      continue;
    }
    switch (chunk.std) {
      case 'LongYear':
        out += pad(t.year, 4);
        break;
      case 'Year':
        out += pad(((t.year % 100) + 100) % 100, 2);
        break;
      case 'LongMonth':
        out += MONTHS[t.month - 1];
        break;
      case 'Month':
        out += MONTHS[t.month - 1]!.slice(0, 3);
        break;
      case 'NumMonth':
        out += String(t.month);
        break;
      case 'ZeroMonth':
        out += pad(t.month, 2);
        break;
      case 'LongWeekDay':
        out += DAYS[t.weekday];
        break;
      case 'WeekDay':
        out += DAYS[t.weekday]!.slice(0, 3);
        break;
      case 'Day':
        out += String(t.day);
        break;
      case 'UnderDay':
        out += t.day < 10 ? ` ${t.day}` : String(t.day);
        break;
      case 'ZeroDay':
        out += pad(t.day, 2);
        break;
      case 'UnderYearDay':
        out += String(t.yearDay).padStart(3, ' ');
        break;
      case 'ZeroYearDay':
        out += pad(t.yearDay, 3);
        break;
      case 'Hour':
        out += pad(t.hour, 2);
        break;
      case 'Hour12':
        out += String(t.hour % 12 === 0 ? 12 : t.hour % 12);
        break;
      case 'ZeroHour12':
        out += pad(t.hour % 12 === 0 ? 12 : t.hour % 12, 2);
        break;
      case 'Minute':
        out += String(t.minute);
        break;
      case 'ZeroMinute':
        out += pad(t.minute, 2);
        break;
      case 'Second':
        out += String(t.second);
        break;
      case 'ZeroSecond':
        out += pad(t.second, 2);
        break;
      case 'PM':
        out += t.hour >= 12 ? 'PM' : 'AM';
        break;
      case 'pm':
        out += t.hour >= 12 ? 'pm' : 'am';
        break;
      case 'TZ':
        out += t.zoneName;
        break;
      case 'FracSecond0':
        out += chunk.sep! + pad(t.nanosecond, 9).slice(0, chunk.digits);
        break;
      case 'FracSecond9': {
        const digits = pad(t.nanosecond, 9).slice(0, chunk.digits).replace(/0+$/, '');
        if (digits) out += chunk.sep! + digits;
        break;
      }
      default:
        out += formatOffset(t.offsetSeconds, chunk.std);
    }
  }
  return out;
}

/** Parses `value` with a Go layout (named constants allowed); returns nanoseconds (bigint). */
export function parseGoTime(layoutOrName: string, value: string): bigint {
  const layout = NAMED_LAYOUTS[layoutOrName] ?? layoutOrName;
  const original = value;
  const fail = (elem: string, rest: string, extra = ''): never => {
    throw new TimeParseError(
      extra ? `parsing time ${JSON.stringify(original)}${extra}` : `parsing time ${JSON.stringify(original)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(rest)} as ${JSON.stringify(elem)}`,
    );
  };
  let year = 1;
  let month = 1;
  let day = 1;
  let yday = -1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanos = 0;
  let pmSet: boolean | undefined;
  let offset: number | undefined;
  let rest = value;

  const takeDigits = (min: number, max: number, elem: string): number => {
    let n = 0;
    while (n < max && n < rest.length && isDigit(rest, n)) n++;
    if (n < min) fail(elem, rest);
    const v = Number(rest.slice(0, n));
    rest = rest.slice(n);
    return v;
  };
  const takeFraction = (): void => {
    // rest starts with '.' or ','
    let n = 1;
    while (n < rest.length && isDigit(rest, n)) n++;
    const digits = rest.slice(1, n);
    nanos = Number((digits + '000000000').slice(0, 9));
    rest = rest.slice(n);
  };
  const takeName = (names: string[], len: number | undefined, elem: string): number => {
    for (let i = 0; i < names.length; i++) {
      const name = len ? names[i]!.slice(0, len) : names[i]!;
      if (rest.slice(0, name.length).toLowerCase() === name.toLowerCase()) {
        rest = rest.slice(name.length);
        return i;
      }
    }
    return fail(elem, rest);
  };

  for (const chunk of tokenizeLayout(layout)) {
    if ('literal' in chunk) {
      // Go skips spaces flexibly only in some cases; compare literally.
      if (!rest.startsWith(chunk.literal)) fail(chunk.literal, rest);
      rest = rest.slice(chunk.literal.length);
      continue;
    }
    const elem = chunk.text;
    switch (chunk.std) {
      case 'LongYear': {
        if (rest.length < 4 || !/^\d{4}/.test(rest)) fail(elem, rest);
        year = Number(rest.slice(0, 4));
        rest = rest.slice(4);
        break;
      }
      case 'Year': {
        if (!/^\d{2}/.test(rest)) fail(elem, rest);
        const yy = Number(rest.slice(0, 2));
        year = yy >= 69 ? 1900 + yy : 2000 + yy;
        rest = rest.slice(2);
        break;
      }
      case 'LongMonth':
        month = takeName(MONTHS, undefined, elem) + 1;
        break;
      case 'Month':
        month = takeName(MONTHS, 3, elem) + 1;
        break;
      case 'NumMonth':
      case 'ZeroMonth':
        month = takeDigits(chunk.std === 'ZeroMonth' ? 2 : 1, 2, elem);
        if (month < 1 || month > 12) fail('', '', ': month out of range');
        break;
      case 'LongWeekDay':
        takeName(DAYS, undefined, elem);
        break;
      case 'WeekDay':
        takeName(DAYS, 3, elem);
        break;
      case 'Day':
      case 'UnderDay':
      case 'ZeroDay':
        if (chunk.std === 'UnderDay' && rest.startsWith(' ')) rest = rest.slice(1);
        day = takeDigits(chunk.std === 'ZeroDay' ? 2 : 1, 2, elem);
        break;
      case 'UnderYearDay':
      case 'ZeroYearDay':
        rest = rest.replace(/^ {1,2}/, '');
        yday = takeDigits(3, 3, elem);
        break;
      case 'Hour':
        hour = takeDigits(2, 2, elem);
        if (hour > 23) fail('', '', ': hour out of range');
        break;
      case 'Hour12':
      case 'ZeroHour12':
        hour = takeDigits(chunk.std === 'ZeroHour12' ? 2 : 1, 2, elem);
        if (hour > 12) fail('', '', ': hour out of range');
        break;
      case 'Minute':
      case 'ZeroMinute':
        minute = takeDigits(chunk.std === 'ZeroMinute' ? 2 : 1, 2, elem);
        if (minute > 59) fail('', '', ': minute out of range');
        break;
      case 'Second':
      case 'ZeroSecond':
        second = takeDigits(chunk.std === 'ZeroSecond' ? 2 : 1, 2, elem);
        if (second > 59) fail('', '', ': second out of range');
        // Go accepts a fractional second here even when the layout has none.
        if (rest.length >= 2 && (rest[0] === '.' || rest[0] === ',') && isDigit(rest, 1)) {
          const chunks = tokenizeLayout(layout);
          const next = chunks[chunks.indexOf(chunk) + 1];
          if (!next || 'literal' in next || (next.std !== 'FracSecond0' && next.std !== 'FracSecond9')) takeFraction();
        }
        break;
      case 'PM':
      case 'pm': {
        const ap = rest.slice(0, 2).toUpperCase();
        if (ap !== 'AM' && ap !== 'PM') fail(elem, rest);
        pmSet = ap === 'PM';
        rest = rest.slice(2);
        break;
      }
      case 'TZ': {
        if (rest.startsWith('UTC')) {
          offset = 0;
          rest = rest.slice(3);
          break;
        }
        const m = /^(?:[A-Z]{3,5}|GMT[+-]\d{1,2})/.exec(rest);
        if (!m) fail(elem, rest);
        offset = offset ?? 0;
        rest = rest.slice(m![0].length);
        break;
      }
      case 'FracSecond0': {
        const n = chunk.digits!;
        if (rest[0] !== chunk.sep || !new RegExp(`^.\\d{${n}}`).test(rest)) fail(elem, rest);
        nanos = Number((rest.slice(1, 1 + n) + '000000000').slice(0, 9));
        rest = rest.slice(1 + n);
        break;
      }
      case 'FracSecond9':
        if (rest.length >= 2 && (rest[0] === '.' || rest[0] === ',') && isDigit(rest, 1)) takeFraction();
        break;
      default: {
        // numeric zones
        const iso = chunk.std.startsWith('ISO8601');
        if (iso && rest.startsWith('Z')) {
          offset = 0;
          rest = rest.slice(1);
          break;
        }
        let re: RegExp;
        switch (chunk.std) {
          case 'ISO8601ShortTZ':
          case 'NumShortTZ':
            re = /^([+-])(\d{2})()()/;
            break;
          case 'ISO8601TZ':
          case 'NumTZ':
            re = /^([+-])(\d{2})(\d{2})()/;
            break;
          case 'ISO8601ColonTZ':
          case 'NumColonTZ':
            re = /^([+-])(\d{2}):(\d{2})()/;
            break;
          case 'ISO8601SecondsTZ':
          case 'NumSecondsTz':
            re = /^([+-])(\d{2})(\d{2})(\d{2})/;
            break;
          default:
            re = /^([+-])(\d{2}):(\d{2}):(\d{2})/;
        }
        const m = re.exec(rest);
        if (!m) fail(elem, rest);
        const secs = Number(m![2]) * 3600 + Number(m![3] || '0') * 60 + Number(m![4] || '0');
        offset = m![1] === '-' ? -secs : secs;
        rest = rest.slice(m![0].length);
      }
    }
  }
  if (rest !== '') fail('', '', `: extra text: ${JSON.stringify(rest)}`);
  if (pmSet !== undefined) {
    if (pmSet && hour < 12) hour += 12;
    else if (!pmSet && hour === 12) hour = 0;
  }
  if (yday >= 0) {
    const max = isLeapYear(year) ? 366 : 365;
    if (yday < 1 || yday > max) fail('', '', ': day-of-year out of range');
    // derive month/day from the year day
    const cum = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let left = yday;
    month = 1;
    for (const len of cum) {
      if (left <= len) break;
      left -= len;
      month++;
    }
    day = left;
  }
  const monthLen = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day < 1 || day > monthLen) fail('', '', ': day out of range');
  return fromCivil({ year, month, day, hour, minute, second, nanosecond: nanos }, { offsetSeconds: offset ?? 0 });
}
