import type { LocalizedText } from '../i18n/lang.js';

/**
 * What to ask a target for when a plan field group (a top-level key of the plan, see the plan-field
 * dictionary in the legal catalogue, Appendix A) is missing or incomplete.
 */
export const EVIDENCE_BY_GROUP: Readonly<Record<string, LocalizedText>> = {
  transaction: {
    zh: '交易文件：交易类型、生效日期及相关决议（合并协议、转让协议、清算或破产裁定）',
    en: 'Transaction documents: type, effective date and the resolutions behind it (merger or sale agreement, liquidation or bankruptcy order)',
  },
  entity: {
    zh: '主体信息：统一社会信用代码、所属行业、是否关键信息基础设施运营者或受托处理者的证明',
    en: 'Entity details: unified social credit code, sector, and whether it operates critical information infrastructure or processes data on behalf of clients',
  },
  subject_counts: {
    zh: '个人信息主体数量统计（含敏感个人信息、不满十四周岁未成年人）及统计日期和方法',
    en: 'Counts of individuals (including sensitive personal information and minors under 14), with the counting date and method',
  },
  platform: { zh: '平台注册用户数与月活跃用户数的统计记录', en: 'Records of the platform’s registered and monthly active users' },
  important_data: {
    zh: '重要数据识别结论、主管部门通知及重要数据目录',
    en: 'The important-data assessment, any notice from the authorities and the important-data catalogue entries',
  },
  data_inventory: {
    zh: '个人信息清单：数据类别、字段、主体数量、是否敏感、处理目的、法律依据、系统与存储位置、处置方式',
    en: 'The personal-information inventory: categories, fields, subject counts, sensitivity, purposes, legal basis, systems, storage location and disposition',
  },
  pi_transfers: {
    zh: '个人信息转移记录：数据集、法律依据（第二十二条或第二十三条）、接收方、日期、数量与目的',
    en: 'Records of each personal-information transfer: data sets, legal basis (PIPL Art. 22 or 23), recipient, date, volume and purpose',
  },
  recipient: {
    zh: '接收方资料：名称、信用代码、联系人、所在法域、继续履行义务的承诺书及安全评估材料',
    en: 'The recipient’s details: name, credit code, contact, jurisdiction, its undertaking to continue the obligations, and its security assessment',
  },
  notices: {
    zh: '告知材料：向个人发出的转移告知文本、渠道、发送日期与送达率，以及保存期限说明',
    en: 'Notices to individuals: the transfer notice text, channels, sending date and reach rate, and the retention statement',
  },
  consents: { zh: '单独同意的获取机制、同意记录及不同意者的处置方案', en: 'Separate-consent mechanism, consent records and what happens to those who do not consent' },
  handover: {
    zh: '移交方案：范围、程序、责任人、移交登记簿、签收日期、传输渠道与备份处置',
    en: 'The hand-over plan: scope, procedure, responsible persons, register, sign-off date, channel and backup disposition',
  },
  encryption: { zh: '传输加密与存储加密的协议、算法和覆盖范围说明', en: 'Encryption in transit and at rest: protocols, algorithms and scope' },
  key_management: { zh: '密钥管理制度：保管人、托管、轮换与销毁证明', en: 'Key management: custodian, escrow, rotation and destruction evidence' },
  crypto: { zh: '商用密码使用情况、产品认证及最近一次密码应用安全性评估报告', en: 'Commercial cryptography in use, product certifications and the latest cryptography assessment report' },
  access_control: { zh: '访问控制制度：角色、批量导出审批与职责分离', en: 'Access-control policy: roles, approval of bulk exports and segregation of duties' },
  offboarding: { zh: '离职人员权限回收时限及回收记录', en: 'Offboarding: the access-revocation deadline and its records' },
  logging: { zh: '日志记录配置、日志保存期限与防篡改措施', en: 'Logging configuration, log retention period and tamper protection' },
  retention_vault: {
    zh: '依法留存记录清单：记录类型、法律依据、保存年限、起算事件、访问限制与保管人',
    en: 'The list of records kept by law: record type, legal basis, period, start event, access restrictions and custodian',
  },
  post_event_custodian: {
    zh: '事件后数据保管人的名称、职责、联系方式、保管记录范围、合同与安全措施',
    en: 'The post-event custodian: name, role, contact, records kept, contract and security measures',
  },
  deletion: { zh: '删除方案：触发事件与日期、数据集、方法及对备份、副本、受托方和终端的覆盖', en: 'The deletion plan: trigger and date, data sets, method, and coverage of backups, replicas, processors and endpoints' },
  destruction: { zh: '销毁方法（纸质、电子、介质）、销毁服务商、核验方式、销毁证明及见证人', en: 'Destruction: paper, electronic and media methods, vendor, verification, certificate and witnesses' },
  cross_border: {
    zh: '数据出境材料：接收方及国家、出境人数、出境机制（安全评估、标准合同、认证或豁免依据）、告知与单独同意记录',
    en: 'Cross-border transfer files: recipient and country, numbers of individuals, the mechanism (security assessment, standard contract, certification or exemption), notice and separate consent',
  },
  pia: { zh: '个人信息保护影响评估报告（范围、完成日期、评估人、风险等级及保存期限）', en: 'Personal-information protection impact assessment reports (scope, date, assessor, risk level and retention)' },
  risk_assessments: { zh: '风险评估记录：类型、完成日期与报送日期', en: 'Risk-assessment records: type, completion and submission dates' },
  audit: { zh: '个人信息保护合规审计报告、审计机构、下次审计日期及监管要求的整改材料', en: 'Personal-information compliance audit reports, the audit firm, the next due date and any regulator-ordered rectification' },
  pipo: { zh: '个人信息保护负责人的任命、公开联系方式及报送记录', en: 'The personal-information protection officer’s appointment, public contact and filing records' },
  governance: { zh: '治理架构：负责高管、个人信息保护负责人、数据安全负责人及清算数据负责人', en: 'Governance: accountable executive, protection officer, data-security officer and liquidation data lead' },
  processors: { zh: '受托处理者清单、委托合同、再委托情况及终止时的返还或删除证明', en: 'The list of processors, their contracts, sub-processors and return-or-deletion certificates on termination' },
  actors: { zh: '参与处理的各方及其角色清单', en: 'The list of parties involved in processing and their roles' },
  personnel: { zh: '接触个人信息人员名单、访问级别、保密协议及背景审查记录', en: 'Staff with access to personal information: access levels, confidentiality agreements and background checks' },
  third_parties: { zh: '第三方（中介、竞买人等）的保密协议、访问范围与截止日期', en: 'Third parties (advisers, bidders): confidentiality agreements, access scope and end dates' },
  training: { zh: '培训记录：日期、对象、内容与出勤率，以及对合作方的说明会记录', en: 'Training records: dates, audience, topics, attendance, and partner briefings' },
  incident_response: {
    zh: '安全事件应急预案、负责人、值守期限、演练记录、报告时限与通知模板',
    en: 'The incident-response plan: owner, on-call period, drills, reporting deadline and notification templates',
  },
  regulator_reports: { zh: '向主管部门报送的报告及回执', en: 'Reports filed with the authorities and their receipts' },
  liquidation: { zh: '清算组成员、成立日期及数据负责人', en: 'Liquidation group members, formation date and data lead' },
  insolvency: { zh: '破产管理人、系统接管日期及向债权人委员会的报告', en: 'The bankruptcy administrator, the system take-over date and the report to the creditors’ committee' },
  deregistration: { zh: '注销类型、数据处置完成日期及清算报告', en: 'Deregistration type, date the data disposition was completed and the liquidation report' },
  legal_holds: { zh: '诉讼保全或证据保全事项、涉及记录及期限', en: 'Legal holds: matters, records concerned and until when' },
  liability_register: { zh: '责任人清单及各自的法律责任风险', en: 'The register of responsible persons and their exposures' },
};

/** The request for a group the dictionary does not name: ask for the documents behind that field. */
export function genericEvidence(group: string): LocalizedText {
  return { zh: `证明计划字段「${group}」内容的文件`, en: `Documents evidencing the plan field "${group}"` };
}
