import { defineMessages } from '../../i18n/catalog.js';

export const ruleTestMessages = defineMessages({
  'rules.tests_invalid': { zh: '规则测试文件不符合格式：{detail}', en: 'the rule test file does not fit its format: {detail}' },
  'rules.tests_unreadable': { zh: '规则测试文件无法解析：{detail_zh}', en: 'cannot parse the rule test file: {detail_en}' },
  'rules.tests_bad_case': {
    zh: '测试用例 "{name}" 必须二选一：plan（内联计划）或 base（基础计划，可加 patch）',
    en: 'the test case "{name}" needs either plan (inline) or base (a base plan, optionally with patch), not both or neither',
  },
});
