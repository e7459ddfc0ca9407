import { defineMessages } from '../i18n/catalog.js';

/**
 * Schema and reference diagnostics. Our own sentences per JSON Schema keyword: ajv's English text
 * is never shown. Backticks quote plan field names, ids and JSON pointers.
 */
export const validationMessages = defineMessages({
  'plan.schema.required': { zh: '{where}中缺少必填字段 `{field}`{about}', en: 'missing required field `{field}` in {where}{about}' },
  'plan.schema.unknown_field': { zh: '{where}中有未知字段 `{field}`', en: 'unknown field `{field}` in {where}' },
  'plan.schema.unknown_field_suggest': {
    zh: '{where}中有未知字段 `{field}`：是否应为 `{suggestion}`？',
    en: 'unknown field `{field}` in {where}: did you mean `{suggestion}`?',
  },
  'plan.schema.field_not_allowed': { zh: '此处不允许字段 `{field}`', en: 'the field `{field}` is not allowed here' },
  'plan.schema.field_name': { zh: '字段名 `{field}` 不符合要求', en: 'the field name `{field}` is not allowed' },
  'plan.schema.enum': { zh: '值 {value} 不在允许范围内；允许的值：{allowed}', en: 'the value {value} is not allowed; allowed values: {allowed}' },
  'plan.schema.enum_suggest': {
    zh: '值 {value} 不在允许范围内：是否应为 {suggestion}？允许的值：{allowed}',
    en: 'the value {value} is not allowed: did you mean {suggestion}? allowed values: {allowed}',
  },
  'plan.schema.const': { zh: '值必须是 {expected}，实际是 {value}', en: 'the value must be {expected}, found {value}' },
  'plan.schema.type': { zh: '应为{expected}，实际是{actual}', en: 'expected {expected}, found {actual}' },
  'plan.schema.format': { zh: '{value} 不是有效的{format}', en: '{value} is not a valid {format}' },
  'plan.schema.pattern': { zh: '{value} 不符合要求的格式（正则表达式 {pattern}）', en: '{value} does not have the required form (regular expression {pattern})' },
  'plan.schema.minimum': { zh: '值必须大于或等于 {limit}，实际是 {value}', en: 'the value must be at least {limit}, found {value}' },
  'plan.schema.maximum': { zh: '值必须小于或等于 {limit}，实际是 {value}', en: 'the value must be at most {limit}, found {value}' },
  'plan.schema.exclusive_minimum': { zh: '值必须大于 {limit}，实际是 {value}', en: 'the value must be greater than {limit}, found {value}' },
  'plan.schema.exclusive_maximum': { zh: '值必须小于 {limit}，实际是 {value}', en: 'the value must be less than {limit}, found {value}' },
  'plan.schema.multiple_of': { zh: '值必须是 {limit} 的整数倍，实际是 {value}', en: 'the value must be a multiple of {limit}, found {value}' },
  'plan.schema.min_length': { zh: '文本至少需要 {limit} 个字符，实际有 {count} 个', en: 'the text needs at least {limit} characters, found {count}' },
  'plan.schema.max_length': { zh: '文本最多允许 {limit} 个字符，实际有 {count} 个', en: 'the text may have at most {limit} characters, found {count}' },
  'plan.schema.min_items': { zh: '列表至少需要 {limit} 项，实际有 {count} 项', en: 'the list needs at least {limit} items, found {count}' },
  'plan.schema.max_items': { zh: '列表最多允许 {limit} 项，实际有 {count} 项', en: 'the list may have at most {limit} items, found {count}' },
  'plan.schema.min_properties': { zh: '映射至少需要 {limit} 个字段，实际有 {count} 个', en: 'the mapping needs at least {limit} fields, found {count}' },
  'plan.schema.max_properties': { zh: '映射最多允许 {limit} 个字段，实际有 {count} 个', en: 'the mapping may have at most {limit} fields, found {count}' },
  'plan.schema.unique_items': {
    zh: '列表项重复：`{second}` 与 `{first}` 相同（列表项必须唯一）',
    en: 'duplicate list items: `{second}` repeats `{first}` (items must be unique)',
  },
  'plan.schema.contains': { zh: '列表中至少需要 {limit} 项符合要求，实际没有足够的项', en: 'the list needs at least {limit} matching items and has fewer' },
  'plan.schema.dependent_required': {
    zh: '存在字段 `{trigger}` 时必须同时填写 `{field}`',
    en: 'the field `{field}` is required when `{trigger}` is present',
  },
  'plan.schema.too_many_items': { zh: '列表项过多：最多允许 {limit} 项', en: 'too many list items: at most {limit} are allowed' },
  'plan.schema.several_alternatives': {
    zh: '该值同时符合多种互斥写法（第 {branches} 种），只能符合其中一种',
    en: 'the value fits several mutually exclusive forms (alternatives {branches}); it must fit exactly one',
  },
  'plan.schema.no_alternative': { zh: '该值不符合任何一种允许的写法', en: 'the value fits none of the allowed forms' },
  'plan.schema.not': { zh: '该值属于明确禁止的写法', en: 'the value has a form that is explicitly not allowed' },
  'plan.schema.other': { zh: '该值不满足模式规则 `{keyword}`', en: 'the value does not satisfy the schema rule `{keyword}`' },
  'plan.uscc.length': {
    zh: '{value} 不是有效的统一社会信用代码：应为 18 位，实际为 {length} 位',
    en: '{value} is not a valid unified social credit code (USCC): it must have 18 characters, found {length}',
  },
  'plan.uscc.lowercase': {
    zh: '{value} 不是有效的统一社会信用代码：第 {position} 位 `{char}` 是小写字母，代码只使用大写字母',
    en: '{value} is not a valid unified social credit code (USCC): character {position} `{char}` is lowercase; the code uses capital letters only',
  },
  'plan.uscc.excluded_letter': {
    zh: '{value} 不是有效的统一社会信用代码：第 {position} 位 `{char}` 不在代码字符集中（不使用 I、O、S、V、Z）',
    en: '{value} is not a valid unified social credit code (USCC): character {position} `{char}` is not in the code alphabet (I, O, S, V and Z are not used)',
  },
  'plan.uscc.bad_char': {
    zh: '{value} 不是有效的统一社会信用代码：第 {position} 位 `{char}` 不是数字或大写字母',
    en: '{value} is not a valid unified social credit code (USCC): character {position} `{char}` is not a digit or capital letter',
  },
  'plan.uscc.region_not_digits': {
    zh: '{value} 不是有效的统一社会信用代码：第 3–8 位是行政区划码，应为数字，第 {position} 位是 `{char}`',
    en: '{value} is not a valid unified social credit code (USCC): characters 3–8 are the administrative-division code and must be digits; character {position} is `{char}`',
  },
  'plan.uscc.check_character': {
    zh: '{value} 不是有效的统一社会信用代码：校验位应为 `{expected}`，实际是 `{found}`（GB 32100-2015），请核对代码是否抄错',
    en: '{value} is not a valid unified social credit code (USCC): the check character should be `{expected}`, found `{found}` (GB 32100-2015); check the code for a typo',
  },
  'plan.ref.duplicate_id': {
    zh: '{kind} 标识 `{id}` 重复：已在第 {line} 行定义',
    en: 'duplicate {kind} id `{id}`: already defined on line {line}',
  },
  'plan.ref.dangling': {
    zh: '引用了不存在的 {kind} 标识 `{id}`；已定义的标识：{known}',
    en: 'reference to an unknown {kind} id `{id}`; defined ids: {known}',
  },
  'plan.ref.dangling_suggest': {
    zh: '引用了不存在的 {kind} 标识 `{id}`：是否应为 `{suggestion}`？已定义的标识：{known}',
    en: 'reference to an unknown {kind} id `{id}`: did you mean `{suggestion}`? defined ids: {known}',
  },
  'plan.ref.none_defined': {
    zh: '引用了不存在的 {kind} 标识 `{id}`：计划中没有定义任何 {kind} 标识',
    en: 'reference to an unknown {kind} id `{id}`: the plan defines no {kind} ids',
  },
});

