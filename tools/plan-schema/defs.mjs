// Shapes and value lists used by several sections ($defs of the plan schema).
import { describe, enumOf, obj, refTo, str } from './dsl.mjs';

export const TRANSACTION_TYPES = {
  merger_absorption: ['merger by absorption (吸收合并): the company is absorbed by another and ceases to exist', '吸收合并：本公司被另一公司吸收后解散'],
  merger_new_entity: ['merger by new establishment (新设合并): two or more companies form a new one', '新设合并：两个以上公司合并设立新公司'],
  division: ['division (分立) into two or more companies', '公司分立为两个以上公司'],
  dissolution_liquidation: ['voluntary or ordered dissolution followed by ordinary liquidation (解散清算)', '解散后进行普通清算'],
  bankruptcy_liquidation: ['bankruptcy liquidation under the Enterprise Bankruptcy Law (破产清算), run by a court-appointed administrator', '依《企业破产法》进行破产清算，由法院指定的管理人主持'],
  bankruptcy_reorganisation: ['bankruptcy reorganisation (破产重整); the company survives under a reorganisation plan', '破产重整，公司依重整计划存续'],
  asset_sale: ['sale of assets, including a customer database, outside insolvency (资产出售)', '破产程序之外出售资产（含客户数据库）'],
  share_sale: ['sale of shares (股权转让): the controller of the data does not change', '股权转让：数据处理者本身不变'],
  business_line_transfer: ['transfer of a business line with its customers (业务转让)', '连同客户一并转让某项业务'],
  simplified_deregistration: ['simplified deregistration (简易注销) of a company without debts', '无债务公司的简易注销'],
};

export const PURPOSES = {
  order_fulfilment: ['performing orders and contracts with the customer', '履行与客户的订单和合同'],
  delivery: ['delivery and logistics', '配送与物流'],
  payment: ['payment and settlement', '支付与结算'],
  account_management: ['opening and running customer accounts', '开立和管理客户账户'],
  customer_service: ['customer service, after-sales and rights requests', '客户服务、售后及个人权利请求处理'],
  complaints_handling: ['handling complaints and disputes', '处理投诉与纠纷'],
  marketing: ['direct marketing and promotions', '营销推广'],
  personalisation: ['personalised recommendations and profiling', '个性化推荐与用户画像'],
  analytics: ['statistics and business analytics', '统计与经营分析'],
  risk_control: ['fraud prevention and risk control', '反欺诈与风险控制'],
  service_provision: ['providing the contracted service (e.g. a SaaS product)', '提供约定的服务（如 SaaS 产品）'],
  legal_compliance: ['complying with a legal obligation (AML, tax, accounting, platform record keeping)', '履行法定义务（反洗钱、税务、会计、平台记录保存）'],
  accounting: ['bookkeeping and accounting archives', '记账与会计档案'],
  tax: ['tax filing and tax inspection', '纳税申报与税务检查'],
  litigation: ['establishing, exercising or defending legal claims', '提起、行使或抗辩法律请求'],
  liquidation: ['liquidation or bankruptcy administration (claims, distribution, asset realisation)', '清算或破产管理（债权、分配、资产变现）'],
  healthcare: ['diagnosis, treatment and medical records', '诊疗及病历管理'],
  education: ['teaching and student administration', '教学与学籍管理'],
  credit_reporting: ['credit reporting', '征信'],
  research: ['research and product development', '研究与产品开发'],
  other: ['another purpose, explained in the notes', '其他目的，在备注中说明'],
};

export const PI_CATEGORIES = {
  identity: ['identity data: name, ID document number and images', '身份信息：姓名、证件号码及证件影像'],
  contact: ['contact data: phone, e-mail, address, instant-messaging ids', '联系方式：电话、邮箱、地址、即时通讯账号'],
  financial_account: ['financial accounts: bank cards, payment tokens, balances (sensitive under PIPL Art. 28)', '金融账户：银行卡、支付令牌、余额（《个人信息保护法》第二十八条敏感信息）'],
  transaction: ['transaction and consumption records', '交易和消费记录'],
  order_contract: ['orders, contracts and invoices', '订单、合同与发票'],
  health: ['medical and health data (sensitive)', '医疗健康信息（敏感）'],
  biometric: ['biometric data such as face or fingerprint (sensitive)', '生物识别信息，如人脸、指纹（敏感）'],
  location: ['location tracks (sensitive when they form a track)', '行踪轨迹（构成轨迹时为敏感信息）'],
  minor: ['data of children under 14 (sensitive)', '不满十四周岁未成年人的信息（敏感）'],
  feedback_complaint: ['feedback, complaints and service tickets', '意见反馈、投诉与工单'],
  account_credentials: ['account names, passwords and login data', '账号、密码及登录信息'],
  device_online: ['device identifiers, browsing and app-usage records', '设备标识、浏览及应用使用记录'],
  credit: ['credit information', '信用信息'],
  education_record: ['student and learning records', '学籍和学习记录'],
  other: ['another category, explained in the notes', '其他类别，在备注中说明'],
};

