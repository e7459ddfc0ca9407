import { defineMessages } from '../i18n/catalog.js';

/** Our own sentences for syntax problems (the YAML library's English texts are never shown alone). */
export const syntaxMessages = defineMessages({
  'plan.wrong_encoding': {
    zh: '文件编码为 {encoding}，计划文件必须是 UTF-8 文本：请另存为 UTF-8（无 BOM）',
    en: 'the file is encoded as {encoding}; plan files must be UTF-8 text: save it as UTF-8',
  },
  'plan.syntax.bad_indent': { zh: 'YAML 缩进错误：同一层级的条目必须从同一列开始', en: 'YAML indentation error: entries of the same level must start in the same column' },
  'plan.syntax.tab_indent': { zh: 'YAML 不允许用 Tab 缩进，请改用空格', en: 'YAML does not allow tabs for indentation; use spaces' },
  'plan.syntax.missing_char': { zh: '缺少结束符号 {char}（未闭合的引号或括号）', en: 'a closing {char} is missing (an unclosed quote or bracket)' },
  'plan.syntax.nested_compact_map': {
    zh: '同一行中不能嵌套映射（如 `a: b: c`）：把内层映射写到下一行并缩进，或给值加引号',
    en: 'mappings cannot be nested on one line (as in `a: b: c`): put the inner mapping on its own indented line, or quote the value',
  },
  'plan.syntax.unclosed': { zh: '此处开始的 {char} 一直没有闭合', en: 'the {char} opened here is never closed' },
  'plan.syntax.multiline_key': { zh: '键不能跨多行', en: 'a key cannot span several lines' },
  'plan.syntax.key_too_long': { zh: '隐式键超过 1024 个字符', en: 'an implicit key is longer than 1024 characters' },
  'plan.syntax.bad_escape': { zh: '双引号字符串中有无效的转义序列', en: 'invalid escape sequence in a double-quoted string' },
  'plan.syntax.bad_scalar_start': {
    zh: '值不能以字符 {char} 开头，请给整个值加引号',
    en: 'a plain value cannot start with {char}; put the value in quotes',
  },
  'plan.syntax.unexpected': { zh: '此处出现了意外的内容 {token}', en: 'unexpected content {token} here' },
  'plan.syntax.block_in_flow': { zh: '方括号或花括号内不能使用块结构（缩进的列表或映射）', en: 'block structure (an indented list or mapping) cannot appear inside brackets or braces' },
  'plan.syntax.key_without_value': { zh: '键后面缺少 `:` 和值', en: 'a key without `:` and a value' },
  'plan.syntax.other': { zh: 'YAML 语法错误（{code}）', en: 'YAML syntax error ({code})' },
  'plan.json.trailing_comma': { zh: 'JSON 语法错误：{close} 前有多余的逗号', en: 'JSON syntax error: a trailing comma before {close}' },
  'plan.json.unterminated_string': { zh: 'JSON 语法错误：字符串没有结束引号', en: 'JSON syntax error: a string has no closing quote' },
  'plan.json.control_char': { zh: 'JSON 语法错误：字符串中有未转义的控制字符（如换行）', en: 'JSON syntax error: an unescaped control character (such as a line break) inside a string' },
  'plan.json.bad_escape': { zh: 'JSON 语法错误：无效的转义序列', en: 'JSON syntax error: an invalid escape sequence' },
  'plan.json.expected_value': {
    zh: 'JSON 语法错误：此处应为一个值（字符串、数字、true、false、null、对象或数组），实际是 {found}',
    en: 'JSON syntax error: expected a value (a string, number, true, false, null, object or array) here, found {found}',
  },
  'plan.json.expected_key': { zh: 'JSON 语法错误：此处应为带双引号的字段名，实际是 {found}', en: 'JSON syntax error: expected a field name in double quotes here, found {found}' },
  'plan.json.expected_colon': { zh: 'JSON 语法错误：字段名后应为 `:`，实际是 {found}', en: 'JSON syntax error: expected `:` after the field name, found {found}' },
  'plan.json.expected_comma': { zh: 'JSON 语法错误：此处应为 `,` 或 `{close}`，实际是 {found}', en: 'JSON syntax error: expected `,` or `{close}` here, found {found}' },
  'plan.json.unexpected_end': { zh: 'JSON 语法错误：文件在 JSON 值结束之前就结束了（缺少 `{close}`？）', en: 'JSON syntax error: the file ends before the JSON value does (a missing `{close}`?)' },
  'plan.json.empty_value': { zh: 'JSON 语法错误：文件在 JSON 值开始之前就结束了', en: 'JSON syntax error: the file ends before any JSON value' },
  'plan.json.extra_content': { zh: 'JSON 语法错误：JSON 值之后还有多余内容 {found}', en: 'JSON syntax error: more content {found} after the JSON value' },
});
