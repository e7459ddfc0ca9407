import { defineMessages } from '../../i18n/catalog.js';

export const assessCommandMessages = defineMessages({
  'cli.assess.description': {
    zh: '运行检查并生成风险评估报告（HTML、Markdown 或 JSON）：风险矩阵、执行结论、处罚敞口估算和整改计划',
    en: 'run the checks and write the risk-assessment report (HTML, Markdown or JSON): risk matrix, go / no-go, penalty exposure estimate and remediation plan',
  },
  'cli.assess.arg_plan': { zh: '计划文件（YAML 或 JSON），可多个', en: 'plan files (YAML or JSON), one or more' },
  'cli.assess.opt_format': { zh: '标准输出的报告格式', en: 'report format on standard output' },
  'cli.assess.opt_output': {
    zh: '另写一份报告到文件，格式为 <格式>:<文件>，可重复（原子写入）',
    en: 'also write a report to a file as <format>:<file>, repeatable (atomic writes)',
  },
  'cli.assess.opt_turnover': {
    zh: '上一年度营业额（元），用于个人信息保护法第 66 条“营业额 5%”解读；优先于方案中的 entity.prior_year_turnover_cny',
    en: 'prior-year turnover in CNY for PIPL Art. 66\'s 5%-of-turnover reading; overrides the plan\'s entity.prior_year_turnover_cny',
  },
  'cli.assess.opt_matrix': { zh: '自定义风险矩阵 YAML 文件（见 policies/risk/risk-matrix.yaml）', en: 'a custom risk matrix YAML file (see policies/risk/risk-matrix.yaml)' },
  'cli.assess.opt_profile': { zh: '规则配置档（liquidation、periodic、due-diligence 或文件）', en: 'rule profile (liquidation, periodic, due-diligence, or a file)' },
  'cli.assess.opt_config': { zh: '配置文件（默认从方案所在目录向上查找 .pipl-guard.yaml）', en: 'config file (default: the nearest .pipl-guard.yaml above the plan)' },
  'cli.assess.opt_waivers': { zh: '豁免文件（可重复；替代配置中的豁免文件）', en: 'waivers file (repeatable; replaces the config\'s waivers files)' },
  'cli.assess.opt_baseline': { zh: '基线文件', en: 'baseline file' },
  'cli.assess.opt_fail_on': {
    zh: '存在该级别或更高级别的未解决问题时以退出码 1 结束（默认取配置、配置档，否则 high）',
    en: 'exit with code 1 when open findings of this severity or worse exist (default: config, profile, else high)',
  },
  'cli.assess.opt_now': { zh: '固定的评估日期（ISO 日期），也是报告日期', en: 'a fixed evaluation date (ISO date), also the report date' },
  'cli.assess.opt_policies': { zh: '额外的策略目录（可重复）', en: 'an extra policy folder (repeatable)' },
  'cli.assess.opt_no_shipped': { zh: '不加载内置的 policies/ 规则包', en: 'do not load the shipped policies/ pack' },
  'cli.assess.bad_turnover': {
    zh: '--turnover-cny 需要一个非负整数（元），实际是 {value}',
    en: '--turnover-cny needs a non-negative whole number of yuan, got {value}',
  },
  'cli.assess.wrote': { zh: '已写入 {format} 报告：{file}', en: 'wrote the {format} report: {file}' },
});
