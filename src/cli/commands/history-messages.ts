import { defineMessages } from '../../i18n/catalog.js';

export const historyCommandMessages = defineMessages({
  'cli.history.description': { zh: '查看用 assess --record 记录的历次评估', en: 'past assessments recorded with assess --record' },
  'cli.history.list': { zh: '列出历次评估', en: 'list the recorded assessments' },
  'cli.history.diff': {
    zh: '比较两次评估（默认最近两次）：新增、已修复和风险变化的发现项',
    en: 'compare two assessments (default: the last two): new, fixed and changed findings',
  },
  'cli.history.arg_from': { zh: '较早的评估编号', en: 'the earlier assessment number' },
  'cli.history.arg_to': { zh: '较晚的评估编号', en: 'the later assessment number' },
  'cli.history.opt_db': { zh: '评估历史数据库（默认 .pipl-guard-history.db）', en: 'the assessment history database (default .pipl-guard-history.db)' },
  'cli.history.opt_format': { zh: '输出格式', en: 'output format' },
  'cli.assess.opt_record': { zh: '把本次评估记录到历史数据库', en: 'record this assessment in the history database' },
  'cli.assess.db_without_record': {
    zh: '--db {file} 只在与 --record 一起使用时生效；要记录本次评估请加上 --record',
    en: '--db {file} only takes effect with --record; add --record to record this assessment',
  },
  'cli.assess.recorded': { zh: '已记录为评估 #{seq}：{file}', en: 'recorded as assessment #{seq} in {file}' },
});
