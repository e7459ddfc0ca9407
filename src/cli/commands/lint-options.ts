import type { Command } from 'commander';
import type { CliSettings } from '../../config/settings.js';
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


/** The flags `lint` and `assess` share that feed config resolution (CLI flag > config > profile). */
export interface SharedLintFlags {
  config?: string;
  profile?: string;
  failOn?: CliSettings['failOn'];
  policies?: string[];
  waivers?: string[];
  baseline?: string;
}

/** The CLI layer of the settings precedence, from a command's parsed flags and the global `--lang`. */
export function cliSettingsFrom(options: SharedLintFlags, command: Command): CliSettings {
  const langFlag = (command.optsWithGlobals() as { lang?: string }).lang;
  return {
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    ...(options.failOn !== undefined ? { failOn: options.failOn } : {}),
    ...(options.policies ? { policies: options.policies } : {}),
    ...(options.waivers ? { waivers: options.waivers } : {}),
    ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
    ...(langFlag === 'zh' || langFlag === 'en' ? { lang: langFlag } : {}),
  };
}
