// Sector duties: e-commerce, AML, credit reporting, payments, healthcare, CII.
import { bool, date, enumOf, int, obj, ref, refTo, str } from './dsl.mjs';

export function sectorSections() {
  return {
    ecommerce: obj(
      {
        cessation_notice: obj(
          {
            published_on: date('Date the homepage notice went up.', '首页公示日期。'),
            cessation_date: date('Date the online business stops (at least 30 days later).', '停止经营日期（至少 30 日后）。'),
            location: str('Where it is shown (homepage, app).', '公示位置（首页、应用）。'),
          },
          'Homepage notice before voluntarily stopping (E-Commerce Law Art. 16).',
          '主动终止经营前的首页公示（《电子商务法》第十六条）。',
        ),
        transaction_retention: obj(
          {
            years: int('Years transaction information is kept (at least 3).', '交易信息保存年限（不少于 3 年）。'),
            start: enumOf({ transaction_completed: ['completion of the transaction', '交易完成之日'], other: ['another start, explained in notes', '其他起算点'] }, 'When the period starts.', '起算点。'),
            custodian: refTo('party', 'Who keeps it, by party id.', '保管人（party id）。'),
          },
          'Platform transaction records (E-Commerce Law Art. 31).',
          '平台交易信息保存（《电子商务法》第三十一条）。',
        ),
      },
      'E-commerce duties.',
      '电子商务义务。',
    ),
    aml: obj(
      {
        retention_years: int('Years records are kept (10 under the 2024 AML Law).', '记录保存年限（2024 年《反洗钱法》为 10 年）。'),
        custodian: refTo('party', 'Who keeps AML records, by party id.', 'AML 记录保管人（party id）。'),
        handover: obj(
          {
            designated_body: refTo('party', 'Body designated to receive customer ID data and transaction records, by party id.', '指定接收客户身份资料和交易记录的机构（party id）。'),
            date: date('Date handed over.', '移交日期。'),
            register_ref: ref('fact_ref', 'Handover register.', '移交清册。'),
          },
          'Hand-over on dissolution or bankruptcy (AML Law Art. 34 para. 4).',
          '解散或破产时的移交（《反洗钱法》第三十四条第四款）。',
        ),
        training_last_date: date('Date of the last AML training.', '最近一次反洗钱培训日期。'),
      },
      'Anti-money-laundering records (AML Law 2024 Arts. 34, 52).',
      '反洗钱记录（2024 年《反洗钱法》第三十四、五十二条）。',
    ),
    credit: obj(
      {
        db_disposition: enumOf(
          {
            transfer: ['transferred to another credit-reporting agency with regulator approval', '经批准转让给其他征信机构'],
            handover: ['handed over to an agency the regulator designates', '移交监管指定的征信机构'],
            supervised_destruction: ['destroyed under regulator supervision', '在监管监督下销毁'],
          },
          'What happens to the credit database (Credit Regs Art. 12).',
          '征信数据库处置方式（《征信业管理条例》第十二条）。',
        ),
        regulator_approval_ref: ref('fact_ref', 'Regulator approval or direction.', '监管批准或指示文件。'),
        announcement_date: date('Date of the public announcement (personal credit reporting).', '公告日期（个人征信业务）。'),
        licence_surrendered_on: date('Date the licence was surrendered.', '交回许可证日期。'),
        negative_info_max_years: int('Years negative information is kept at most (5).', '不良信息最长保存年限（5 年）。'),
      },
      'Credit-reporting agencies (Credit Regs Arts. 12, 16).',
      '征信机构（《征信业管理条例》第十二、十六条）。',
    ),
    payment: obj(
      {
        exit_plan_ref: ref('fact_ref', 'Plan safeguarding user funds and information security.', '保障用户资金和信息安全的退出方案。'),
        user_announcement_date: date('Date the plan was announced to users.', '向用户公告日期。'),
        pboc_supervised: bool('Liquidation is supervised by the PBoC.', '清算是否在人民银行监督下进行。'),
      },
      'Non-bank payment institutions (Payment Regs Art. 14).',
      '非银行支付机构（《非银行支付机构监督管理条例》第十四条）。',
    ),
    healthcare: obj(
      {
        outpatient_years: int('Years outpatient records are kept (at least 15).', '门（急）诊病历保存年限（不少于 15 年）。'),
        inpatient_years: int('Years inpatient records are kept (at least 30).', '住院病历保存年限（不少于 30 年）。'),
        records_custodian: refTo('party', 'Who keeps medical records, by party id.', '病历保管人（party id）。'),
        deregistration_ref: ref('fact_ref', 'Deregistration with the health authority.', '卫生健康主管部门注销文件。'),
      },
      'Medical institutions (medical-records rules; institution deregistration).',
      '医疗机构（病历管理规定；执业注销）。',
    ),
    cii: obj(
      {
        protection_dept: refTo('party', 'Protection department (保护工作部门), by party id.', '保护工作部门（party id）。'),
        report_date: date('Date the event was reported to it.', '向其报告事件的日期。'),
        disposal_instructions_ref: ref('fact_ref', 'Its disposal instructions.', '其处置要求。'),
        last_assessment_date: date('Date of the last annual CII test and assessment.', '最近一次年度检测评估日期。'),
      },
      'Critical information infrastructure (CII Regs Arts. 17, 21).',
      '关键信息基础设施（《关键信息基础设施安全保护条例》第十七、二十一条）。',
    ),
  };
}
