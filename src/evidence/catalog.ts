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
  plan: { zh: '方案本身的版本、作者及审批记录', en: 'The plan’s own version, authors and approval record' },
  classification: { zh: '个人信息分类分级的方法、结论及依据', en: 'How the personal information was classified and graded, the results and their basis' },
  processing_records: { zh: '个人信息处理活动记录', en: 'The record of processing activities' },
  parties: { zh: '方案涉及的各方主体名单：名称、信用代码、角色与联系人', en: 'Every party named in the plan: name, credit code, role and contact' },
  systems: { zh: '存放客户个人信息的系统与存储清单', en: 'The list of systems and stores holding customer personal information' },
  recipients: {
    zh: '接收方资料：继续履行义务的承诺书、拟使用目的及安全能力评估材料',
    en: 'For each recipient: its undertaking to continue the obligations, intended purposes and the assessment of its security capability',
  },
  privacy_policy: { zh: '针对本次事件更新后的隐私政策及处理规则', en: 'The privacy policy and processing rules as updated for the event' },
  cessation: { zh: '停止服务方案：停止收集、通知个人及删除或匿名化的安排', en: 'The service-cessation plan: stop collecting, notify individuals, then delete or anonymise' },
  rights_channel: { zh: '清算期间个人行使撤回、删除、查询、注销等权利的渠道及处理记录', en: 'The channel for withdrawal, deletion, access and account cancellation during the wind-down, and its handling records' },
  post_dissolution_contact: { zh: '注销后仍然有效的个人信息联系渠道及负责人', en: 'The contact point for individuals that survives deregistration, and who answers it' },
  complaints: { zh: '事件期间及之后的投诉处理机制与记录', en: 'Complaint handling during and after the event, with its records' },
  due_diligence: { zh: '尽职调查与竞买阶段的数据室规则、保密协议及样本数据处理方式', en: 'Due-diligence and bidding rules: data-room rules, confidentiality agreements and how sample data is handled' },
  commercial_crypto: { zh: '商用密码使用情况、产品认证及最近一次密码应用安全性评估报告', en: 'Commercial cryptography in use, product certifications and the latest cryptography assessment report' },
  deidentification: { zh: '去标识化与匿名化的方法及效果评估', en: 'De-identification and anonymisation methods and the evaluation of their effect' },
  assets: { zh: '存有个人信息的设备和介质清单及处置记录', en: 'The list of devices and media holding personal information, and their disposal records' },
  minors: { zh: '未成年人个人信息的范围、监护人同意及专门保护措施', en: 'Minors’ personal information: scope, guardian consent and the specific protections' },
  post_event_custodians: {
    zh: '事件后数据保管人的名称、职责、联系方式、保管记录范围、合同与安全措施',
    en: 'The post-event custodians: name, role, contact, records kept, contract and security measures',
  },
  accounting_archives: { zh: '会计档案的范围、保管期限、保管人及移交记录', en: 'Accounting archives: scope, retention periods, custodian and hand-over records' },
  tax_records: { zh: '税务资料的范围、保存期限及保管人', en: 'Tax records: scope, retention period and custodian' },
  compliance_evidence: { zh: '至少保存三年的合规证据（影响评估报告、处理情况记录等）', en: 'Compliance evidence kept for at least three years (impact assessments, processing records)' },
  client_data: { zh: '作为受托处理者为客户处理的数据清单，以及按合同返还或删除的证明', en: 'Data held as an entrusted processor for clients, and proof of its return or deletion under each contract' },
  joint_controllers: { zh: '共同处理者之间的约定及各自权利义务', en: 'Agreements between joint processors and their respective duties' },
  third_party_integrations: { zh: '第三方 SDK、小程序和插件的清单及其数据处理情况', en: 'Third-party SDKs, mini-programs and plug-ins, and what data they process' },
  partners: { zh: '参与移交的合作方名单及对其的监督措施', en: 'Partners involved in the hand-over and how they are supervised' },
  regulatory_matters: { zh: '未结的监管约谈、整改通知及其整改情况', en: 'Open regulatory interviews and rectification orders, and their status' },
  regulator_access: { zh: '事件后监管机构查阅记录的安排', en: 'How regulators can still access records after the event' },
  corporate_timeline: { zh: '公司事件时间表：决议、公告、清算及注销各节点日期', en: 'The corporate timeline: resolution, announcements, liquidation and deregistration dates' },
  insurance: { zh: '数据责任保险的保单及承保范围', en: 'Data-liability insurance policies and their cover' },
  discipline: { zh: '内部责任追究制度', en: 'The internal responsibility and discipline rules' },
  self_regulation: { zh: '参加行业自律组织的情况及承诺', en: 'Industry self-regulation memberships and commitments' },
  ecommerce: { zh: '电子商务经营者的交易信息保存及停业公示材料', en: 'E-commerce records: transaction data kept and the closure notice published' },
  aml: { zh: '反洗钱客户身份资料和交易记录的保存及移交安排', en: 'Anti-money-laundering customer identification and transaction records: retention and hand-over' },
  credit: { zh: '征信信息的保存、移交或销毁方案及主管部门意见', en: 'Credit-reporting data: retention, hand-over or destruction plan and the regulator’s view' },
  payment: { zh: '支付机构终止业务时的客户信息处置方案及主管部门意见', en: 'Payment institution exit: customer-data disposition plan and the regulator’s view' },
  healthcare: { zh: '医疗机构病历等医疗数据的保管与移交安排', en: 'Medical records and other health data: custody and hand-over arrangements' },
  cii: { zh: '关键信息基础设施的认定、安全保护及报告材料', en: 'Critical-information-infrastructure designation, protection measures and reports' },
  liability_register: { zh: '责任人清单及各自的法律责任风险', en: 'The register of responsible persons and their exposures' },
};

/** The request for a group the dictionary does not name: ask for the documents behind that field. */
export function genericEvidence(group: string): LocalizedText {
  return { zh: `证明计划字段「${group}」内容的文件`, en: `Documents evidencing the plan field "${group}"` };
}