export const SENSITIVE_BASES = {
  biometric: ['biometric recognition data', '生物识别信息'],
  religious_belief: ['religious beliefs', '宗教信仰'],
  specific_identity: ['specific identity (e.g. ID documents under GB/T 35273 Annex B)', '特定身份（如 GB/T 35273 附录 B 所列身份证件）'],
  medical_health: ['medical and health information', '医疗健康信息'],
  financial_account: ['financial account information', '金融账户信息'],
  location_tracking: ['location tracks', '行踪轨迹'],
  minor_under_14: ['personal information of minors under 14', '不满十四周岁未成年人的个人信息'],
  other_sensitive: ['other information whose leak or misuse easily harms dignity, person or property (PIPL Art. 28 catch-all)', '其他一旦泄露或被非法使用容易侵害人格尊严、人身或财产安全的信息（第二十八条兜底）'],
};

export const DISPOSITIONS = {
  continue: ['kept and processed as before by the same company (share sale, reorganisation, surviving company)', '由同一公司继续按原方式处理（股权转让、重整、存续公司）'],
  transfer: ['transfer to a recipient (see pi_transfers)', '转移给接收方（见 pi_transfers）'],
  retain_legal: ['keep only because a law requires it, locked in the retention vault (PIPL Art. 47 para. 2)', '仅因法定保存义务而保留，锁定于留存库（第四十七条第二款）'],
  delete: ['delete (PIPL Art. 47 para. 1)', '删除（第四十七条第一款）'],
  anonymise: ['anonymise so that individuals cannot be identified and the data cannot be restored', '匿名化处理，无法识别特定个人且不能复原'],
  return_to_client: ['return to the client that controls the data (the company is only an entrusted processor)', '返还给作为处理者的委托方客户（本公司仅为受托人）'],
};

export const PARTY_ROLES = {
  buyer: ['buyer of shares, assets or a business line', '股权、资产或业务的买方'],
  successor: ['successor entity in a merger or division', '合并、分立后的承继主体'],
  recipient: ['any other recipient of personal information', '其他个人信息接收方'],
  bidder: ['bidder in a sale or auction', '竞买方、投标方'],
  administrator: ['bankruptcy administrator (管理人)', '破产管理人'],
  liquidation_group: ['liquidation group (清算组) or a member firm', '清算组或其成员单位'],
  auctioneer: ['auctioneer', '拍卖机构'],
  custodian: ['custodian of retained records', '留存记录的保管人'],
  archive_depository: ['archive depository service', '档案寄存机构'],
  destruction_vendor: ['destruction or shredding vendor', '销毁、粉碎服务商'],
  migration_vendor: ['data migration vendor', '数据迁移服务商'],
  cloud_provider: ['cloud hosting provider', '云服务商'],
  sms_gateway: ['SMS or notification gateway', '短信或通知网关'],
  it_vendor: ['other IT or outsourcing vendor', '其他信息技术或外包服务商'],
  payment_service: ['payment service provider', '支付服务提供者'],
  auditor: ['auditor or certification body', '审计或认证机构'],
  law_firm: ['law firm or legal adviser', '律师事务所或法律顾问'],
  accounting_firm: ['accounting firm', '会计师事务所'],
  shareholder: ['shareholder or founder', '股东或发起人'],
  client: ['business client whose data the company processes on its behalf', '委托本公司处理数据的企业客户'],
  partner: ['business partner (co-branding, referral, marketplace)', '业务合作方（联名、引流、平台）'],
  sdk_vendor: ['third-party SDK, mini-program or plug-in vendor', '第三方 SDK、小程序或插件提供方'],
  regulator: ['regulator or competent authority', '监管机构或主管部门'],
  court: ['people\'s court', '人民法院'],
  designated_body: ['body designated by a regulator to receive records (e.g. under AML Law Art. 34)', '监管指定的接收机构（如《反洗钱法》第三十四条）'],
  insurer: ['insurer', '保险机构'],
  other: ['another role, explained in the notes', '其他角色，在备注中说明'],
};

