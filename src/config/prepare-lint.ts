import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createBaseline, serializeBaseline } from '../baseline/create.js';
import { loadBaseline } from '../baseline/load.js';
import { baselineTransform } from '../baseline/transform.js';
import type { Baseline } from '../baseline/types.js';
import { deriveEvidenceRequests } from '../evidence/requests.js';
import { UserError } from '../errors/user-error.js';
import { writeFileAtomic } from '../fs/write-atomic.js';
import { t } from '../i18n/catalog.js';
import type { FindingsTransform, LintOptions } from '../lint/run.js';
import type { LintRun } from '../reports/model.js';
import type { Ruleset } from '../rules/ruleset.js';
import { loadWaivers } from '../waivers/load.js';
import { waiverTransform } from '../waivers/transform.js';
import { selectRules } from './rule-selection.js';
import { resolveSettings, type CliSettings, type LintSettings } from './settings.js';
import './messages.js';

export interface PrepareOptions {
  plans: string[];
  cwd: string;
  /** `--baseline-create <file>`: record the open findings instead of comparing with a baseline. */
  baselineCreate?: string;
  /** Loads the rules from the resolved policy folders (injected so tests can use in-memory rules). */
  loadRules: (policyDirs: string[]) => Promise<Ruleset>;
}

/** Everything the lint command needs from config, profile, waivers and baseline. */
export interface PreparedLint {
  settings: LintSettings;
  /** Options to spread into `runLint`. */
  lintOptions: Pick<LintOptions, 'ruleset' | 'onlyRules' | 'ruleSettings' | 'failOn' | 'transforms'>;
  /** Adds what runLint does not know: the baseline marker and the evidence requests. */
  finish(run: LintRun): LintRun;
}

/**
 * Resolves settings (CLI > config > profile > default), loads the rules, waivers and baseline, and
 * returns the `runLint` options plus a finishing step. Every mistake is a located UserError.
 */
export async function prepareLint(cli: CliSettings, options: PrepareOptions): Promise<PreparedLint> {
  const settings = resolveSettings(cli, { plans: options.plans, cwd: options.cwd });
  const ruleset = await options.loadRules(settings.policyDirs);
  const selection = selectRules(
    ruleset.rules.map((r) => r.meta),
    settings.profile,
    settings.config,
  );
  for (const file of [...settings.waiverFiles, ...(settings.baselineFile && options.baselineCreate === undefined ? [settings.baselineFile] : [])]) {
    checkNamedFileExists(file, settings);
  }
  const waivers = settings.waiverFiles.flatMap((file) => loadWaivers(file));
  // When creating a baseline, a configured one is only read (to keep first_seen dates), never applied.
  const baseline = loadBaselineIfWanted(settings.baselineFile, options.baselineCreate !== undefined);
  const transforms: FindingsTransform[] = [];
  if (waivers.length > 0) transforms.push(waiverTransform(waivers, options.cwd));
  const applied = baseline && options.baselineCreate === undefined ? baseline : undefined;
  if (applied) transforms.push(baselineTransform(applied, options.cwd));

  return {
    settings,
    lintOptions: {
      ruleset,
      ...(selection.onlyRules ? { onlyRules: selection.onlyRules } : {}),
      ruleSettings: selection.ruleSettings,
      failOn: settings.failOn,
      transforms,
    },
    finish(run) {
      return {
        ...run,
        ...(applied ? { baseline: { file: applied.file } } : {}),
        ...(settings.evidenceRequests ? { evidence_requests: deriveEvidenceRequests(run.findings) } : {}),
      };
    },
  };
}

/** A waivers or baseline file named in the config that does not exist is reported at the config line naming it. */
function checkNamedFileExists(file: string, settings: LintSettings): void {
  const origin = settings.config.origins?.[file];
  if (!origin || existsSync(file)) return;
  const kind = settings.waiverFiles.includes(file) ? 'waivers' : 'baseline';
  throw new UserError(
    'config.schema_problem',
    {
      detail_zh: t('config.named_file_missing', 'zh', { kind: t(`config.kind.${kind}`, 'zh'), file }),
      detail_en: t('config.named_file_missing', 'en', { kind: t(`config.kind.${kind}`, 'en'), file }),
    },
    { file: origin.file, line: origin.line, column: origin.column },
  );
}

function loadBaselineIfWanted(file: string | undefined, creating: boolean): Baseline | undefined {
  if (file === undefined) return undefined;
  if (creating && !existsSync(file)) return undefined;
  return loadBaseline(file);
}

/**
 * `--baseline-create`: writes the run's open (and already baselined) findings atomically, sorted,
 * with `first_seen` = `--now` for new entries and the previous date for entries already known.
 */
export function writeBaselineFile(run: LintRun, file: string, options: { cwd: string; previous?: string }): number {
  const previous = options.previous !== undefined && existsSync(options.previous) ? loadBaseline(options.previous) : undefined;
  const baseline = createBaseline(run.findings, {
    baselineDir: dirname(resolve(options.cwd, file)),
    cwd: options.cwd,
    ...(run.now ? { today: run.now.slice(0, 10) } : {}),
    ...(previous ? { previous } : {}),
  });
  writeFileAtomic(resolve(options.cwd, file), serializeBaseline(baseline));
  return baseline.entries.length;
}
