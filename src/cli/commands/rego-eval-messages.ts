import { defineMessages } from '../../i18n/catalog.js';

export const regoEvalMessages = defineMessages({
  'cli.rego.description': { zh: '使用内置的 Rego 引擎（无需 opa 程序）', en: 'use the embedded Rego engine (no opa binary needed)' },
  'cli.rego.eval.description': {
    zh: '对策略和数据求值 Rego 查询，按 `opa eval` 的 JSON 格式输出结果',
    en: 'evaluate a Rego query against policies and data, printing the result in the JSON shape of `opa eval`',
  },
  'cli.rego.eval.arg_query': { zh: 'Rego 查询，例如 data.pipl.deny', en: 'the Rego query, e.g. data.pipl.deny' },
  'cli.rego.eval.opt_data': { zh: '策略或数据文件/目录（.rego、.json、.yaml），可重复', en: 'a policy or data file or folder (.rego, .json, .yaml), repeatable' },
  'cli.rego.eval.opt_input': { zh: '输入文档（.json 或 .yaml）', en: 'the input document (.json or .yaml)' },
  'cli.rego.eval.opt_now': {
    zh: '固定的当前时间（RFC 3339，如 2026-01-31T00:00:00Z），供 time.now_ns 使用',
    en: 'a fixed current time (RFC 3339, e.g. 2026-01-31T00:00:00Z) for time.now_ns',
  },
  'cli.rego.eval.opt_strict': { zh: '内置函数出错时中止求值（默认视为未定义）', en: 'abort evaluation when a builtin fails (by default the expression is undefined)' },
  'cli.rego.eval.opt_timeout': { zh: '求值时间上限（毫秒，默认 {ms}）', en: 'evaluation time limit in milliseconds (default {ms})' },
  'cli.rego.eval.opt_max_steps': { zh: '求值步数上限（默认 {steps}）', en: 'evaluation step limit (default {steps})' },
  'cli.rego.eval.bad_number': { zh: '{option} 需要一个正整数，实际是 {value}', en: '{option} needs a positive whole number, got {value}' },
});
