import type { RiskLevel } from '../../risk/scales.js';

/** Days to remediate by residual risk, counted from the assessment date. */
export const REMEDIATION_DAYS: Record<RiskLevel, number> = { very_high: 7, high: 30, moderate: 90, low: 180, very_low: 365 };

/** `YYYY-MM-DD` of an ISO date or date-time, or undefined when it is not a real date. */
export function isoDay(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) return undefined;
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * When a finding should be fixed: the assessment date plus the level's allowance, but never after
 * the event's effective date (a plan is fixed before it is executed). Null when neither date is known.
 */
export function dueDate(level: RiskLevel, now: string | undefined, effective: string | undefined): string | null {
  const today = isoDay(now);
  const event = isoDay(effective);
  const byLevel = today ? addDays(today, REMEDIATION_DAYS[level]) : undefined;
  if (byLevel && event) return event > today! && event < byLevel ? event : byLevel;
  return byLevel ?? event ?? null;
}
