import { dirname, resolve } from 'node:path';
import type { FailOn } from '../findings/summary.js';
import type { Lang } from '../i18n/lang.js';
import { emptyConfig, findConfig, loadConfig } from './config-file.js';
import { resolveProfile } from './profile.js';
import type { Profile, ResolvedConfig } from './types.js';

/** What the command line said (undefined = not given). */
export interface CliSettings {
  config?: string;
  profile?: string;
  failOn?: FailOn;
  policies?: string[];
  waivers?: string[];
  baseline?: string;
  lang?: Lang;
}

/** Settings after precedence: CLI flag > config (with its `extends`) > profile > rule default. */
export interface LintSettings {
  config: ResolvedConfig;
  profile?: Profile;
  failOn: FailOn;
  /** Undefined when neither `--lang` nor the config chose (the environment decides). */
  lang?: Lang;
  /** Config policy folders first, then `--policies` ones (they accumulate). */
  policyDirs: string[];
  /** `--waivers` replaces the config's waivers files. */
  waiverFiles: string[];
  baselineFile?: string;
  evidenceRequests: boolean;
}

export const DEFAULT_FAIL_ON: FailOn = 'high';

/**
 * Finds and loads the config (`--config FILE`, else the nearest `.pipl-guard.yaml` walking up from
 * the first plan's folder, else none), loads the profile, and applies precedence. CLI paths are
 * relative to `cwd`; config paths to the config file naming them.
 */
export function resolveSettings(cli: CliSettings, context: { plans: string[]; cwd: string }): LintSettings {
  const configFile = cli.config !== undefined ? resolve(context.cwd, cli.config) : findConfig(startDir(context));
  const config = configFile ? loadConfig(configFile) : emptyConfig();
  const profile =
    cli.profile !== undefined
      ? resolveProfile(cli.profile, context.cwd)
      : config.profile
        ? resolveProfile(config.profile.value, config.profile.baseDir)
        : undefined;
  const lang = cli.lang ?? config.lang;
  const baselineFile = cli.baseline !== undefined ? resolve(context.cwd, cli.baseline) : config.baseline;
  return {
    config,
    ...(profile ? { profile } : {}),
    failOn: cli.failOn ?? config.fail_on ?? profile?.fail_on ?? DEFAULT_FAIL_ON,
    ...(lang ? { lang } : {}),
    policyDirs: [...config.policies, ...(cli.policies ?? []).map((p) => resolve(context.cwd, p))],
    waiverFiles: cli.waivers !== undefined && cli.waivers.length > 0 ? cli.waivers.map((w) => resolve(context.cwd, w)) : config.waivers,
    ...(baselineFile ? { baselineFile } : {}),
    evidenceRequests: profile?.evidence_requests ?? false,
  };
}

function startDir(context: { plans: string[]; cwd: string }): string {
  const first = context.plans[0];
  return first === undefined ? context.cwd : dirname(resolve(context.cwd, first));
}
