import { defineMessages } from '../i18n/catalog.js';

export const cliMessages = defineMessages({
  'cli.description': {
    zh: 'pipl-guard：依据《个人信息保护法》等法规检查企业转让、合并、解散、注销、破产中的客户数据处理方案',
    en: 'pipl-guard: checks customer-data handling plans for Chinese corporate transfers, mergers, dissolutions, deregistrations and bankruptcies against the PIPL and related law',
  },
  'cli.unknown_option': { zh: '未知选项：{option}', en: 'unknown option: {option}' },
  'cli.unknown_command': { zh: '未知命令：{command}', en: 'unknown command: {command}' },
  'cli.missing_argument': { zh: '缺少参数：{argument}', en: 'missing argument: {argument}' },
  'cli.option_missing_value': { zh: '选项 {option} 需要一个值', en: 'option {option} needs a value' },
  'cli.invalid_choice': { zh: '{option} 的值无效：{value}（可选：{choices}）', en: 'invalid value for {option}: {value} (choose from {choices})' },
  'cli.too_many_arguments': { zh: '参数过多：{detail}', en: 'too many arguments: {detail}' },
  'cli.usage_error': { zh: '用法错误：{detail}', en: 'usage error: {detail}' },
  'cli.internal_error': {
    zh: '内部错误：{detail}（这是 pipl-guard 的缺陷，请附 --debug 输出报告）',
    en: 'internal error: {detail} (this is a pipl-guard bug; please report it with the --debug output)',
  },
  'cli.write_failed': { zh: '无法写入 {file}：{reason}', en: 'cannot write {file}: {reason}' },
  'cli.invalid_date': { zh: '{option} 需要 ISO 日期（YYYY-MM-DD 或完整时间戳），实际是 {value}', en: '{option} needs an ISO date (YYYY-MM-DD or a full timestamp), got {value}' },
  'cli.invalid_number': { zh: '{option} 需要一个非负数，实际是 {value}', en: '{option} needs a non-negative number, got {value}' },
  'cli.opt_lang': { zh: '输出语言：zh 或 en（默认依据 LANG）', en: 'output language: zh or en (default from LANG)' },
  'cli.opt_debug': { zh: '出错时显示堆栈等调试信息', en: 'show stack traces and other debug output on errors' },
  'cli.opt_version': { zh: '显示版本号', en: 'show the version number' },
  'cli.opt_help': { zh: '显示帮助', en: 'show help' },
});
