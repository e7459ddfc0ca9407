import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { UserError } from '../../errors/user-error.js';
import { t } from '../../i18n/catalog.js';
import type { CliContext } from '../context.js';
import type { RegisterCommand } from './index.js';
import { DEFAULT_HISTORY_DB } from './history.js';
import { cliSettingsFrom, collect, parseNow } from './lint-options.js';
import './assess-messages.js';
import './history-messages.js';

const FORMATS = ['html', 'markdown', 'json'] as const;
const FAIL_ON = ['critical', 'high', 'medium', 'low', 'never'] as const;

interface AssessCommandOptions {
  format: (typeof FORMATS)[number];
  output?: string[];
  failOn?: (typeof FAIL_ON)[number];
  now?: string;
  policies?: string[];
  shipped: boolean;
  profile?: string;
  config?: string;
  waivers?: string[];
  baseline?: string;
  turnoverCny?: string;
  riskMatrix?: string;
  record?: boolean;
  db?: string;
}

/** `--turnover-cny`: a whole number of yuan; `_` and `,` may group digits. */
export function parseTurnover(value: string): number {
  const digits = value.replace(/[_,]/g, '');
  if (!/^\d+$/.test(digits) || !Number.isSafeInteger(Number(digits))) throw new UserError('cli.assess.bad_turnover', { value });
  return Number(digits);
}

/**
 * `pipl-guard assess <plan>...`: the lint pipeline, then the risk-assessment report on standard
 * output (`--format`) and/or in files (`-o format:file`, repeatable, written atomically). The exit
 * code follows `--fail-on` exactly as `lint` does. Heavy modules load only when the command runs.
 */
export const registerAssess: RegisterCommand = (program: Command, ctx: CliContext, setExit) => {
  program
    .command('assess')
    .description(t('cli.assess.description', ctx.lang))
    .argument('<plan...>', t('cli.assess.arg_plan', ctx.lang))
    .addOption(new Option('--format <format>', t('cli.assess.opt_format', ctx.lang)).choices(FORMATS).default('html'))
    .option('-o, --output <format:file>', t('cli.assess.opt_output', ctx.lang), collect)
    .addOption(new Option('--fail-on <severity>', t('cli.assess.opt_fail_on', ctx.lang)).choices(FAIL_ON))
    .option('--now <date>', t('cli.assess.opt_now', ctx.lang))
    .option('--profile <name>', t('cli.assess.opt_profile', ctx.lang))
    .option('--config <file>', t('cli.assess.opt_config', ctx.lang))
    .option('--policies <dir>', t('cli.assess.opt_policies', ctx.lang), collect)
    .option('--no-shipped', t('cli.assess.opt_no_shipped', ctx.lang))
    .option('--waivers <file>', t('cli.assess.opt_waivers', ctx.lang), collect)
    .option('--baseline <file>', t('cli.assess.opt_baseline', ctx.lang))
    .option('--turnover-cny <n>', t('cli.assess.opt_turnover', ctx.lang))
    .option('--risk-matrix <file>', t('cli.assess.opt_matrix', ctx.lang))
    .option('--record', t('cli.assess.opt_record', ctx.lang))
    .option('--db <file>', t('cli.history.opt_db', ctx.lang))
    .action(async (plans: string[], options: AssessCommandOptions, command: Command) => {
      const [{ runAssessment }, { parseOutputTargets }, { renderAssessment }, { loadMatrixFile }, { failingFindings }, { writeFileAtomic }, { prepareLint }, { loadRuleset }] =
        await Promise.all([
          import('../../reports/assess/run.js'),
          import('../../reports/assess/output-targets.js'),
          import('../../reports/assess/render.js'),
          import('../../risk/matrix-file.js'),
          import('../../findings/summary.js'),
          import('../../fs/write-atomic.js'),
          import('../../config/prepare-lint.js'),
          import('../../rules/ruleset.js'),
        ]);
      if (options.now !== undefined) parseNow(options.now);
      if (options.db !== undefined && !options.record) throw new UserError('cli.assess.db_without_record', { file: options.db });
      const turnover = options.turnoverCny === undefined ? undefined : parseTurnover(options.turnoverCny);
      const targets = parseOutputTargets(options.output ?? []);
      const matrix = options.riskMatrix === undefined ? undefined : loadMatrixFile(resolve(ctx.cwd, options.riskMatrix), options.riskMatrix);
      const files = [...new Set(plans)];
      const prepared = await prepareLint(
        cliSettingsFrom(options, command),
        { plans: files, cwd: ctx.cwd, loadRules: (policyDirs) => loadRuleset({ policyDirs, includeShipped: options.shipped, cwd: ctx.cwd }) },
      );
      const lang = prepared.settings.lang ?? ctx.lang;
      const { run, report } = await runAssessment({
        lint: { plans: files, ...(options.now !== undefined ? { now: options.now } : {}), cwd: ctx.cwd, ...prepared.lintOptions },
        finish: prepared.finish,
        lang,
        ...(matrix ? { matrix } : {}),
        ...(turnover === undefined ? {} : { turnoverCny: turnover }),
      });
      if (options.record) {
        // The trend compares with the last recorded assessment, then this one is recorded.
        const [{ openHistory, recordAssessment }, { trendAgainstLatest }] = await Promise.all([import('../../history/store.js'), import('../../history/trend.js')]);
        const dbFile = options.db ?? DEFAULT_HISTORY_DB;
        const db = openHistory(resolve(ctx.cwd, dbFile), { create: true });
        try {
          report.trend = trendAgainstLatest(db, report);
          const seq = recordAssessment(db, report);
          ctx.stderr(`${t('cli.assess.recorded', lang, { seq, file: dbFile })}\n`);
        } finally {
          db.close();
        }
      }
      for (const target of targets) {
        writeFileAtomic(resolve(ctx.cwd, target.file), renderAssessment(target.format, report));
        ctx.stderr(`${t('cli.assess.wrote', lang, { format: target.format, file: target.file })}\n`);
      }
      const formatGiven = command.getOptionValueSource('format') === 'cli';
      if (targets.length === 0 || formatGiven) ctx.stdout(renderAssessment(options.format, report));
      setExit(failingFindings(run.findings, run.fail_on).length > 0 ? 1 : 0);
    });
};
