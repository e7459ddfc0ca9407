// Retention, custody, deletion, destruction and legal holds.
import { arr, bool, date, enumOf, idOf, int, num, obj, ref, refTo, refsTo, str, strs } from './dsl.mjs';
import { notes } from './core.mjs';

export const RETENTION_BASES = {
  accounting_archives: ['Accounting Law Art. 23 and AA Measures: vouchers and ledgers 30 years, periodic reports 10 years, annual reports permanent', '《会计法》第二十三条及《会计档案管理办法》：凭证账簿 30 年，月季半年报 10 年，年报永久'],
  tax_records: ['Tax Rules Art. 29: books, vouchers, invoices and tax materials 10 years', '《税收征收管理法实施细则》第二十九条：账簿、凭证、发票等涉税资料 10 年'],
  invoice_stubs: ['invoice stubs and registers, 5 years (invoice rules)', '发票存根联及登记簿 5 年（发票管理规定）'],
  ecommerce_transactions: ['E-Commerce Law Art. 31: platform transaction information at least 3 years from completion', '《电子商务法》第三十一条：平台交易信息自交易完成起不少于 3 年'],
  aml_customer_identification: ['AML Law Art. 34: customer identification data 10 years after the relationship ends', '《反洗钱法》第三十四条：客户身份资料自业务关系结束后 10 年'],
  aml_transactions: ['AML Law Art. 34: transaction information 10 years after the transaction', '《反洗钱法》第三十四条：交易信息自交易结束后 10 年'],
  medical_outpatient: ['outpatient medical records, at least 15 years from the last visit', '门（急）诊病历自最后一次就诊起不少于 15 年'],
  medical_inpatient: ['inpatient medical records, at least 30 years from the last discharge', '住院病历自最后一次出院起不少于 30 年'],
  network_logs: ['CSL Art. 21(3): network logs at least 6 months', '《网络安全法》第二十一条第三项：网络日志不少于 6 个月'],
  pia_and_processing_records: ['PIPL Art. 56: PIA reports and processing records at least 3 years', '第五十六条：影响评估报告和处理情况记录至少 3 年'],
  provision_records: ['NDSMR Art. 12: records of provision or entrustment at least 3 years', '《网络数据安全管理条例》第十二条：提供、委托处理记录至少 3 年'],
  credit_negative_info: ['Credit Regs Art. 16: negative credit information at most 5 years, then deleted', '《征信业管理条例》第十六条：不良信息最长 5 年，届满删除'],
  civil_limitation: ['Civil Code Art. 188: kept to defend claims within the limitation period (justify)', '《民法典》第一百八十八条：为诉讼时效内抗辩而保存（须说明理由）'],
  bankruptcy_additional_distribution: ['EBL Art. 123: 2-year window for additional distribution', '《企业破产法》第一百二十三条：两年追加分配期'],
  legal_hold: ['a litigation or regulatory hold (see legal_holds)', '诉讼或监管保全（见 legal_holds）'],
  other_law: ['another law, cited in legal_basis_citation', '其他法律，在 legal_basis_citation 中引用'],
};

const PERMITTED_PURPOSES = {
  audit: ['statutory or financial audit', '法定审计或财务审计'],
  tax_inspection: ['tax inspection', '税务检查'],
  aml_inquiry: ['AML inquiries by authorities', '反洗钱调查'],
  litigation: ['litigation and disputes', '诉讼与争议解决'],
  regulator_request: ['requests of regulators', '监管机构调取'],
  individual_request: ['requests of the individuals themselves', '个人本人的查询请求'],
  archive_consultation: ['consultation by successor entities permitted by archive rules', '档案规则允许的承继主体查阅'],
};

const START_EVENTS = {
  fiscal_year_end: ['end of the fiscal year', '会计年度终了'],
  transaction_completed: ['completion of the transaction', '交易完成'],
  relationship_ended: ['end of the business relationship', '业务关系结束'],
  last_visit: ['patient\'s last visit or discharge', '患者最后一次就诊或出院'],
  record_created: ['creation of the record', '记录生成'],
  event_effective: ['the event taking effect', '事件生效'],
  proceedings_ended: ['end of bankruptcy proceedings', '破产程序终结'],
  adverse_event_ended: ['end of the adverse credit event', '不良行为或事件终止'],
};

