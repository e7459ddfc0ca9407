import { defineMessages, hasMessage, t } from './catalog.js';
import type { Lang, LocalizedText } from './lang.js';

/**
 * Human labels for every enum code the human-readable reports show: rule categories and
 * severities, and the plan values the data map and cover repeat (transaction type, data category,
 * disposition, party roles, transfer routes, cross-border mechanisms). Machine-readable formats
 * keep the codes; text, Markdown and HTML show `label (code)` so a reader can still grep the code.
 * Zh category names match the headings of docs/rules/<category>.md; plan labels are short forms
 * of the bilingual descriptions in schemas/plan.schema.json.
 */
const LABELS = {
  category: {
    classification: { zh: '分类分级', en: 'Classification' },
    confidentiality: { zh: '保密', en: 'Confidentiality' },
    encryption: { zh: '加密', en: 'Encryption' },
    'access-control': { zh: '访问控制', en: 'Access control' },
    'transfer-handover': { zh: '转移与移交', en: 'Transfer and handover' },
    recipient: { zh: '接收方', en: 'Recipient' },
    'notification-consent': { zh: '告知与同意', en: 'Notice and consent' },
    'retention-destruction': { zh: '保存与销毁', en: 'Retention and destruction' },
    'cross-border': { zh: '数据出境', en: 'Cross-border transfer' },
    'impact-assessment': { zh: '个人信息保护影响评估', en: 'Impact assessment' },
    'audit-risk-assessment': { zh: '合规审计与风险评估', en: 'Audit and risk assessment' },
    'partners-processors': { zh: '受托人与合作方', en: 'Processors and partners' },
    training: { zh: '培训', en: 'Training' },
    'accountability-penalties': { zh: '责任与处罚', en: 'Accountability and penalties' },
    'incident-response': { zh: '安全事件应急', en: 'Incident response' },
    'regulator-reporting': { zh: '向监管报告', en: 'Regulator reporting' },
  },
  severity: {
    critical: { zh: '严重', en: 'Critical' },
    high: { zh: '高', en: 'High' },
    medium: { zh: '中', en: 'Medium' },
    low: { zh: '低', en: 'Low' },
  },
  transaction_type: {
    merger_absorption: { zh: '吸收合并', en: 'Merger by absorption' },
    merger_new_entity: { zh: '新设合并', en: 'Merger into a new company' },
    division: { zh: '公司分立', en: 'Division' },
    dissolution_liquidation: { zh: '解散清算', en: 'Dissolution and liquidation' },
    bankruptcy_liquidation: { zh: '破产清算', en: 'Bankruptcy liquidation' },
    bankruptcy_reorganisation: { zh: '破产重整', en: 'Bankruptcy reorganisation' },
    asset_sale: { zh: '资产出售', en: 'Asset sale' },
    share_sale: { zh: '股权转让', en: 'Share sale' },
    business_line_transfer: { zh: '业务转让', en: 'Business-line transfer' },
    simplified_deregistration: { zh: '简易注销', en: 'Simplified deregistration' },
  },
  pi_category: {
    identity: { zh: '身份信息', en: 'Identity' },
    contact: { zh: '联系方式', en: 'Contact details' },
    financial_account: { zh: '金融账户', en: 'Financial accounts' },
    transaction: { zh: '交易记录', en: 'Transactions' },
    order_contract: { zh: '订单、合同与发票', en: 'Orders, contracts and invoices' },
    health: { zh: '医疗健康信息', en: 'Health' },
    biometric: { zh: '生物识别信息', en: 'Biometrics' },
    location: { zh: '行踪轨迹', en: 'Location' },
    minor: { zh: '未成年人信息', en: 'Children under 14' },
    feedback_complaint: { zh: '反馈与投诉', en: 'Feedback and complaints' },
    account_credentials: { zh: '账号与登录信息', en: 'Account credentials' },
    device_online: { zh: '设备与上网记录', en: 'Device and online activity' },
    credit: { zh: '信用信息', en: 'Credit' },
    education_record: { zh: '学籍和学习记录', en: 'Education records' },
    other: { zh: '其他', en: 'Other' },
  },
  disposition: {
    continue: { zh: '继续处理', en: 'Continue' },
    transfer: { zh: '转移', en: 'Transfer' },
    retain_legal: { zh: '依法留存', en: 'Retain (legal duty)' },
    delete: { zh: '删除', en: 'Delete' },
    anonymise: { zh: '匿名化', en: 'Anonymise' },
    return_to_client: { zh: '返还委托方', en: 'Return to client' },
  },
  party_role: {
    buyer: { zh: '买方', en: 'Buyer' },
    successor: { zh: '承继主体', en: 'Successor' },
    recipient: { zh: '接收方', en: 'Recipient' },
    bidder: { zh: '竞买方', en: 'Bidder' },
    administrator: { zh: '破产管理人', en: 'Bankruptcy administrator' },
    liquidation_group: { zh: '清算组', en: 'Liquidation group' },
    auctioneer: { zh: '拍卖机构', en: 'Auctioneer' },
    custodian: { zh: '保管人', en: 'Custodian' },
    archive_depository: { zh: '档案寄存机构', en: 'Archive depository' },
    destruction_vendor: { zh: '销毁服务商', en: 'Destruction vendor' },
    migration_vendor: { zh: '数据迁移服务商', en: 'Migration vendor' },
    cloud_provider: { zh: '云服务商', en: 'Cloud provider' },
    sms_gateway: { zh: '短信网关', en: 'SMS gateway' },
    it_vendor: { zh: '信息技术服务商', en: 'IT vendor' },
    payment_service: { zh: '支付服务提供者', en: 'Payment service' },
    auditor: { zh: '审计机构', en: 'Auditor' },
    law_firm: { zh: '律师事务所', en: 'Law firm' },
    accounting_firm: { zh: '会计师事务所', en: 'Accounting firm' },
    shareholder: { zh: '股东', en: 'Shareholder' },
    client: { zh: '委托方客户', en: 'Client' },
    partner: { zh: '业务合作方', en: 'Business partner' },
    sdk_vendor: { zh: 'SDK 提供方', en: 'SDK vendor' },
    regulator: { zh: '监管机构', en: 'Regulator' },
    court: { zh: '人民法院', en: 'Court' },
    designated_body: { zh: '指定接收机构', en: 'Designated body' },
    insurer: { zh: '保险机构', en: 'Insurer' },
    other: { zh: '其他', en: 'Other' },
  },
  pipl_role: {
    controller: { zh: '个人信息处理者', en: 'Controller' },
    entrusted_party: { zh: '受托人', en: 'Entrusted party' },
    recipient: { zh: '独立处理者（接收方）', en: 'Recipient (own controller)' },
    joint_controller: { zh: '共同处理者', en: 'Joint controller' },
    none: { zh: '不处理个人信息', en: 'No processing' },
  },
  transfer_basis: {
    pipl_22: { zh: '第二十二条转移（合并、分立、解散、破产）', en: 'PIPL Art. 22 transfer on merger, division, dissolution or bankruptcy' },
    pipl_23: { zh: '第二十三条提供（须单独同意）', en: 'PIPL Art. 23 provision with separate consent' },
    pipl_21_entrusted: { zh: '第二十一条委托处理', en: 'PIPL Art. 21 entrusted processing' },
    anonymised: { zh: '仅匿名化数据', en: 'Anonymised data only' },
    return_to_client: { zh: '返还委托方客户', en: 'Return to the client' },
  },
  xborder_mechanism: {
    security_assessment: { zh: '数据出境安全评估', en: 'CAC security assessment' },
    scc: { zh: '标准合同备案', en: 'Standard contract (SCC)' },
    certification: { zh: '个人信息保护认证', en: 'PI protection certification' },
    exempt: { zh: '豁免', en: 'Exempt' },
  },
} as const satisfies Record<string, Record<string, LocalizedText>>;

