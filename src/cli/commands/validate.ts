import { Option, type Command } from 'commander';
import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import { formatDiagnostic, type PlanDiagnostic } from '../../plan/diagnostic.js';
import { DEFAULT_MAX_PLAN_BYTES } from '../../plan/load.js';
import { loadPlanSchema } from '../../plan/plan-schema.js';
import { checkPlanFile, type PlanCheck } from '../../plan/validate.js';
import type { CliContext } from '../context.js';
import { toolVersion } from '../version.js';
import { parseByteSize } from './byte-size.js';
import type { RegisterCommand } from './index.js';
import './validate-messages.js';

interface ValidateOptions {
  format: 'text' | 'json';
  maxPlanBytes?: string;
  schema?: string;
}

/** `pipl-guard validate <plan>...`: syntax, schema and references; exit 0 when all plans are valid, 2 otherwise. */
export const registerValidate: RegisterCommand = (program: Command, ctx: CliContext, setExit) => {
  program
    .command('validate')
    .description(t('cli.validate.description', ctx.lang))
    .argument('<plan...>', t('cli.validate.arg_plan', ctx.lang))
    .addOption(new Option('--format <format>', t('cli.validate.opt_format', ctx.lang)).choices(['text', 'json']).default('text'))
    .option('--max-plan-bytes <bytes>', t('cli.validate.opt_max_plan_bytes', ctx.lang, { limit: DEFAULT_MAX_PLAN_BYTES }))
    .option('--schema <file>', t('cli.validate.opt_schema', ctx.lang))
    .action((plans: string[], options: ValidateOptions) => {
      const maxBytes = options.maxPlanBytes === undefined ? undefined : parseByteSize('--max-plan-bytes', options.maxPlanBytes);
      const schema = () => loadPlanSchema(options.schema);
      const files = [...new Set(plans)];
      const checks = files.map((file) => checkPlanFile(file, { schema, ...(maxBytes === undefined ? {} : { maxBytes }) }));
      ctx.stdout(options.format === 'json' ? renderJson(checks) : renderText(checks, ctx.lang));
      if (checks.some((check) => check.diagnostics.length > 0)) setExit(2);
    });
};

function summaryParams(checks: PlanCheck[]) {
  const invalid = checks.filter((c) => c.diagnostics.length > 0).length;
  return {
    plans: checks.length,
    valid: checks.length - invalid,
    invalid,
    problems: checks.reduce((n, c) => n + c.diagnostics.length, 0),
  };
}

function renderText(checks: PlanCheck[], lang: Lang): string {
  const lines: string[] = [];
  for (const check of checks) {
    if (check.diagnostics.length === 0) lines.push(t('cli.validate.plan_valid', lang, { file: check.file }));
    for (const d of check.diagnostics) lines.push(formatDiagnostic(d, lang));
  }
  lines.push(t('cli.validate.summary', lang, summaryParams(checks)));
  return `${lines.join('\n')}\n`;
}

function renderJson(checks: PlanCheck[]): string {
  const summary = summaryParams(checks);
  const report = {
    schema_version: '1',
    tool: { name: 'pipl-guard', version: toolVersion() },
    valid: summary.invalid === 0,
    plans: checks.map((check) => ({
      file: check.file,
      sha256: check.document?.sha256 ?? null,
      valid: check.diagnostics.length === 0,
      diagnostics: check.diagnostics.map(diagnosticJson),
    })),
    summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function diagnosticJson(d: PlanDiagnostic) {
  return {
    id: d.messageId,
    severity: 'error',
    location: { file: d.file, pointer: d.pointer, line: d.line, column: d.column },
    message: { en: d.text.en, zh: d.text.zh },
    params: d.params,
  };
}
