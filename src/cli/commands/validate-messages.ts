import { defineMessages } from '../../i18n/catalog.js';

export const validateMessages = defineMessages({
  'cli.validate.description': {
    zh: '仅检查计划文件的语法、模式（schema）和标识引用，不运行规则',
    en: 'check plan files for syntax, schema and id references only (no rules run)',
  },
  'cli.validate.arg_plan': { zh: '计划文件（YAML 或 JSON），可以多个', en: 'plan files (YAML or JSON), one or more' },
  'cli.validate.opt_format': { zh: '输出格式：text 或 json', en: 'output format: text or json' },
  'cli.validate.opt_max_plan_bytes': {
    zh: '拒绝大于此字节数的计划文件（可带 K、M、G 后缀；默认 {limit}）',
    en: 'refuse plan files larger than this many bytes (K, M, G suffixes allowed; default {limit})',
  },
  'cli.validate.opt_schema': {
    zh: '使用另一个计划模式文件（供模式开发使用；默认使用内置的 schemas/plan.schema.json）',
    en: 'use another plan schema file (for schema development; default: the bundled schemas/plan.schema.json)',
  },
  'cli.validate.plan_valid': { zh: '{file}：有效', en: '{file}: valid' },
  'cli.validate.summary': {
    zh: '已检查 {plans} 个计划：{valid} 个有效，{invalid} 个无效，共 {problems} 个问题',
    en: '{plans} plan(s) checked: {valid} valid, {invalid} invalid, {problems} problem(s)',
  },
});