/** Words used inside the sentences above, per language. */
export const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文本', en: 'a text (string)' },
  integer: { zh: '整数', en: 'an integer' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '布尔值（true/false）', en: 'a boolean (true/false)' },
  object: { zh: '映射（键值对象）', en: 'a mapping (object)' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空值', en: 'null' },
};

export const FORMAT_NAMES: Record<string, { zh: string; en: string }> = {
  date: { zh: '日期（YYYY-MM-DD）', en: 'date (YYYY-MM-DD)' },
  'date-time': { zh: '日期时间（RFC 3339，例如 2026-01-31T09:00:00+08:00）', en: 'date-time (RFC 3339, e.g. 2026-01-31T09:00:00+08:00)' },
  time: { zh: '时间（RFC 3339）', en: 'time (RFC 3339)' },
  email: { zh: '电子邮件地址', en: 'email address' },
  uri: { zh: 'URI（例如 https://…）', en: 'URI (e.g. https://…)' },
  'uri-reference': { zh: 'URI 引用', en: 'URI reference' },
  uuid: { zh: 'UUID', en: 'UUID' },
  duration: { zh: 'ISO 8601 时长（例如 P30D）', en: 'ISO 8601 duration (e.g. P30D)' },
  hostname: { zh: '主机名', en: 'hostname' },
  ipv4: { zh: 'IPv4 地址', en: 'IPv4 address' },
  ipv6: { zh: 'IPv6 地址', en: 'IPv6 address' },
  uscc: { zh: '统一社会信用代码', en: 'unified social credit code (USCC)' },
};

/** `{where}` in the sentences: a pointer in backticks, or the top level. */
export function whereParam(pointer: string): { zh: string; en: string } {
  return pointer === '' ? { zh: '顶层', en: 'the top level' } : { zh: `\`${pointer}\` `, en: `\`${pointer}\`` };
}
