import { defineMessages } from '../../i18n/catalog.js';

export const rulesCommandMessages = defineMessages({
  'cli.rules.description': { zh: '查看规则目录及其法律依据', en: 'show the rule catalogue and its legal basis' },
  'cli.rules.list_description': { zh: '列出全部规则', en: 'list every rule' },
  'cli.rules.show_description': { zh: '显示一条规则的完整说明', en: 'show one rule in full' },
  'cli.rules.arg_id': { zh: '规则 ID，如 TRANSFER-BASIS-001', en: 'a rule id, e.g. TRANSFER-BASIS-001' },
  'cli.rules.opt_format': { zh: '输出格式', en: 'output format' },
  'cli.rules.count': { zh: '共 {count} 条规则', en: '{count} rule(s)' },
  'cli.rules.field.severity': { zh: '严重程度', en: 'Severity' },
  'cli.rules.field.category': { zh: '类别', en: 'Category' },
  'cli.rules.field.description': { zh: '说明', en: 'Description' },
  'cli.rules.field.legal_basis': { zh: '法律依据', en: 'Legal basis' },
  'cli.rules.field.remediation': { zh: '整改建议', en: 'Remediation' },
  'cli.rules.field.applies_when': { zh: '适用条件', en: 'Applies when' },
  'cli.rules.field.checks': { zh: '检查内容', en: 'Checks' },
  'cli.rules.field.references': { zh: '参考', en: 'References' },
  'cli.rules.field.tags': { zh: '标签', en: 'Tags' },
  'cli.rules.field.source': { zh: '定义位置', en: 'Source' },
  'cli.rules.field.engine': { zh: '引擎', en: 'Engine' },
  'cli.rules.always': { zh: '始终适用', en: 'always' },
  'cli.rules.note_U': {
    zh: '注意：该出处尚未核实（[U]），作为阻断项前须由律师确认。',
    en: 'note: this source is unverified ([U]); have counsel confirm it before treating findings as blocking.',
  },
  'cli.rules.note_I': {
    zh: '注意：这是解释性意见或引擎设计选择（[I]），并非法律条文本身。',
    en: 'note: this is an interpretation or an engine design choice ([I]), not a statement of the law itself.',
  },
});
