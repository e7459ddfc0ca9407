import { relative } from 'node:path';
import { Option, type Command } from 'commander';
import { UserError } from '../../errors/user-error.js';
import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import { cite } from '../../reports/formats/citation.js';
import type { RuleEvaluator } from '../../rules/types.js';
import type { CliContext } from '../context.js';
import type { RegisterCommand } from './index.js';
import { collect } from './lint-options.js';
import '../../reports/formats/format-messages.js';
import './rules-messages.js';

interface RulesOptions {
  format: 'text' | 'json';
  policies?: string[];
  shipped: boolean;
}

/** `pipl-guard rules [list|show <RULE-ID>]`: the catalogue in the chosen language. */
export const registerRules: RegisterCommand = (program: Command, ctx: CliContext) => {
  const rules = program.command('rules').description(t('cli.rules.description', ctx.lang));
  const common = (command: Command) =>
    command
      .option('--policies <dir>', t('cli.lint.opt_policies', ctx.lang), collect)
      .option('--no-shipped', t('cli.lint.opt_no_shipped', ctx.lang));
  common(rules.command('list', { isDefault: true }).description(t('cli.rules.list_description', ctx.lang)))
    .addOption(new Option('--format <format>', t('cli.rules.opt_format', ctx.lang)).choices(['text', 'json']).default('text'))
    .action(async (options: RulesOptions) => {
      const all = await load(options, ctx);
      ctx.stdout(options.format === 'json' ? listJson(all, ctx.lang) : listText(all, ctx.lang));
    });
  common(rules.command('show').description(t('cli.rules.show_description', ctx.lang)).argument('<id>', t('cli.rules.arg_id', ctx.lang))).action(
    async (id: string, options: RulesOptions) => {
      const all = await load(options, ctx);
      const rule = all.find((r) => r.meta.id === id.trim().toUpperCase());
      if (!rule) throw new UserError('rules.unknown_rule', { id });
      ctx.stdout(showText(rule, ctx));
    },
  );
};

async function load(options: RulesOptions, ctx: CliContext): Promise<RuleEvaluator[]> {
  const { loadRuleset } = await import('../../rules/ruleset.js');
  const ruleset = await loadRuleset({ ...(options.policies ? { policyDirs: options.policies } : {}), includeShipped: options.shipped, cwd: ctx.cwd });
  return ruleset.rules;
}

function listJson(rules: RuleEvaluator[], lang: Lang): string {
  const entries = rules.map((rule) => ({
    id: rule.meta.id,
    title: rule.meta.title[lang],
    category: rule.meta.category,
    severity: rule.meta.severity,
    legal_basis: rule.meta.legal_basis.map((b) => ({ instrument: b.instrument, article: b.article, verification: b.verification })),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

function listText(rules: RuleEvaluator[], lang: Lang): string {
  const rows = rules.map((rule) => [rule.meta.id, t(`formats.severity.${rule.meta.severity}`, lang), rule.meta.category, rule.meta.title[lang]]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => width(row[i]!)), 0));
  const lines = rows.map((row) => row.map((cell, i) => (i < 3 ? cell + ' '.repeat(widths[i]! - width(cell)) : cell)).join('  '));
  lines.push('', t('cli.rules.count', lang, { count: rules.length }));
  return `${lines.join('\n')}\n`;
}

function showText(rule: RuleEvaluator, ctx: CliContext): string {
  const lang = ctx.lang;
  const meta = rule.meta;
  const label = (key: string) => t(`cli.rules.field.${key}`, lang);
  const explanation = rule.explain?.();
  const out = [`${meta.id}  ${meta.title[lang]}`, ''];
  out.push(`${label('severity')}: ${t(`formats.severity.${meta.severity}`, lang)}`);
  out.push(`${label('category')}: ${meta.category}`);
  out.push(`${label('engine')}: ${meta.engine}`);
  out.push('', `${label('description')}:`, `  ${meta.description[lang]}`);
  out.push('', `${label('legal_basis')}:`);
  for (const basis of meta.legal_basis) {
    out.push(`  - ${cite(basis, lang)} ${t(`formats.verification.${basis.verification}`, lang)}`);
    if (basis.verification === 'U' || basis.verification === 'I') out.push(`    ${t(`cli.rules.note_${basis.verification}`, lang)}`);
  }
  out.push('', `${label('remediation')}:`, `  ${meta.remediation[lang]}`);
  if (explanation) {
    out.push('', `${label('applies_when')}: ${explanation.applies_when?.[lang] ?? t('cli.rules.always', lang)}`);
    out.push(`${label('checks')}: ${explanation.checks[lang]}`);
  }
  if (meta.references.length > 0) out.push('', `${label('references')}:`, ...meta.references.map((r) => `  - ${r}`));
  if (meta.tags.length > 0) out.push(`${label('tags')}: ${meta.tags.join(', ')}`);
  out.push('', `${label('source')}: ${relative(ctx.cwd, meta.source.file) || meta.source.file}:${meta.source.line}`);
  return `${out.join('\n')}\n`;
}

function width(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return n;
}
