import { defineMessages } from '../../i18n/catalog.js';

export const ruleTestMessages = defineMessages({
  'rules.tests_invalid': { zh: '规则测试文件不符合格式：{detail}', en: 'the rule test file does not fit its format: {detail}' },
  'rules.tests_unreadable': { zh: '规则测试文件无法解析：{detail_zh}', en: 'cannot parse the rule test file: {detail_en}' },
  'rules.tests_bad_case': {
    zh: '测试用例 "{name}" 必须二选一：plan（内联计划）或 base（基础计划，可加 patch）',
    en: 'the test case "{name}" needs either plan (inline) or base (a base plan, optionally with patch), not both or neither',
  },
  'rules.test.no_firing_case': { zh: '没有使规则触发的用例（所有用例都期望 []）', en: 'no case makes the rule fire (every case expects [])' },
  'rules.test.no_quiet_case': { zh: '没有使规则保持安静的用例（请加一个 expect: [] 的用例）', en: 'no case keeps the rule quiet (add a case with expect: [])' },
  'rules.test.cannot_build': { zh: '无法生成用例计划：{detail}', en: 'cannot build the case plan: {detail}' },
  'rules.test.does_not_load': { zh: '用例计划无法加载：{detail_zh}', en: 'the case plan does not load: {detail_en}' },
  'rules.test.invalid_plan': {
    zh: '用例计划不是有效的计划（若属有意，请设置 validate: false）：{detail_zh}',
    en: 'the case plan is not a valid plan (set validate: false if that is intended): {detail_en}',
  },
  'rules.test.mismatch': { zh: '期望的问题位置为 [{expected}]，实际为 [{actual}]', en: 'expected findings at [{expected}], got [{actual}]' },
  'rules.test.message_lacks': { zh: '{pointer} 处的英文消息不含 "{text}"：{message}', en: 'the message at {pointer} lacks "{text}": {message}' },
  'rules.test.unfilled': { zh: '{pointer} 处的 {lang} 消息含有未填充的占位符 {placeholder}', en: 'the {lang} message at {pointer} has an unfilled placeholder {placeholder}' },
});
