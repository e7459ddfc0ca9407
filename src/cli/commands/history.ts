import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { t } from '../../i18n/catalog.js';
import type { CliContext } from '../context.js';
import type { RegisterCommand } from './index.js';
import './history-messages.js';

/** Where `assess --record` and `history` keep assessments unless `--db` says otherwise. */
export const DEFAULT_HISTORY_DB = '.pipl-guard-history.db';

const FORMATS = ['text', 'json'] as const;

/** `pipl-guard history list|diff`: the trend over assessments recorded with `assess --record`. */
export const registerHistory: RegisterCommand = (program: Command, ctx: CliContext) => {
  const history = program.command('history').description(t('cli.history.description', ctx.lang));
  history
    .command('list')
    .description(t('cli.history.list', ctx.lang))
    .option('--db <file>', t('cli.history.opt_db', ctx.lang), DEFAULT_HISTORY_DB)
    .addOption(new Option('--format <format>', t('cli.history.opt_format', ctx.lang)).choices(FORMATS).default('text'))
    .action(async (options: { db: string; format: (typeof FORMATS)[number] }) => {
      const [{ openHistory }, { listAssessments }, { renderHistoryList }] = await Promise.all([
        import('../../history/store.js'),
        import('../../history/query.js'),
        import('../../history/render.js'),
      ]);
      const db = openHistory(resolve(ctx.cwd, options.db), { create: false });
      try {
        const rows = listAssessments(db);
        ctx.stdout(options.format === 'json' ? `${JSON.stringify({ assessments: rows }, null, 2)}\n` : renderHistoryList(rows, ctx.lang));
      } finally {
        db.close();
      }
    });
  history
    .command('diff')
    .description(t('cli.history.diff', ctx.lang))
    .argument('[from]', t('cli.history.arg_from', ctx.lang))
    .argument('[to]', t('cli.history.arg_to', ctx.lang))
    .option('--db <file>', t('cli.history.opt_db', ctx.lang), DEFAULT_HISTORY_DB)
    .addOption(new Option('--format <format>', t('cli.history.opt_format', ctx.lang)).choices(FORMATS).default('text'))
    .action(async (from: string | undefined, to: string | undefined, options: { db: string; format: (typeof FORMATS)[number] }) => {
      const [{ openHistory }, { diffAssessments, parseSeq }, { renderHistoryDiff }] = await Promise.all([
        import('../../history/store.js'),
        import('../../history/query.js'),
        import('../../history/render.js'),
      ]);
      const fromSeq = from === undefined ? undefined : parseSeq(from);
      const toSeq = to === undefined ? undefined : parseSeq(to);
      const db = openHistory(resolve(ctx.cwd, options.db), { create: false });
      try {
        const diff = diffAssessments(db, fromSeq, toSeq);
        ctx.stdout(options.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : renderHistoryDiff(diff, ctx.lang));
      } finally {
        db.close();
      }
    });
};
