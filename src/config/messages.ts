import { defineMessages } from '../i18n/catalog.js';

export const configMessages = defineMessages({
  'config.schema_problem': { zh: '{detail_zh}', en: '{detail_en}' },
  'config.not_found': { zh: '找不到{kind}文件：{file}', en: '{kind} file not found: {file}' },
  'config.unreadable': { zh: '无法读取{kind}文件 {file}：{reason}', en: 'cannot read {kind} file {file}: {reason}' },
  'config.kind.config': { zh: '配置', en: 'config' },
  'config.kind.profile': { zh: '配置档', en: 'profile' },
  'config.kind.waivers': { zh: '豁免', en: 'waivers' },
  'config.kind.baseline': { zh: '基线', en: 'baseline' },
  'config.extends_not_found': { zh: '找不到 extends 指向的配置文件：{file}', en: 'the config file named by extends does not exist: {file}' },
  'config.named_file_missing': { zh: '配置中指定的{kind}文件不存在：{file}', en: 'the {kind} file named in the config does not exist: {file}' },
  'config.extends_cycle': { zh: 'extends 形成循环：{chain}', en: 'extends forms a cycle: {chain}' },
  'config.unknown_profile': {
    zh: '未知配置档 "{name}"；内置配置档：{known}（也可以给出配置档文件的路径）',
    en: 'unknown profile "{name}"; shipped profiles: {known} (or give the path of a profile file)',
  },
  'config.unknown_rule': { zh: '未知规则 {rule}：是否应为 {suggestion}？', en: 'unknown rule {rule}: did you mean {suggestion}?' },
  'config.unknown_rule_plain': { zh: '未知规则 {rule}：已加载的规则中没有这个编号', en: 'unknown rule {rule}: no loaded rule has this id' },
  'config.duplicate_waiver_id': { zh: '豁免编号 {id} 重复（首次出现在第 {first} 行）', en: 'duplicate waiver id {id} (first used on line {first})' },
  'config.waiver_dates': {
    zh: '豁免 {id} 的批准日期 {approved_on} 晚于到期日期 {expires_on}',
    en: 'waiver {id} is approved on {approved_on}, after it expires on {expires_on}',
  },
  'config.baseline_not_json': { zh: '基线文件不是有效的 JSON：{detail}', en: 'the baseline file is not valid JSON: {detail}' },
  'config.bad_output': {
    zh: '-o/--output 需要 <格式>:<文件>，例如 sarif:report.sarif，实际是 {value}',
    en: '-o/--output needs <format>:<file>, e.g. sarif:report.sarif, got {value}',
  },
  'config.unknown_format': { zh: '未知报告格式 {format}；可用格式：{known}', en: 'unknown report format {format}; available: {known}' },
  'config.opt_output': { zh: '同时把报告写入文件，格式为 <格式>:<文件>（可重复）', en: 'also write a report to a file, as <format>:<file> (repeatable)' },
  'config.opt_config': { zh: '配置文件（默认从计划所在目录向上查找 .pipl-guard.yaml）', en: 'config file (default: the nearest .pipl-guard.yaml above the plan)' },
  'config.opt_profile': { zh: '配置档：liquidation、periodic、due-diligence 或配置档文件路径', en: 'profile: liquidation, periodic, due-diligence, or a profile file' },
  'config.opt_waivers': { zh: '豁免文件（可重复；替代配置中的 waivers）', en: 'waivers file (repeatable; replaces the config\'s waivers)' },
  'config.opt_baseline': { zh: '基线文件：其中的问题不导致失败，只有新问题才会', en: 'baseline file: findings in it do not fail the run, only new ones do' },
  'config.opt_baseline_create': { zh: '把当前未解决的问题写入基线文件并以 0 退出', en: 'write the current open findings to a baseline file and exit 0' },
  'config.baseline_written': { zh: '已将 {count} 个问题写入基线 {file}', en: 'wrote {count} finding(s) to the baseline {file}' },
  'config.duplicate_output': { zh: '同一个文件 {file} 被指定了两次输出', en: 'the file {file} is named by two outputs' },
});