export const PIPL_ROLES = {
  controller: ['personal information processor (个人信息处理者) deciding purposes and means on its own', '自主决定处理目的和方式的个人信息处理者'],
  entrusted_party: ['entrusted party (受托人) processing on the company\'s behalf under PIPL Art. 21', '依第二十一条受托处理个人信息的受托人'],
  recipient: ['recipient that becomes a processor in its own right (PIPL Arts. 22, 23)', '接收后成为独立个人信息处理者的接收方（第二十二、二十三条）'],
  joint_controller: ['joint processor deciding purposes and means together with the company (PIPL Art. 20)', '与本公司共同决定处理目的和方式的共同处理者（第二十条）'],
  none: ['does not process the company\'s personal information', '不处理本公司的个人信息'],
};

export const CHANNELS = {
  sms: ['text message', '短信'],
  email: ['e-mail', '电子邮件'],
  app_push: ['in-app notification or push', '应用内通知或推送'],
  website: ['notice on the website or homepage', '网站或首页公告'],
  wechat_oa: ['WeChat official account or mini-program', '微信公众号或小程序'],
  phone: ['telephone call', '电话'],
  letter: ['letter or registered mail', '信函或挂号信'],
  newspaper: ['newspaper announcement', '报纸公告'],
  necips: ['National Enterprise Credit Information Publicity System (国家企业信用信息公示系统)', '国家企业信用信息公示系统'],
  in_person: ['in person', '当面告知'],
};

export function buildDefs() {
  return {
    person: obj(
      {
        name: str('Full name.', '姓名。'),
        title: str('Job title or function.', '职务或职能。'),
        party: refTo('party', 'The party (employer or firm) this person acts for, by id from `parties`.', '此人所代表的主体（雇主或机构），引用 `parties` 中的 id。'),
        phone: str('Telephone number.', '电话号码。'),
        email: str('E-mail address.', '电子邮箱。', { format: 'email' }),
      },
      'A named person.',
      '一名具体人员。',
      { required: ['name'] },
    ),
    contact: obj(
      {
        person: str('Contact person or desk.', '联系人或联系部门。'),
        phone: str('Telephone number.', '电话号码。'),
        email: str('E-mail address.', '电子邮箱。', { format: 'email' }),
        address: str('Postal address.', '通讯地址。'),
        url: str('Web page or online form.', '网页或在线表单地址。'),
        wechat: str('WeChat official account or id.', '微信公众号或微信号。'),
      },
      'How individuals or regulators can reach someone. At least one channel must be given.',
      '个人或监管机构联系某一主体的方式，须至少提供一种渠道。',
      { minProperties: 1 },
    ),
    transaction_type: enumOf(TRANSACTION_TYPES, 'One of the ten corporate events pipl-guard knows.', 'pipl-guard 支持的十类公司事件之一。'),
    purpose: enumOf(PURPOSES, 'A processing purpose, from a fixed list so that original and new purposes can be compared (PIPL Art. 14 para. 2).', '处理目的，使用固定清单以便比较原目的与新目的（第十四条第二款）。'),
    pi_category: enumOf(PI_CATEGORIES, 'A category of customer personal information.', '客户个人信息的类别。'),
    sensitive_basis: enumOf(SENSITIVE_BASES, 'Why data is sensitive personal information under PIPL Art. 28.', '依《个人信息保护法》第二十八条属于敏感个人信息的理由。'),
    disposition: enumOf(DISPOSITIONS, 'What happens to a data set in the event.', '数据集在本次事件中的处置方式。'),
    channel: enumOf(CHANNELS, 'A communication channel.', '通知渠道。'),
    fact_ref: describe(
      { type: 'string', minLength: 1 },
      'A reference to a document that evidences a fact: a file name, document number or archive location.',
      '证明某一事实的文件引用：文件名、文号或档案位置。',
    ),
  };
}
