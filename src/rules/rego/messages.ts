import { defineMessages } from '../../i18n/catalog.js';

/** Errors in Rego policies of a policy folder (exit 2, with the .rego file and line). */
export const regoPolicyMessages = defineMessages({
  'rego_policy.deny_outside_pack': {
    zh: 'deny 规则必须位于 package pipl.<类别> 中，实际包为 {package}',
    en: 'a deny rule must be in package pipl.<category>; found package {package}',
  },
  'rego_policy.not_a_category': {
    zh: '包 {package} 的第二段 {segment} 不是规则类别（可选：{allowed}；可用下划线代替连字符）',
    en: 'the second segment {segment} of package {package} is not a rule category (choose from {allowed}; underscores may replace hyphens)',
  },
  'rego_policy.deny_not_multi': {
    zh: 'deny 必须写成多值规则：deny contains finding if { ... }',
    en: 'deny must be a multi-value rule: deny contains finding if { ... }',
  },
  'rego_policy.metadata_missing': {
    zh: '该文件的第一条 deny 规则上方缺少 # METADATA 注解（需包含 title、description 和 custom.id 等）',
    en: 'the first deny rule of the file has no # METADATA annotation above it (it needs title, description, custom.id and more)',
  },
  'rego_policy.metadata_missing_key': { zh: 'METADATA 缺少必需的键 {key}', en: 'METADATA lacks the required key {key}' },
  'rego_policy.metadata_unknown_key': { zh: 'METADATA 中未知的键 {key}（允许的键：{allowed}）', en: 'unknown METADATA key {key} (allowed keys: {allowed})' },
  'rego_policy.metadata_bad_type': { zh: 'METADATA 键 {key} 类型错误：应为 {expected}', en: 'METADATA key {key} has the wrong type: expected {expected}' },
  'rego_policy.metadata_bad_value': {
    zh: 'METADATA 键 {key} 的值 {value} 无效（{expected}）',
    en: 'METADATA key {key} has the invalid value {value} ({expected})',
  },
  'rego_policy.category_mismatch': {
    zh: 'custom.category {category} 与包 {package} 所表示的类别 {expected} 不一致',
    en: 'custom.category {category} differs from the category {expected} of package {package}',
  },
  'rego_policy.bad_finding': {
    zh: '策略包 {package} 的 deny 产生了无效的结果 {value}：{detail_zh}（请用 data.pipl.lib.finding 构造结果）',
    en: 'the deny rules of package {package} produced an invalid result {value}: {detail_en} (build results with data.pipl.lib.finding)',
  },
  'rego_policy.unknown_rule_id': {
    zh: '策略包 {package} 的结果引用了本包未声明的规则 ID {id}（已声明：{allowed}）',
    en: 'a result of package {package} names the rule id {id}, which no METADATA of this package declares (declared: {allowed})',
  },
  'rego_policy.unknown_message_id': {
    zh: '规则 {rule} 的结果引用了未声明的 message_id {id}（custom.messages 中有：{allowed}）',
    en: 'a result of rule {rule} names the message_id {id}, which custom.messages does not declare (declared: {allowed})',
  },
  'rego_policy.eval_limit': {
    zh: '评估策略包 {package}（{files}）时超出限制：{detail_zh}',
    en: 'evaluating package {package} ({files}) exceeded a limit: {detail_en}',
  },
  'rego_policy.eval_error': {
    zh: '评估策略包 {package}（{files}）失败：{detail_zh}',
    en: 'evaluating package {package} ({files}) failed: {detail_en}',
  },
});

/** Outcomes of `policy test` (why a test did not pass). */
export const policyTestMessages = defineMessages({
  'policy_test.undefined': { zh: '测试结果未定义（某个条件不成立）', en: 'the test is undefined (one of its conditions does not hold)' },
  'policy_test.not_true': { zh: '测试结果不是 true', en: 'the test result is not true' },
});