export function retentionSections() {
  return {
    retention_vault: arr(
      obj(
        {
          id: idOf('retention_record', 'Identifier of this retained record class.', '留存记录类别的标识。'),
          record_type: str('What is kept (e.g. "sales vouchers with customer names").', '保存的内容（如"含客户姓名的销售凭证"）。'),
          datasets: refsTo('dataset', 'Data sets the records come from, by id.', '记录来源的数据集（id）。'),
          legal_basis: enumOf(RETENTION_BASES, 'The law that requires keeping the records.', '要求保存的法律依据。'),
          legal_basis_citation: str('Citation when the basis is other_law or needs detail.', '依据为其他法律或需细化时的条文引用。'),
          period_years: num('Retention period in years (0.5 for six months).', '保存期限（年；六个月为 0.5）。'),
          permanent: bool('Kept permanently (e.g. annual financial reports).', '是否永久保存（如年度财务报告）。'),
          maximum: bool('The period is a maximum after which the records must be deleted (e.g. negative credit information).', '该期限是否为最长期限，届满必须删除（如不良信用信息）。'),
          start_event: enumOf(START_EVENTS, 'Event that starts the period.', '期限起算事件。'),
          start_date: date('Date the period starts (the latest start for a class).', '期限起算日（一类记录中最晚的起算日）。'),
          expiry_date: date('Date the period ends and the records are destroyed.', '期限届满并销毁记录的日期。'),
          fields: strs('Fields kept (only those the law needs).', '保留的字段（仅限法律所需）。'),
          field_justification: str('Why each kept field is needed for the retention purpose.', '每个保留字段为留存目的所必需的理由。'),
          restricted: bool('Locked: storage and security only, no business use (PIPL Art. 47 para. 2).', '是否锁定：仅存储和采取安全措施，不作业务使用（第四十七条第二款）。'),
          permitted_purposes: arr(enumOf(PERMITTED_PURPOSES, 'A purpose.', '一项目的。'), 'The only purposes for which the records may be accessed.', '允许访问记录的唯一目的。', { unique: true }),
          access_policy: str('Who may access and with what approval.', '谁可访问以及审批要求。'),
          access_log: bool('Every access is logged.', '每次访问是否记录。'),
          encrypted: bool('Encrypted at rest.', '是否加密存储。'),
          media: enumOf({ electronic: ['electronic', '电子'], paper: ['paper', '纸质'], mixed: ['paper and electronic', '纸质和电子'] }, 'Medium of the records.', '记录介质。'),
          location: str('Where the records are kept.', '存放地点。'),
          custodian: refTo('party', 'Who keeps the records, by party id.', '保管人（party id）。'),
          notes: notes(),
        },
        'A retained record class.',
        '一类留存记录。',
        { required: ['id'] },
      ),
      'Records kept only because a law requires it, in a locked state (PIPL Art. 47 para. 2; NDSMR Art. 24).',
      '仅因法定义务而保留、处于锁定状态的记录（第四十七条第二款；《网络数据安全管理条例》第二十四条）。',
    ),
    post_event_custodians: arr(
      obj(
        {
          party: refTo('party', 'The custodian, by party id.', '保管人（party id）。'),
          role: enumOf(
            {
              controller: ['keeps the records as a processor in its own right (e.g. successor, shareholders)', '作为独立处理者保管（如承继方、股东）'],
              entrusted: ['keeps the records on behalf of another (e.g. an archive depository for the shareholders)', '受托代为保管（如档案寄存机构代股东保管）'],
            },
            'Custodian\'s position under the PIPL.',
            '保管人在《个人信息保护法》下的地位。',
          ),
          records: refsTo('retention_record', 'Retention-vault entries it keeps, by id.', '所保管的留存库条目（id）。'),
          contact: ref('contact', 'How individuals and regulators reach it.', '个人和监管机构的联系方式。'),
          contract_ref: ref('fact_ref', 'Custody contract or shareholder resolution.', '保管合同或股东决议。'),
          security_measures: strs('Security measures it applies.', '所采取的安全措施。'),
          from_date: date('Date custody starts.', '开始保管日期。'),
          until: date('Date custody ends.', '保管终止日期。'),
        },
        'A custodian.',
        '一个保管人。',
        { required: ['party'] },
      ),
      'Who keeps retained records once the company no longer exists (AA Measures Art. 20; SPC 2002 Art. 99; Archives Law Art. 16).',
      '公司终止后保管留存记录的主体（《会计档案管理办法》第二十条；最高法 2002 年规定第九十九条；《档案法》第十六条）。',
    ),
    accounting_archives: obj(
      {
        custodian_after_event: refTo('party', 'Who keeps accounting archives after the event, by party id.', '事件后会计档案保管人（party id）。'),
        periods_applied: obj(
          {
            vouchers_years: int('Years vouchers are kept (30).', '会计凭证保管年限（30 年）。'),
            ledgers_years: int('Years books are kept (30).', '会计账簿保管年限（30 年）。'),
            periodic_reports_years: int('Years monthly to semi-annual reports are kept (10).', '月度、季度、半年度财务报告保管年限（10 年）。'),
            annual_reports_permanent: bool('Annual reports are kept permanently.', '年度财务报告是否永久保存。'),
          },
          'Periods applied (AA Measures annex table 1).',
          '所适用的保管期限（《会计档案管理办法》附表一）。',
        ),
        handover_register_ref: ref('fact_ref', 'Accounting-archive handover register (移交清册).', '会计档案移交清册。'),
        destruction: obj(
          {
            appraisal_ref: ref('fact_ref', 'Appraisal opinion before destruction.', '销毁前的鉴定意见。'),
            register_ref: ref('fact_ref', 'Destruction register (销毁清册).', '销毁清册。'),
            witnesses: arr(ref('person', 'A witness.', '一名监销人。'), 'People who witness destruction.', '监销人员。'),
          },
          'Formal destruction procedure for expired accounting archives.',
          '到期会计档案的正式销毁程序。',
        ),
      },
      'Accounting archives (Accounting Law Art. 23; AA Measures Arts. 14, 20–22).',
      '会计档案（《会计法》第二十三条；《会计档案管理办法》第十四、二十至二十二条）。',
    ),
    tax_records: obj(
      {
        period_years: int('Years tax records are kept (10).', '涉税资料保存年限（10 年）。'),
        custodian: refTo('party', 'Who keeps them, by party id.', '保管人（party id）。'),
        tax_deregistered_on: date('Date of tax deregistration (before market-entity deregistration).', '税务注销日期（应早于市场主体注销）。'),
        invoices_cancelled_on: date('Date unused invoices were cancelled (缴销).', '发票缴销日期。'),
      },
      'Tax records (Tax Rules Arts. 15, 29).',
      '涉税资料（《税收征收管理法实施细则》第十五、二十九条）。',
    ),
    compliance_evidence: obj(
      {
        custodian: refTo('party', 'Who keeps PIA reports, processing and provision records after the event, by party id.', '事件后保管影响评估报告及处理、提供记录的主体（party id）。'),
        retain_until: date('Date until which they are kept (at least 3 years).', '保存至何日（至少三年）。'),
      },
      'Compliance evidence kept at least 3 years (PIPL Art. 56; NDSMR Art. 12).',
      '至少保存三年的合规证据（第五十六条；《网络数据安全管理条例》第十二条）。',
    ),
    deletion: obj(
      {
        trigger_event: enumOf(
          {
            purpose_achieved: ['the purpose is achieved or no longer needed', '处理目的已实现或不再必要'],
            service_ceased: ['the company stops providing products or services', '停止提供产品或服务'],
            retention_expired: ['the retention period ends', '保存期限届满'],
            consent_withdrawn: ['consent withdrawn', '个人撤回同意'],
            contract_ended: ['a client or processor contract ends', '委托或处理合同终止'],
            transfer_completed: ['the transfer to the recipient is completed', '向接收方转移完成'],
          },
          'What triggers deletion (PIPL Art. 47).',
          '删除的触发事由（第四十七条）。',
        ),
        trigger_date: date('Date of the trigger.', '触发日期。'),
        scheduled_on: date('Date deletion is scheduled.', '计划删除日期。'),
        completed_on: date('Date deletion was completed.', '删除完成日期。'),
        datasets: refsTo('dataset', 'Data sets deleted, by id.', '删除的数据集（id）。'),
        method: enumOf(
          {
            logical_delete: ['records removed from business systems (not retrievable there)', '从业务系统中删除（业务系统中无法检索）'],
            secure_erase: ['storage overwritten or securely erased', '存储覆写或安全擦除'],
            crypto_shredding: ['encryption keys destroyed', '销毁加密密钥'],
            physical_destruction: ['media physically destroyed', '介质物理销毁'],
            anonymisation: ['anonymised instead of deleted', '以匿名化代替删除'],
          },
          'Main deletion method for electronic data.',
          '电子数据的主要删除方法。',
        ),
        scope: obj(
          {
            backups: bool('Backups are covered.', '是否覆盖备份。'),
            replicas: bool('Replicas and disaster-recovery copies are covered.', '是否覆盖副本和灾备。'),
            test_copies: bool('Test and development copies are covered.', '是否覆盖测试和开发环境副本。'),
            processors: bool('Copies held by processors and sub-processors are covered.', '是否覆盖受托人及再受托人持有的副本。'),
            endpoints: bool('Employee devices and exports are covered.', '是否覆盖员工设备和导出文件。'),
            saas_tenants: bool('Data in SaaS tenants and third-party tools is covered.', '是否覆盖 SaaS 租户和第三方工具中的数据。'),
          },
          'What the deletion covers (DESTROY-SCOPE-015).',
          '删除覆盖范围。',
        ),
        processor_certificates: arr(
          obj(
            {
              party: refTo('party', 'The processor, by party id.', '受托人（party id）。'),
              certificate_ref: ref('fact_ref', 'Deletion certificate.', '删除证明。'),
              received_on: date('Date received.', '收到日期。'),
            },
            'A processor\'s deletion certificate.',
            '一份受托人删除证明。',
            { required: ['party'] },
          ),
          'Deletion certificates from processors.',
          '受托人出具的删除证明。',
        ),
      },
      'Deletion of personal information (PIPL Art. 47).',
      '个人信息删除（第四十七条）。',
    ),
    destruction: obj(
      {
        paper_method: enumOf(
          {
            cross_cut_shredding: ['cross-cut shredding', '交叉粉碎'],
            strip_shredding: ['strip shredding (weak)', '条状粉碎（较弱）'],
            incineration: ['incineration', '焚烧'],
            pulping: ['pulping', '化浆'],
            not_applicable: ['no paper', '无纸质材料'],
          },
          'Method for paper.',
          '纸质材料的销毁方法。',
        ),
        electronic_method: enumOf(
          {
            secure_erase: ['overwrite or secure erase', '覆写或安全擦除'],
            crypto_shredding: ['crypto-shredding with key destruction', '销毁密钥的密码擦除'],
            logical_delete: ['logical deletion only (weak)', '仅逻辑删除（较弱）'],
            not_applicable: ['no electronic data', '无电子数据'],
          },
          'Method for electronic data.',
          '电子数据的销毁方法。',
        ),
        media_method: enumOf(
          {
            degaussing: ['degaussing', '消磁'],
            physical_destruction: ['physical destruction (shredding, crushing)', '物理销毁（粉碎、折弯）'],
            secure_erase_and_reuse: ['secure erase, then reuse or resale', '安全擦除后再利用或转售'],
            not_applicable: ['no media to destroy', '无待销毁介质'],
          },
          'Method for decommissioned media.',
          '报废介质的销毁方法。',
        ),
        vendor: refTo('party', 'Destruction vendor, by party id.', '销毁服务商（party id）。'),
        verification: enumOf(
          {
            witnessed: ['witnessed by the company', '公司派员监销'],
            sampled_recovery_test: ['recovery attempted on samples', '抽样尝试恢复'],
            vendor_report: ['vendor report only', '仅凭服务商报告'],
            none: ['not verified', '未核验'],
          },
          'How destruction is verified.',
          '销毁核验方式。',
        ),
        certificate_ref: ref('fact_ref', 'Destruction certificate.', '销毁证明。'),
        witnesses: arr(ref('person', 'A witness.', '一名监销人。'), 'People who witness destruction.', '监销人员。'),
      },
      'Destruction per medium, verification and certificates (PIPL Art. 47; GB/T 35273 §3.10).',
      '按介质确定的销毁方法、核验与证明（第四十七条；GB/T 35273 第 3.10 条）。',
    ),
    legal_holds: arr(
      obj(
        {
          matter: str('The dispute, claim or investigation.', '争议、索赔或调查事项。'),
          authority: refTo('party', 'Court or authority, by party id.', '法院或机关（party id）。'),
          datasets: refsTo('dataset', 'Data sets held, by id.', '被保全的数据集（id）。'),
          records: refsTo('retention_record', 'Retention-vault entries held, by id.', '被保全的留存库条目（id）。'),
          until: date('Date the hold is expected to end.', '预计解除日期。'),
        },
        'A legal hold.',
        '一项法律保全。',
        { required: ['matter'] },
      ),
      'Litigation or regulatory holds that suspend deletion (Civil Code Art. 188; EBL Art. 123; APL Art. 36).',
      '暂停删除的诉讼或监管保全（《民法典》第一百八十八条；《企业破产法》第一百二十三条；《行政处罚法》第三十六条）。',
    ),
  };
}
