import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../errors/user-error.js';
import { t } from '../../i18n/catalog.js';
import { writeFileAtomic } from '../../fs/write-atomic.js';
import { defaultPlanSchemaFile } from '../../plan/plan-schema.js';
import { closestMatch } from '../../plan/suggest.js';
import { eventTypes, planTemplate } from '../../plan/templates/template.js';
import type { CliContext } from '../context.js';
import type { RegisterCommand } from './index.js';
import './init-messages.js';

/** The event a template is for when `--event` is not given. */
export const DEFAULT_EVENT = 'dissolution_liquidation';

interface InitOptions {
  event?: string;
  output?: string;
  force?: boolean;
  schemaRef?: string;
}

/** `pipl-guard init [--event <type>] [--lang zh|en] [-o FILE] [--force]`: a commented, valid plan template. */
export const registerInit: RegisterCommand = (program: Command, ctx: CliContext) => {
  const choices = eventTypes();
  program
    .command('init')
    .description(t('cli.init.description', ctx.lang))
    .option('--event <type>', t('cli.init.opt_event', ctx.lang, { choices: choices.join(', '), default: DEFAULT_EVENT }))
    .option('-o, --output <file>', t('cli.init.opt_output', ctx.lang))
    .option('--force', t('cli.init.opt_force', ctx.lang))
    .option('--schema-ref <ref>', t('cli.init.opt_schema_ref', ctx.lang))
    .action((options: InitOptions) => {
      const event = options.event ?? DEFAULT_EVENT;
      if (!choices.includes(event)) throw unknownEvent(event, choices);
      const target = options.output === undefined ? undefined : resolve(ctx.cwd, options.output);
      if (target !== undefined) refuseToClobber(target, options.output!, Boolean(options.force));
      const text = planTemplate({
        event,
        lang: ctx.lang,
        schemaRef: options.schemaRef ?? schemaRefFrom(target === undefined ? ctx.cwd : dirname(target)),
        fileName: options.output ?? 'plan.yaml',
      });
      if (target === undefined) {
        ctx.stdout(text);
        return;
      }
      writeFileAtomic(target, text);
      ctx.stderr(`${t('cli.init.written', ctx.lang, { file: options.output, event })}\n`);
    });
};

function unknownEvent(event: string, choices: string[]): UserError {
  const suggestion = closestMatch(event, choices);
  const list = choices.join(', ');
  return suggestion === undefined
    ? new UserError('cli.init.unknown_event', { event, choices: list })
    : new UserError('cli.init.unknown_event_suggest', { event, suggestion, choices: list });
}

function refuseToClobber(target: string, shown: string, force: boolean): void {
  if (!existsSync(target)) return;
  if (statSync(target).isDirectory()) throw new UserError('cli.init.is_directory', { file: shown }, { file: shown });
  if (!force) throw new UserError('cli.init.exists', { file: shown }, { file: shown });
}

/** The bundled schema's path as seen from `fromDir`, with forward slashes as editors expect. */
function schemaRefFrom(fromDir: string): string {
  const schema = defaultPlanSchemaFile();
  const rel = relative(fromDir, schema);
  const path = rel === '' ? join('.', schema) : rel;
  return path.split(sep).join('/');
}
