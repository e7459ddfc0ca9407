import { Option, type Command } from 'commander';
import { t } from '../../i18n/catalog.js';
import type { CliContext } from '../context.js';
import type { RegisterCommand } from './index.js';
import { collect, parseNow } from './lint-options.js';
import './lint-messages.js';

const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown', 'github'] as const;
const FAIL_ON = ['critical', 'high', 'medium', 'low', 'never'] as const;

export interface LintCommandOptions {
  format: (typeof FORMATS)[number];
  failOn: (typeof FAIL_ON)[number];
  now?: string;
  policies?: string[];
  shipped: boolean;
}

/**
 * `pipl-guard lint <plan>...`: the gate. Runs the shared pipeline (`runLint`), prints one report
 * and sets the exit code: 1 when an open finding is at or above `--fail-on`, 2 for bad input.
 * The engine, ajv and the formats are imported only when the command runs (fast CLI start).
 */
export const registerLint: RegisterCommand = (program: Command, ctx: CliContext, setExit) => {
  program
    .command('lint')
    .description(t('cli.lint.description', ctx.lang))
    .argument('<plan...>', t('cli.lint.arg_plan', ctx.lang))
    .addOption(new Option('--format <format>', t('cli.lint.opt_format', ctx.lang)).choices(FORMATS).default('text'))
    .addOption(new Option('--fail-on <severity>', t('cli.lint.opt_fail_on', ctx.lang)).choices(FAIL_ON).default('high'))
    .option('--now <date>', t('cli.lint.opt_now', ctx.lang))
    .option('--policies <dir>', t('cli.lint.opt_policies', ctx.lang), collect)
    .option('--no-shipped', t('cli.lint.opt_no_shipped', ctx.lang))
    .action(async (plans: string[], options: LintCommandOptions) => {
      const now = options.now === undefined ? undefined : parseNow(options.now);
      const [{ runLint }, { formatterFor }, { failingFindings }] = await Promise.all([
        import('../../lint/run.js'),
        import('../../reports/formats/index.js'),
        import('../../findings/summary.js'),
      ]);
      const run = await runLint({
        plans: [...new Set(plans)],
        ...(options.policies ? { policyDirs: options.policies } : {}),
        includeShipped: options.shipped,
        ...(now ? { now } : {}),
        failOn: options.failOn,
        cwd: ctx.cwd,
      });
      const color = options.format === 'text' && ctx.isTTY && !ctx.env.NO_COLOR;
      ctx.stdout(formatterFor(options.format)(run, { lang: ctx.lang, color }));
      setExit(failingFindings(run.findings, run.fail_on).length > 0 ? 1 : 0);
    });
};
