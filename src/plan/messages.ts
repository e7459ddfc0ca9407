import { defineMessages } from '../i18n/catalog.js';

export const planMessages = defineMessages({
  'plan.not_found': { zh: '找不到文件：{file}', en: 'file not found: {file}' },
  'plan.unreadable': { zh: '无法读取文件 {file}：{reason}', en: 'cannot read file {file}: {reason}' },
  'plan.is_directory': { zh: '{file} 是目录，不是计划文件', en: '{file} is a directory, not a plan file' },
  'plan.too_large': {
    zh: '文件过大：{size} 字节，超过上限 {limit} 字节（可用 --max-plan-bytes 调整；每 MB 计划约需 60 MB 内存）',
    en: 'file too large: {size} bytes exceeds the limit of {limit} bytes (raise it with --max-plan-bytes; a plan needs about 60 MB of memory per MB)',
  },
  'plan.empty': { zh: '文件为空：计划必须是一个映射（键值对象）', en: 'the file is empty: a plan must be a mapping (an object of keys and values)' },
  'plan.binary': { zh: '文件包含二进制内容（NUL 字节），不是 YAML 或 JSON 文本', en: 'the file holds binary content (a NUL byte), not YAML or JSON text' },
  'plan.not_utf8': { zh: '文件不是有效的 UTF-8 文本（第 {line} 行附近有无效字节）', en: 'the file is not valid UTF-8 text (an invalid byte near line {line})' },
  'plan.duplicate_key': { zh: '重复的键 "{key}"：同一映射中每个键只能出现一次', en: 'duplicate key "{key}": each key may appear only once in a mapping' },
  'plan.alias_not_allowed': {
    zh: '计划中不允许使用 YAML 锚点/别名（{kind}）：请直接写出数值，便于审阅',
    en: 'YAML anchors and aliases are not allowed in plans ({kind}): write the values out so reviewers see them',
  },
  'plan.too_deep': { zh: '嵌套过深：超过 {limit} 层', en: 'nesting too deep: more than {limit} levels' },
  'plan.top_not_mapping': { zh: '顶层必须是映射（键值对象），实际是 {kind}', en: 'the top level must be a mapping (an object of keys and values), found {kind}' },
  'plan.forbidden_key': {
    zh: '不允许的键 "{key}"：它可能导致原型污染',
    en: 'forbidden key "{key}": it could pollute object prototypes',
  },
  'plan.non_string_key': { zh: '键必须是字符串，实际是 {kind}', en: 'keys must be strings, found {kind}' },
  'plan.multiple_documents': { zh: '文件包含多个 YAML 文档；一个计划文件只能有一个文档', en: 'the file holds several YAML documents; a plan file holds exactly one' },
  'plan.unsupported_tag': { zh: '不支持的 YAML 标签 {tag}', en: 'unsupported YAML tag {tag}' },
  'plan.non_finite_number': { zh: '数值 {value} 无法表示为 JSON 数字', en: 'the number {value} cannot be represented as a JSON number' },
});
