/**
 * Civil (calendar) time for nanosecond timestamps, with IANA time zones through `Intl`.
 * Timestamps are bigints of nanoseconds since the Unix epoch, the range of a Go int64.
 */

export const MIN_NS = -(1n << 63n);
export const MAX_NS = (1n << 63n) - 1n;
export const NS_PER_SECOND = 1_000_000_000n;

export class UnknownTimeZoneError extends Error {}

export interface CivilTime {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
  /** 0 = Sunday */
  weekday: number;
  /** 1..366 */
  yearDay: number;
  /** Seconds east of UTC. */
  offsetSeconds: number;
  /** Zone abbreviation (`UTC`, `EST`, or `+0530` when the zone has none). */
  zoneName: string;
}

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12, any day offset). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? y + 1 : y, month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatterCache.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
        timeZoneName: 'short',
      });
    } catch {
      throw new UnknownTimeZoneError(`unknown time zone ${zone}`);
    }
    formatterCache.set(zone, f);
  }
  return f;
}

/** Checks that a zone name is known (`UTC`, `Local` and `` are always known). */
export function checkZone(zone: string): void {
  if (zone === '' || zone === 'UTC' || zone === 'Local') return;
  formatterFor(zone);
}

function zoneOffset(zone: string, epochSeconds: number): { offset: number; name: string } {
  if (zone === '' || zone === 'UTC' || zone === 'Local') return { offset: 0, name: 'UTC' };
  // Intl handles the JS Date range; clamp far instants to the nearest representable one.
  const ms = Math.max(-8.64e15, Math.min(8.64e15, epochSeconds * 1000));
  const parts = formatterFor(zone).formatToParts(new Date(ms));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '0';
  let year = Number(get('year'));
  if (get('era') === 'BC' || get('era') === 'B') year = 1 - year;
  const local = daysFromCivil(year, Number(get('month')), Number(get('day'))) * 86400 + Number(get('hour')) * 3600 + Number(get('minute')) * 60 + Number(get('second'));
  const offset = local - Math.floor(ms / 1000);
  let name = get('timeZoneName');
  if (/^GMT[+-]/.test(name) || name === 'GMT' && offset !== 0) name = formatOffsetCompact(offset);
  return { offset, name };
}

function formatOffsetCompact(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const h = String(Math.floor(abs / 3600)).padStart(2, '0');
  const m = String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
  return m === '00' ? `${sign}${h}` : `${sign}${h}${m}`;
}

/** Breaks a timestamp into civil fields in a zone (`''`/`UTC` = UTC). */
export function toCivil(ns: bigint, zone = 'UTC'): CivilTime {
  const seconds = floorDiv(ns, NS_PER_SECOND);
  const nanosecond = Number(ns - seconds * NS_PER_SECOND);
  const { offset, name } = zoneOffset(zone, Number(seconds));
  const local = Number(seconds) + offset;
  const days = Math.floor(local / 86400);
  const secOfDay = local - days * 86400;
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(secOfDay / 3600),
    minute: Math.floor((secOfDay % 3600) / 60),
    second: secOfDay % 60,
    nanosecond,
    weekday: (((days + 4) % 7) + 7) % 7,
    yearDay: days - daysFromCivil(year, 1, 1) + 1,
    offsetSeconds: offset,
    zoneName: name,
  };
}

/**
 * Converts civil fields to a timestamp. Fields may overflow (month 14, day 0...) and are
 * normalised like Go's time.Date. `offsetSeconds` fixes the zone offset; otherwise `zone` is used.
 */
export function fromCivil(
  f: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number; nanosecond?: number },
  zone: string | { offsetSeconds: number } = 'UTC',
): bigint {
  // Normalise month overflow first, as Go does.
  let year = f.year;
  let month = f.month - 1;
  year += Math.floor(month / 12);
  month = ((month % 12) + 12) % 12;
  const days = daysFromCivil(year, month + 1, 1) + (f.day - 1);
  const localSeconds = BigInt(days) * 86400n + BigInt((f.hour ?? 0) * 3600 + (f.minute ?? 0) * 60 + (f.second ?? 0));
  let offset: number;
  if (typeof zone === 'object') {
    offset = zone.offsetSeconds;
  } else {
    // Guess with the offset at the local instant read as UTC, then correct once.
    offset = zoneOffset(zone, Number(localSeconds)).offset;
    offset = zoneOffset(zone, Number(localSeconds) - offset).offset;
  }
  return (localSeconds - BigInt(offset)) * NS_PER_SECOND + BigInt(f.nanosecond ?? 0);
}

export function inNsRange(ns: bigint): boolean {
  return ns >= MIN_NS && ns <= MAX_NS;
}
