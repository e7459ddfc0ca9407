import { defineMessages } from '../i18n/catalog.js';

/** Errors in rule files and policy folders (exit 2, with the rule file and line). */
export const ruleErrorMessages = defineMessages({
  'rules.file_unreadable': { zh: '规则文件无法解析：{detail_zh}', en: 'cannot parse the rule file: {detail_en}' },
  'rules.unknown_key': { zh: '未知的键 "{key}"（允许的键：{allowed}）', en: 'unknown key "{key}" (allowed keys: {allowed})' },
  'rules.missing_key': { zh: '缺少必需的键 "{key}"', en: 'missing required key "{key}"' },
  'rules.bad_type': { zh: '类型错误：应为 {expected}', en: 'wrong type: expected {expected}' },
  'rules.bad_enum': { zh: '无效的值 {value}（可选：{allowed}）', en: 'invalid value {value} (choose from {allowed})' },
  'rules.bad_pattern': { zh: '值 {value} 不符合格式 {pattern}', en: 'the value {value} does not match the format {pattern}' },
  'rules.too_few': { zh: '至少需要 {min} 项', en: 'needs at least {min} item(s)' },
  'rules.schema_violation': { zh: '不符合规则格式（{keyword}）：{detail}', en: 'does not fit the rule format ({keyword}): {detail}' },
  'rules.bad_selector': {
    zh: 'JSONPath 查询无效：{query}（第 {column} 个字符附近：{detail}）',
    en: 'invalid JSONPath query: {query} (near character {column}: {detail})',
  },
  'rules.not_singular': {
    zh: '字段引用必须是单值查询（只含名称和下标，如 @.recipient.name）：{query}',
    en: 'a field reference must be a singular query (names and indices only, e.g. @.recipient.name): {query}',
  },
  'rules.select_must_be_absolute': {
    zh: 'found_in.select 必须以 $ 开头（在整个计划中查找）：{query}',
    en: 'found_in.select must start with $ (it looks across the whole plan): {query}',
  },
  'rules.condition_empty': { zh: '条件为空：需要 all/any/not，或一个主语（field/count/event_in）加检验', en: 'empty condition: use all/any/not, or a subject (field/count/event_in) with tests' },
  'rules.condition_mixed': {
    zh: '组合条件（{combinator}）不能与其他键（{keys}）写在同一个映射中',
    en: 'a combinator ({combinator}) cannot share its mapping with other keys ({keys})',
  },
  'rules.condition_two_subjects': { zh: '一个条件只能有一个主语，实际有：{keys}', en: 'a condition has exactly one subject, found: {keys}' },
  'rules.condition_no_subject': { zh: '检验 {tests} 缺少主语：加上 field 或 count', en: 'the test(s) {tests} have no subject: add field or count' },
  'rules.condition_no_test': { zh: '主语 {subject} 缺少检验（如 present、equals、one_of、gte）', en: 'the subject {subject} has no test (e.g. present, equals, one_of, gte)' },
  'rules.test_not_for_count': { zh: '检验 {test} 不能用于 count（count 只能比较数值：gt/gte/lt/lte）', en: 'the test {test} cannot apply to count (a count compares as a number: gt/gte/lt/lte)' },
  'rules.event_in_with_tests': { zh: 'event_in 自带检验，不能再加 {tests}', en: 'event_in is a complete condition; it cannot take the tests {tests}' },
  'rules.bad_regex': { zh: '正则表达式无效：{pattern}（{detail}）', en: 'invalid regular expression: {pattern} ({detail})' },
  'rules.bad_date': { zh: '不是有效的 ISO 日期（YYYY-MM-DD）：{value}', en: 'not a valid ISO date (YYYY-MM-DD): {value}' },
  'rules.bad_date_operand': {
    zh: '日期比较对象必须是日期字符串、{field, offset_days} 或 {now: true, offset_days}',
    en: 'a date operand is a date string, {field, offset_days} or {now: true, offset_days}',
  },
  'rules.unknown_placeholder': {
    zh: '消息中的占位符 {name} 无从取值（可用：{allowed}）',
    en: 'the message placeholder {name} has no value (available: {allowed})',
  },
  'rules.param_shadows': { zh: '参数名 {name} 与内置占位符重名', en: 'the parameter name {name} is a built-in placeholder' },
  'rules.duplicate_id': { zh: '规则 ID {id} 重复：已在 {other} 中定义', en: 'duplicate rule id {id}: already defined in {other}' },
  'rules.id_folder_mismatch': {
    zh: '规则 ID {id} 与所在文件夹名 {folder} 不一致（每条规则一个同名文件夹）',
    en: 'the rule id {id} does not match its folder name {folder} (one folder per rule, named after its id)',
  },
  'rules.policies_dir_missing': { zh: '策略目录不存在：{dir}', en: 'policy folder not found: {dir}' },
  'rules.unknown_rule': { zh: '未知的规则 ID：{id}', en: 'unknown rule id: {id}' },
});
