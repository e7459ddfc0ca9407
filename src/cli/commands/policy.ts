import { relative } from 'node:path';
import { Option, type Command } from 'commander';
import { UserError } from '../../errors/user-error.js';
import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import type { CliContext } from '../context.js';
import type { RegisterCommand } from './index.js';
import { parseNow } from './lint-options.js';
import './policy-messages.js';

interface PolicyTestOptions {
  now?: string;
  threshold?: string;
  format: 'text' | 'json';
  failuresOnly?: boolean;
}

/** `pipl-guard policy test|lint [DIR]...`: the Rego side of a policy folder. */
export const registerPolicy: RegisterCommand = (program: Command, ctx: CliContext, setExit) => {
  const policy = program.command('policy').description(t('cli.policy.description', ctx.lang));
  policy
    .command('test')
    .description(t('cli.policy.test.description', ctx.lang))
    .argument('[dirs...]', t('cli.policy.arg_dirs', ctx.lang))
    .option('--now <time>', t('cli.policy.opt_now', ctx.lang))
    .option('--threshold <pct>', t('cli.policy.opt_threshold', ctx.lang))
    .option('--failures-only', t('cli.policy.opt_quiet_pass', ctx.lang))
    .addOption(new Option('--format <format>', t('cli.policy.opt_format', ctx.lang)).choices(['text', 'json']).default('text'))
    .action(async (dirs: string[], options: PolicyTestOptions) => {
      const threshold = options.threshold === undefined ? undefined : parseThreshold(options.threshold);
      const nowNs = options.now === undefined ? undefined : await parseNowOption(options.now);
      const { compileWithTests, regoFilesOf, runPolicyTests } = await import('../../rules/rego/policy-tests.js');
      const files = regoFilesOf(await folders(dirs, ctx));
      const run = runPolicyTests(compileWithTests(files), nowNs === undefined ? {} : { nowNs });
      const below = threshold !== undefined && run.coverage.percent < threshold;
      if (options.format === 'json') ctx.stdout(`${JSON.stringify(toJson(run, ctx, threshold), null, 2)}\n`);
      else ctx.stdout(renderText(run, ctx, threshold, options.failuresOnly === true));
      if (run.failed > 0 || below) setExit(1);
    });
  policy
    .command('lint')
    .description(t('cli.policy.lint.description', ctx.lang))
    .argument('[dirs...]', t('cli.policy.arg_dirs', ctx.lang))
    .action(async (dirs: string[]) => {
      const { compileWithTests, regoFilesOf } = await import('../../rules/rego/policy-tests.js');
      const { rulesOfPolicy } = await import('../../rules/rego/load-rego-rules.js');
      const files = regoFilesOf(await folders(dirs, ctx));
      const rules = rulesOfPolicy(compileWithTests(files));
      ctx.stdout(`${t('cli.policy.lint_ok', ctx.lang, { files: files.length, rules: rules.length })}\n`);
    });
};

async function folders(dirs: string[], ctx: CliContext): Promise<string[]> {
  const { resolve } = await import('node:path');
  if (dirs.length > 0) return dirs.map((dir) => resolve(ctx.cwd, dir));
  const { shippedPoliciesDir } = await import('../../rules/ruleset.js');
  return [shippedPoliciesDir()];
}

function parseThreshold(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UserError('cli.policy.bad_threshold', { value });
  return n;
}

/** `--now`: an ISO date (midnight UTC) or timestamp, as nanoseconds for `time.now_ns()`. */
async function parseNowOption(value: string): Promise<bigint> {
  parseNow(value);
  const { parseNowNs } = await import('../../rego/load.js');
  const ns = parseNowNs(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (ns === undefined) throw new UserError('cli.invalid_date', { option: '--now', value });
  return ns;
}

type Run = import('../../rules/rego/policy-tests.js').PolicyTestRun;

function show(file: string, ctx: CliContext): string {
  const rel = relative(ctx.cwd, file);
  return rel.startsWith('..') ? file : rel;
}

function renderText(run: Run, ctx: CliContext, threshold: number | undefined, failuresOnly: boolean): string {
  const lang: Lang = ctx.lang;
  const out: string[] = [];
  for (const result of run.results) {
    if (result.passed && failuresOnly) continue;
    const status = t(result.passed ? 'cli.policy.pass' : 'cli.policy.fail', lang);
    out.push(`${status} ${show(result.file, ctx)}:${result.line} ${result.name}`);
    if (result.reason) out.push(`     ${result.reason[lang]}`);
  }
  if (run.results.length === 0) out.push(t('cli.policy.no_tests', lang));
  out.push('', t('cli.policy.summary', lang, { passed: run.passed, failed: run.failed }), '', t('cli.policy.coverage_title', lang));
  const names = run.coverage.files.map((f) => show(f.file, ctx));
  const width = Math.max(0, ...names.map((n) => n.length));
  run.coverage.files.forEach((file, i) => {
    const counts = `${file.covered}/${file.total}`.padStart(7);
    const pct = `${file.percent.toFixed(1)}%`.padStart(6);
    const tail = file.uncovered.length > 0 ? `  ${t('cli.policy.coverage_uncovered', lang, { lines: compressRanges(file.uncovered) })}` : '';
    out.push(`  ${names[i]!.padEnd(width)}  ${counts}  ${pct}${tail}`);
  });
  out.push(t('cli.policy.coverage_total', lang, { covered: run.coverage.covered, total: run.coverage.total, percent: run.coverage.percent.toFixed(1) }));
  if (threshold !== undefined && run.coverage.percent < threshold) {
    out.push(t('cli.policy.below_threshold', lang, { percent: run.coverage.percent.toFixed(1), threshold }));
  }
  return `${out.join('\n')}\n`;
}

/** `3, 5-7, 12` */
export function compressRanges(lines: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    parts.push(j > i ? `${lines[i]}-${lines[j]}` : `${lines[i]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

function toJson(run: Run, ctx: CliContext, threshold: number | undefined): unknown {
  return {
    tests: run.results.map((r) => ({
      name: r.name,
      file: show(r.file, ctx),
      line: r.line,
      passed: r.passed,
      ...(r.reason ? { reason: r.reason[ctx.lang] } : {}),
    })),
    passed: run.passed,
    failed: run.failed,
    coverage: {
      files: run.coverage.files.map((f) => ({ ...f, file: show(f.file, ctx) })),
      covered: run.coverage.covered,
      total: run.coverage.total,
      percent: run.coverage.percent,
      ...(threshold === undefined ? {} : { threshold, below_threshold: run.coverage.percent < threshold }),
    },
  };
}
