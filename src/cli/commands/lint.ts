import { Option, type Command } from 'commander';
import { t } from '../../i18n/catalog.js';
import type { CliContext } from '../context.js';
import type { RegisterCommand } from './index.js';
import { cliSettingsFrom, collect, parseNow } from './lint-options.js';
import './lint-messages.js';
import './bundle-messages.js';
import '../../config/messages.js';

const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown', 'github'] as const;
const FAIL_ON = ['critical', 'high', 'medium', 'low', 'never'] as const;

export interface LintCommandOptions {
  format: (typeof FORMATS)[number];
  failOn?: (typeof FAIL_ON)[number];
  now?: string;
  policies?: string[];
  shipped: boolean;
  output?: string[];
  config?: string;
  profile?: string;
  waivers?: string[];
  baseline?: string;
  baselineCreate?: string;
  bundle?: string;
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
    .addOption(new Option('--fail-on <severity>', t('cli.lint.opt_fail_on', ctx.lang)).choices(FAIL_ON))
    .option('-o, --output <format:file>', t('config.opt_output', ctx.lang), collect)
    .option('--now <date>', t('cli.lint.opt_now', ctx.lang))
    .option('--profile <name>', t('config.opt_profile', ctx.lang))
    .option('--config <file>', t('config.opt_config', ctx.lang))
    .option('--policies <dir>', t('cli.lint.opt_policies', ctx.lang), collect)
    .option('--no-shipped', t('cli.lint.opt_no_shipped', ctx.lang))
    .option('--waivers <file>', t('config.opt_waivers', ctx.lang), collect)
    .option('--baseline <file>', t('config.opt_baseline', ctx.lang))
    .option('--baseline-create <file>', t('config.opt_baseline_create', ctx.lang))
    .option('--bundle <file>', t('cli.lint.opt_bundle', ctx.lang))
    .action(async (plans: string[], options: LintCommandOptions, command: Command) => {
      const now = options.now === undefined ? undefined : parseNow(options.now);
      const [{ runLint }, { formatterFor, LINT_FORMATS, LINT_FORMAT_NAMES }, { failingFindings }, { prepareLint, writeBaselineFile }, { parseOutputSpecs, writeOutputs }, { loadRuleset }] =
        await Promise.all([
          import('../../lint/run.js'),
          import('../../reports/formats/index.js'),
          import('../../findings/summary.js'),
          import('../../config/prepare-lint.js'),
          import('../../reports/write-outputs.js'),
          import('../../rules/ruleset.js'),
        ]);
      // Config, profile, waivers and baseline: CLI flag > config > profile > rule default.
      const outputs = parseOutputSpecs(options.output ?? [], LINT_FORMAT_NAMES, ctx.cwd);
      const files = [...new Set(plans)];
      const prepared = await prepareLint(
        cliSettingsFrom(options, command),
        {
          plans: files,
          cwd: ctx.cwd,
          ...(options.baselineCreate !== undefined ? { baselineCreate: options.baselineCreate } : {}),
          loadRules: async (policyDirs) => {
            const rulesetOptions = { policyDirs, includeShipped: options.shipped, cwd: ctx.cwd };
            if (options.bundle === undefined) return loadRuleset(rulesetOptions);
            const { loadBundleRuleset } = await import('../../rules/bundle/load-bundle-ruleset.js');
            return loadBundleRuleset(options.bundle, rulesetOptions);
          },
        },
      );
      const lang = prepared.settings.lang ?? ctx.lang;
      const run = prepared.finish(await runLint({ plans: files, ...(now ? { now } : {}), cwd: ctx.cwd, ...prepared.lintOptions }));
      if (options.baselineCreate !== undefined) {
        const count = writeBaselineFile(run, options.baselineCreate, {
          cwd: ctx.cwd,
          ...(prepared.settings.baselineFile ? { previous: prepared.settings.baselineFile } : {}),
        });
        ctx.stderr(`${t('config.baseline_written', lang, { count, file: options.baselineCreate })}\n`);
        setExit(0);
        return;
      }
      writeOutputs(run, outputs, LINT_FORMATS, { lang, color: false, cwd: ctx.cwd });
      if (outputs.length === 0 || command.getOptionValueSource('format') === 'cli') {
        const color = options.format === 'text' && ctx.isTTY && !ctx.env.NO_COLOR;
        ctx.stdout(formatterFor(options.format)(run, { lang, color }));
      }
      setExit(failingFindings(run.findings, run.fail_on).length > 0 ? 1 : 0);
    });
};
