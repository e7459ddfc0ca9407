import { defineMessages, hasMessage, t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import { instrumentName } from '../../risk/penalty-messages.js';

/**
 * Chinese names of the catalogue's instrument abbreviations (obligations.md §0.2) that carry no
 * penalty, so the penalty table (src/risk/penalty-messages.ts) does not name them. English keeps
 * the abbreviation the catalogue uses.
 */
const NAMES: Record<string, string> = {
  'Audit Measures': '个人信息保护合规审计管理办法',
  'CB Provisions': '促进和规范数据跨境流动规定',
  'SA Measures': '数据出境安全评估办法',
  'SCC Measures': '个人信息出境标准合同办法',
  'Cert Measures': '个人信息出境认证办法',
  'Incident Measures': '国家网络安全事件报告管理办法',
  'Crypto Law': '密码法',
  'Civil Code': '民法典',
  'MER Regs': '市场主体登记管理条例',
  'AA Measures': '会计档案管理办法',
  'Tax Rules': '税收征收管理法及实施细则',
  'Credit Regs': '征信业管理条例',
  'Payment Regs': '非银行支付机构监督管理条例',
  'Minors Regs': '未成年人网络保护条例',
  'Minors Protection Law': '未成年人保护法',
  'CSR Measures': '网络安全审查办法',
  'MLPS Measures': '信息安全等级保护管理办法',
  APL: '行政处罚法',
  'Archives Law': '档案法',
};

defineMessages(Object.fromEntries(Object.entries(NAMES).map(([abbr, zh]) => [`report.assess.instrument.${abbr}`, { zh, en: abbr }])));

/** The name a reader of the report knows: `个人信息保护法` / `PIPL`; unknown instruments as written. */
export function instrumentDisplayName(instrument: string, lang: Lang): string {
  const own = `report.assess.instrument.${instrument}`;
  if (hasMessage(own)) return t(own, lang);
  return instrumentName(instrument)[lang];
}