export type EnumKind = keyof typeof LABELS;

/** Every labelled code of a kind, in catalogue order (tests check completeness against the enums). */
export function enumCodes(kind: EnumKind): string[] {
  return Object.keys(LABELS[kind]);
}

function messageId(kind: EnumKind, code: string): string {
  return `enum.${kind}.${code}`;
}

defineMessages(
  Object.fromEntries(
    (Object.keys(LABELS) as EnumKind[]).flatMap((kind) =>
      Object.entries(LABELS[kind] as Record<string, LocalizedText>).map(([code, text]) => [messageId(kind, code), text]),
    ),
  ),
);

export function hasEnumLabel(kind: EnumKind, code: string): boolean {
  return Object.prototype.hasOwnProperty.call(LABELS[kind], code) && hasMessage(messageId(kind, code));
}

/** The label of a code; a code without a label (a value outside the enum) is shown as it is. */
export function enumLabel(kind: EnumKind, code: string, lang: Lang): string {
  return hasEnumLabel(kind, code) ? t(messageId(kind, code), lang) : code;
}

/** False when the label only restates the code (`Transfer` for `transfer`), so `(code)` adds nothing. */
export function labelNeedsCode(label: string, code: string): boolean {
  return label.toLowerCase().replace(/[\s-]+/g, '_') !== code.toLowerCase().replace(/-/g, '_');
}

/** `label (code)`; the bare label when it restates the code; the bare code when it has no label. */
export function enumLabelWithCode(kind: EnumKind, code: string, lang: Lang): string {
  if (!hasEnumLabel(kind, code)) return code;
  const label = t(messageId(kind, code), lang);
  return labelNeedsCode(label, code) ? `${label} (${code})` : label;
}

/**
 * A text that joins codes (`buyer, recipient · controller`, as the data map writes party roles):
 * each code is replaced by `label (code)` using the first kind that knows it; separators stay.
 */
export function labelCodeList(kinds: readonly EnumKind[], text: string, lang: Lang): string {
  return text.replace(/[A-Za-z0-9_-]+/g, (code) => {
    const kind = kinds.find((k) => hasEnumLabel(k, code));
    return kind === undefined ? code : enumLabelWithCode(kind, code, lang);
  });
}
