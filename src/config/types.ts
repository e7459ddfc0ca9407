import type { FailOn } from '../findings/summary.js';
import type { Severity } from '../findings/types.js';
import type { Lang } from '../i18n/lang.js';

/** Where a setting was written, for error messages. */
export interface SettingOrigin {
  file: string;
  line: number;
  column: number;
}

export type RuleSetting = 'off' | Severity;

/** A `.pipl-guard.yaml` with its `extends` chain merged; every path is absolute. */
export interface ResolvedConfig {
  /** The files read, the extended (base) one first. Empty when no config was found. */
  files: string[];
  profile?: { value: string; baseDir: string; origin: SettingOrigin };
  policies: string[];
  rules: Record<string, { setting: RuleSetting; origin: SettingOrigin }>;
  fail_on?: FailOn;
  lang?: Lang;
  waivers: string[];
  baseline?: string;
  /** Where each file path of the config was written (waivers, baseline, policies), by absolute path. */
  origins?: Record<string, SettingOrigin>;
}

/** A loaded profile (`policies/profiles/*.yaml` or a user's file). */
export interface Profile {
  name: string;
  file: string;
  description: { zh: string; en: string };
  include?: RuleSelector;
  exclude?: RuleSelector;
  severity: Record<string, { severity: Severity; origin: SettingOrigin }>;
  /** Rule ids named by `include.ids` / `exclude.ids`, with where they were written. */
  idOrigins: Array<{ id: string; origin: SettingOrigin }>;
  fail_on?: FailOn;
  evidence_requests: boolean;
}

export interface RuleSelector {
  categories?: string[];
  severities?: Severity[];
  ids?: string[];
}
