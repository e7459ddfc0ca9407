import { defineMessages } from '../../i18n/catalog.js';

export const lintCommandMessages = defineMessages({
  'cli.lint.description': {
    zh: '依据规则检查数据处理方案，每个问题指向方案中的行、法律依据和整改建议',
    en: 'check handling plans against the rules; every finding points at a line of the plan, its legal basis and its remedy',
  },
  'cli.lint.arg_plan': { zh: '计划文件（YAML 或 JSON），可多个', en: 'plan files (YAML or JSON), one or more' },
  'cli.lint.opt_format': { zh: '输出格式', en: 'output format' },
  'cli.lint.opt_fail_on': {
    zh: '存在该级别或更高级别的未解决问题时以退出码 1 结束（默认 high）',
    en: 'exit with code 1 when open findings of this severity or worse exist (default high)',
  },
  'cli.lint.opt_now': { zh: '固定的评估日期（ISO 日期），用于日期比较和到期判断', en: 'a fixed evaluation date (ISO date) for date comparisons and expiry' },
  'cli.lint.opt_policies': { zh: '额外的策略目录（可重复）', en: 'an extra policy folder (repeatable)' },
  'cli.lint.opt_no_shipped': { zh: '不加载内置的 policies/ 规则包', en: 'do not load the shipped policies/ pack' },
});
