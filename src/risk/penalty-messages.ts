import { defineMessages, hasMessage, message } from '../i18n/catalog.js';
import type { LocalizedText } from '../i18n/lang.js';

/** Names of the non-monetary consequences and unquantified amounts in policies/risk/penalties.yaml. */
export const penaltyMessages = defineMessages({
  'penalty.effect.order_rectify': { zh: '责令改正', en: 'order to rectify' },
  'penalty.effect.warning': { zh: '警告', en: 'warning' },
  'penalty.effect.confiscate_illegal_gains': { zh: '没收违法所得', en: 'confiscation of illegal gains' },
  'penalty.effect.suspend_or_terminate_app': { zh: '暂停或终止提供服务（应用程序）', en: 'suspension or termination of the app / service' },
  'penalty.effect.suspend_business': { zh: '暂停相关业务', en: 'suspension of the business concerned' },
  'penalty.effect.rectification_shutdown': { zh: '停业整顿', en: 'shutdown for rectification' },
  'penalty.effect.licence_revocation': { zh: '吊销相关业务许可证', en: 'revocation of business permits' },
  'penalty.effect.business_licence_revocation': { zh: '吊销营业执照', en: 'revocation of the business licence' },
  'penalty.effect.ban_director_supervisor_manager_pipo': {
    zh: '一定期限内禁止担任董事、监事、高级管理人员和个人信息保护负责人',
    en: 'ban from serving as director, supervisor, senior manager or PI protection officer for a period',
  },
  'penalty.effect.credit_record_publication': { zh: '记入信用档案并公示', en: 'entry in credit records and publication' },
  'penalty.effect.civil_damages_presumed_fault': { zh: '民事赔偿（过错推定）', en: 'civil damages (fault presumed)' },
  'penalty.effect.business_restrictions': { zh: '限制或禁止开展相关业务', en: 'restriction or prohibition of business' },
  'penalty.effect.disqualification': { zh: '取消任职资格或禁止从业', en: 'disqualification from office or the sector' },
  'penalty.effect.accountant_bar_5_years': { zh: '会计人员五年内不得从事会计工作', en: 'accountants barred for five years' },
  'penalty.effect.liquidator_damages': { zh: '清算组成员赔偿责任', en: 'liability of liquidation-group members for damages' },
  'penalty.effect.shareholder_joint_liability': { zh: '股东对注销前债务承担连带责任', en: 'shareholders jointly liable for pre-deregistration debts' },
  'penalty.effect.unit_fine': { zh: '对单位判处罚金', en: 'criminal fine on the company' },
  'penalty.effect.prison_up_to_3_years': { zh: '三年以下有期徒刑或者拘役', en: 'up to 3 years\' imprisonment or criminal detention' },
  'penalty.effect.prison_3_to_7_years_especially_serious': { zh: '情节特别严重的，三年以上七年以下有期徒刑', en: '3 to 7 years\' imprisonment when especially serious' },
  'penalty.effect.prison_up_to_5_years': { zh: '五年以下有期徒刑或者拘役', en: 'up to 5 years\' imprisonment or criminal detention' },
  'penalty.unquantified.civil_damages': { zh: '赔偿金额（按损失或获益确定）', en: 'damages (loss suffered or benefit gained)' },
  'penalty.unquantified.court_fine': { zh: '法院罚款（金额依民事诉讼规则）', en: 'court fine (amount under civil-procedure rules)' },
  'penalty.unquantified.criminal_fine': { zh: '罚金（一般为违法所得一至五倍）', en: 'criminal fine (generally 1-5x illegal gains)' },
  'penalty.instrument.PIPL': { zh: '个人信息保护法', en: 'PIPL' },
  'penalty.instrument.NDSMR': { zh: '网络数据安全管理条例', en: 'NDSMR' },
  'penalty.instrument.DSL': { zh: '数据安全法', en: 'DSL' },
  'penalty.instrument.CSL': { zh: '网络安全法', en: 'CSL' },
  'penalty.instrument.CII Regs': { zh: '关键信息基础设施安全保护条例', en: 'CII Regs' },
  'penalty.instrument.Crypto Regs': { zh: '商用密码管理条例', en: 'Crypto Regs' },
  'penalty.instrument.E-Commerce Law': { zh: '电子商务法', en: 'E-Commerce Law' },
  'penalty.instrument.Consumer Law': { zh: '消费者权益保护法', en: 'Consumer Law' },
  'penalty.instrument.AML Law': { zh: '反洗钱法', en: 'AML Law' },
  'penalty.instrument.Accounting Law': { zh: '会计法', en: 'Accounting Law' },
  'penalty.instrument.Tax Collection Law': { zh: '税收征收管理法', en: 'Tax Collection Law' },
  'penalty.instrument.EBL': { zh: '企业破产法', en: 'EBL' },
  'penalty.instrument.Company Law': { zh: '公司法', en: 'Company Law' },
  'penalty.instrument.Criminal Law': { zh: '刑法', en: 'Criminal Law' },
});

/** The label of an effect or unquantified amount id; an id without a text is shown as itself. */
export function penaltyLabel(kind: 'effect' | 'unquantified', id: string): LocalizedText {
  const key = `penalty.${kind}.${id}`;
  return hasMessage(key) ? message(key) : { zh: id, en: id };
}

/** An instrument's name in both languages (Chinese title for zh). */
export function instrumentName(instrument: string): LocalizedText {
  const key = `penalty.instrument.${instrument}`;
  return hasMessage(key) ? message(key) : { zh: instrument, en: instrument };
}
