import type { Waiver, WaiverStanding } from './types.js';

/**
 * THE one place that decides whether a waiver is in force: on `today` (YYYY-MM-DD, from `--now` or
 * the clock) a waiver applies up to and including its `expires_on` day, and is expired from the day
 * after. Every report, notice and count asks this function; nothing else compares expiry dates.
 */
export function waiverStanding(waiver: Pick<Waiver, 'expires_on'>, today: string): WaiverStanding {
  return waiver.expires_on < today ? 'expired' : 'in_force';
}
