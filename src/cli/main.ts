import { Command, CommanderError } from 'commander';
import { UserError, UserErrors, formatUserError } from '../errors/user-error.js';
import { t } from '../i18n/catalog.js';
import { resolveLang } from '../i18n/lang.js';
import type { CliContext } from './context.js';
import { commandRegistrations } from './commands/index.js';
import { toolVersion } from './version.js';
import './messages.js';

export class ExitSignal {
  constructor(readonly code: number) {}
}

/** Runs the CLI and resolves to the exit code; never throws for a user's mistake. */
export async function main(argv: string[], overrides: Partial<CliContext> = {}): Promise<number> {
  const langFlag = findFlagValue(argv, '--lang');
  const ctx: CliContext = {
    lang: resolveLang(langFlag, overrides.env ?? process.env),
    debug: argv.includes('--debug'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
    ...overrides,
  };
  let exitCode = 0;
  const program = new Command('pipl-guard');
  program
    .description(t('cli.description', ctx.lang))
    .version(toolVersion(), '-V, --version', t('cli.opt_version', ctx.lang))
    .helpOption('-h, --help', t('cli.opt_help', ctx.lang))
    .option('--lang <lang>', t('cli.opt_lang', ctx.lang))
    .option('--debug', t('cli.opt_debug', ctx.lang))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout(s),
      writeErr: () => undefined,
    });
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  for (const register of commandRegistrations) register(program, ctx, setExit);

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return reportError(error, ctx);
  }
}

function reportError(error: unknown, ctx: CliContext): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    const usage = usageError(error);
    ctx.stderr(`${formatUserError(usage, ctx.lang)}\n`);
    return 2;
  }
  if (error instanceof UserError) {
    ctx.stderr(`${formatUserError(error, ctx.lang)}\n`);
    if (ctx.debug && error.stack) ctx.stderr(`${error.stack}\n`);
    return 2;
  }
  if (error instanceof UserErrors) {
    for (const e of error.errors) ctx.stderr(`${formatUserError(e, ctx.lang)}\n`);
    return 2;
  }
  if (error instanceof ExitSignal) return error.code;
  const internal = new UserError('cli.internal_error', { detail: error instanceof Error ? error.message : String(error) });
  ctx.stderr(`${formatUserError(internal, ctx.lang)}\n`);
  if (ctx.debug && error instanceof Error && error.stack) ctx.stderr(`${error.stack}\n`);
  return 3;
}

function usageError(error: CommanderError): UserError {
  const text = error.message.replace(/^error: /, '');
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? text;
  switch (error.code) {
    case 'commander.unknownOption':
      return new UserError('cli.unknown_option', { option: quoted });
    case 'commander.unknownCommand':
      return new UserError('cli.unknown_command', { command: quoted });
    case 'commander.missingArgument':
      return new UserError('cli.missing_argument', { argument: quoted });
    case 'commander.optionMissingArgument':
      return new UserError('cli.option_missing_value', { option: quoted });
    case 'commander.invalidArgument': {
      const value = /argument '([^']+)'/.exec(text)?.[1] ?? quoted;
      const option = /option '([^']+)'/.exec(text)?.[1] ?? '';
      const choices = /Allowed choices are (.+)\.$/.exec(text)?.[1] ?? '';
      return new UserError('cli.invalid_choice', { option, value, choices });
    }
    case 'commander.excessArguments':
      return new UserError('cli.too_many_arguments', { detail: text });
    default:
      return new UserError('cli.usage_error', { detail: text });
  }
}

function findFlagValue(argv: string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}
