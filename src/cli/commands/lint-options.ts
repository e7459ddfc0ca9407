import { UserError } from '../../errors/user-error.js';
import { dayNumber } from '../../rules/yaml/dates.js';

/** `--now`: an ISO date or timestamp; anything else is a usage error (exit 2). */
export function parseNow(value: string): string {
  if (dayNumber(value) === undefined) throw new UserError('cli.invalid_date', { option: '--now', value });
  return value;
}

/** Commander collector for repeatable options. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

