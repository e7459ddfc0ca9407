const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MS = 86_400_000;

/**
 * The calendar day of an ISO date or timestamp as a day number (days since 1970-01-01), using the
 * date as written (a timestamp's own date, not converted to UTC). Undefined when not a real date.
 */
export function dayNumber(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  if (match[4] !== undefined && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 60)) return undefined;
  return Math.round(time / DAY_MS);
}

export function isIsoDate(value: unknown): boolean {
  return dayNumber(value) !== undefined;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Today's UTC date, `YYYY-MM-DD` (used only when no `--now` is given). */
export function todayUtc(clock: () => number = Date.now): string {
  return new Date(clock()).toISOString().slice(0, 10);
}
