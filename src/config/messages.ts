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
  'config.extends_cycle': { zh: 'extends 形成循环：{chain}', en: 'extends forms a cycle: {chain}' },
  'config.unknown_profile': {
    zh: '未知配置档 "{name}"；内置配置档：{known}（也可以给出配置档文件的路径）',
    en: 'unknown profile "{name}"; shipped profiles: {known} (or give the path of a profile file)',
  },
  'config.unknown_rule': {
    zh: '未知规则 {rule}（{where}）；是否应为 {suggestion}？',
    en: 'unknown rule {rule} ({where}); did you mean {suggestion}?',
  },
  'config.unknown_rule_plain': { zh: '未知规则 {rule}（{where}）', en: 'unknown rule {rule} ({where})' },
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
  'config.duplicate_output': { zh: '同一个文件 {file} 被指定了两次输出', en: 'the file {file} is named by two outputs' },
});
