import type { Command } from 'commander';
import { UserError } from '../../errors/user-error.js';
import { t } from '../../i18n/catalog.js';
import { DEFAULT_LIMITS } from '../../rego/eval/context.js';
import { compilePolicy, evaluateQuery } from '../../rego/engine.js';
import { loadDocumentFile, loadPolicyPaths, parseNowNs } from '../../rego/load.js';
import { stringifyJSON, toJSON } from '../../rego/values.js';
import type { CliContext } from '../context.js';
import type { RegisterCommand } from './index.js';
import './rego-eval-messages.js';

interface RegoEvalOptions {
  data: string[];
  input?: string;
  now?: string;
  strict?: boolean;
  timeout?: string;
  maxSteps?: string;
}

/** The `rego` command group (shared with other `rego ...` subcommands). */
export function regoCommandGroup(program: Command, ctx: CliContext): Command {
  const existing = program.commands.find((c) => c.name() === 'rego');
  if (existing) return existing;
  return program.command('rego').description(t('cli.rego.description', ctx.lang));
}

function positiveInt(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new UserError('cli.rego.eval.bad_number', { option, value });
  return Number(value);
}

/** `pipl-guard rego eval [-d path]... [-i input] [--now time] <query>`: prints `opa eval`-shaped JSON. */
export const registerRegoEval: RegisterCommand = (program: Command, ctx: CliContext) => {
  regoCommandGroup(program, ctx)
    .command('eval')
    .description(t('cli.rego.eval.description', ctx.lang))
    .argument('<query>', t('cli.rego.eval.arg_query', ctx.lang))
    .option('-d, --data <path>', t('cli.rego.eval.opt_data', ctx.lang), (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('-i, --input <file>', t('cli.rego.eval.opt_input', ctx.lang))
    .option('--now <time>', t('cli.rego.eval.opt_now', ctx.lang))
    .option('--strict', t('cli.rego.eval.opt_strict', ctx.lang))
    .option('--timeout <ms>', t('cli.rego.eval.opt_timeout', ctx.lang, { ms: DEFAULT_LIMITS.timeoutMs }))
    .option('--max-steps <n>', t('cli.rego.eval.opt_max_steps', ctx.lang, { steps: DEFAULT_LIMITS.maxSteps }))
    .action((query: string, options: RegoEvalOptions) => {
      let nowNs: bigint | undefined;
      if (options.now !== undefined) {
        nowNs = parseNowNs(options.now);
        if (nowNs === undefined) throw new UserError('rego.bad_now', { value: options.now });
      }
      const limits = {
        timeoutMs: positiveInt('--timeout', options.timeout, DEFAULT_LIMITS.timeoutMs),
        maxSteps: positiveInt('--max-steps', options.maxSteps, DEFAULT_LIMITS.maxSteps),
      };
      const loaded = loadPolicyPaths(options.data);
      const input = options.input === undefined ? undefined : loadDocumentFile(options.input);
      const policy = compilePolicy(loaded.modules);
      const rows = evaluateQuery(policy, query, {
        data: loaded.data,
        input,
        nowNs,
        strict: options.strict === true,
        limits,
        print: (line) => ctx.stderr(`${line}\n`),
      });
      const out: { result?: unknown[] } = {};
      if (rows.length > 0) {
        out.result = rows.map((row) => {
          const r: Record<string, unknown> = {
            expressions: row.expressions.map((e) => ({ value: toJSON(e.value), text: e.text, location: e.location })),
          };
          if (row.bindings.size > 0) {
            const bindings: Record<string, unknown> = {};
            for (const [k, v] of [...row.bindings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) bindings[k] = toJSON(v);
            r.bindings = bindings;
          }
          return r;
        });
      }
      ctx.stdout(`${stringifyJSON(out, 2)}\n`);
    });
};
