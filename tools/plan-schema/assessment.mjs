// Cross-border flows, impact assessments, risk assessments and audits.
import { arr, bool, country, date, enumOf, idOf, int, obj, ref, refTo, refsTo, str, strs } from './dsl.mjs';

export function assessmentSections() {
  return {
    cross_border: obj(
      {
        aggregation_basis: enumOf(
          {
            combined_entity: ['volumes counted across the combined post-event entity and all its transfers', '按事件后合并主体及其全部出境合并计数'],
            this_entity: ['volumes counted for this company only', '仅按本公司计数'],
            per_transfer: ['volumes counted per transfer (splitting: not acceptable)', '按单次出境计数（拆分计数，不可接受）'],
          },
          'How export volumes are aggregated (no splitting to stay under thresholds).',
          '出境数量的合计口径（不得拆分以规避门槛）。',
        ),
        counting_year: int('Calendar year the year-to-date counts refer to (counted since 1 January).', '年度累计数量对应的自然年（自 1 月 1 日起算）。', { minimum: 2024, maximum: 2100 }),
        localisation_exception_ref: ref('fact_ref', 'Approval or legal basis for storing data outside the mainland where localisation applies.', '适用本地化要求时在境外存储的批准或法律依据。'),
        flows: arr(
          obj(
            {
              id: idOf('cross_border_flow', 'Identifier of the flow.', '出境事项标识。'),
              recipient: refTo('party', 'Foreign recipient, by party id.', '境外接收方（party id）。'),
              country: country('Destination country or region.', '目的地国家或地区。'),
              access_type: enumOf(
                {
                  transfer: ['data sent abroad', '数据传输至境外'],
                  remote_access: ['data stays in China but is accessed from abroad', '数据存于境内但从境外访问'],
                  storage_abroad: ['data stored abroad', '数据存储于境外'],
                },
                'How data leaves the mainland.',
                '出境方式。',
              ),
              datasets: refsTo('dataset', 'Data sets exported, by id.', '出境的数据集（id）。'),
              individuals_ytd_non_sensitive: int('Individuals\' non-sensitive personal information exported since 1 January.', '当年 1 月 1 日起累计出境的非敏感个人信息人数。'),
              individuals_ytd_sensitive: int('Individuals\' sensitive personal information exported since 1 January.', '当年 1 月 1 日起累计出境的敏感个人信息人数。'),
              includes_important_data: bool('The flow includes important data.', '是否包含重要数据。'),
              mechanism: enumOf(
                {
                  security_assessment: ['CAC security assessment (数据出境安全评估)', '数据出境安全评估'],
                  scc: ['standard contract filed with the provincial CAC (标准合同)', '个人信息出境标准合同备案'],
                  certification: ['personal information protection certification (认证)', '个人信息保护认证'],
                  exempt: ['exempt under the CB Provisions or NDSMR Art. 35', '依《促进和规范数据跨境流动规定》或条例第三十五条豁免'],
                },
                'Legal mechanism for the export (PIPL Art. 38).',
                '出境的法定机制（第三十八条）。',
              ),
              exemption: obj(
                {
                  ground: enumOf(
                    {
                      no_pi_or_important_data: ['trade, logistics, research or manufacturing data with no personal information or important data', '不含个人信息或重要数据的贸易、物流、科研、制造数据'],
                      transit_foreign_data: ['personal information collected abroad, only passing through', '境外收集、仅在境内中转的个人信息'],
                      contract_necessity: ['necessary for a contract with the individual (shopping, delivery, payment, bookings, visas)', '订立、履行个人作为一方的合同所必需（购物、寄递、支付、预订、签证）'],
                      hr_necessity: ['cross-border HR management under lawful labour rules', '依法制定的劳动规章下跨境人力资源管理所必需'],
                      emergency: ['protecting life, health or property in an emergency', '紧急情况下保护生命健康和财产安全'],
                      below_threshold: ['non-CII exporting under 100,000 individuals\' non-sensitive information this year', '非关基运营者当年累计出境不满 10 万人非敏感个人信息'],
                      ftz_negative_list: ['outside a Free Trade Zone negative list', '不在自贸区负面清单内'],
                    },
                    'Exemption ground.',
                    '豁免理由。',
                  ),
                  justification: str('Why the ground applies.', '适用理由。'),
                },
                'Exemption claimed (CB Provisions Arts. 3–6; NDSMR Art. 35).',
                '所主张的豁免（《促进和规范数据跨境流动规定》第三至六条；条例第三十五条）。',
              ),
              notice_ref: ref('fact_ref', 'Notice about the export (PIPL Art. 39).', '出境告知（第三十九条）。'),
              separate_consent: bool('Separate consent obtained for the export.', '是否取得出境单独同意。'),
              pia: refTo('pia', 'The PIA covering the export, by id from `pia`.', '覆盖该出境的影响评估（`pia` 中的 id）。'),
              scc: obj(
                {
                  signed_on: date('Date signed.', '签订日期。'),
                  filed_on: date('Date filed (within 10 working days of effect).', '备案日期（生效后 10 个工作日内）。'),
                  filing_no: str('Filing number.', '备案编号。'),
                  refiling_needed: bool('The event changes a party, so the contract is re-signed and re-filed.', '事件是否导致一方变更而需重新签订和备案。'),
                },
                'Standard contract.',
                '标准合同。',
              ),
              assessment: obj(
                {
                  approved_on: date('Date of the result.', '评估结果日期。'),
                  valid_until: date('End of validity (3 years).', '有效期届满日（3 年）。'),
                  change_refiling_needed: bool('The event changes purpose, scope or recipient, so re-application is needed.', '事件是否改变目的、范围或接收方而需重新申报。'),
                },
                'Security assessment.',
                '安全评估。',
              ),
              certification: obj(
                {
                  body: str('Certification body.', '认证机构。'),
                  cert_no: str('Certificate number.', '证书编号。'),
                  valid_until: date('End of validity (3 years).', '有效期届满日（3 年）。'),
                },
                'Certification.',
                '认证。',
              ),
            },
            'A cross-border flow.',
            '一项出境。',
            { required: ['id'] },
          ),
          'Every export or remote access from outside the mainland.',
          '每一项出境或境外访问。',
        ),
        foreign_representative: obj(
          {
            name: str('PRC representative or entity of a foreign processor (PIPL Art. 53).', '境外处理者在境内的专门机构或代表（第五十三条）。'),
            filed_on: date('Date filed with the CAC (NDSMR Art. 26).', '向网信部门报送日期（条例第二十六条）。'),
          },
          'Representative of a foreign acquirer that processes PRC data directly.',
          '直接处理境内个人信息的境外收购方的境内代表。',
        ),
        foreign_requests: arr(
          obj(
            {
              requester: str('Foreign court, authority or proceeding.', '境外法院、机关或程序。'),
              received_on: date('Date received.', '收到日期。'),
              approval_ref: ref('fact_ref', 'PRC competent-authority approval (PIPL Art. 41; DSL Art. 36).', '境内主管机关批准（第四十一条；《数据安全法》第三十六条）。'),
            },
            'A foreign request.',
            '一项境外调取请求。',
            { required: ['requester'] },
          ),
          'Requests from foreign courts, authorities or insolvency proceedings for data stored in China.',
          '境外司法、执法机构或破产程序调取境内数据的请求。',
        ),
        security_review: obj(
          {
            required: bool('A cybersecurity or national-security review is required (foreign listing, foreign control).', '是否需要网络安全审查或国家安全审查（境外上市、境外控制）。'),
            filed_on: date('Date filed.', '申报日期。'),
            outcome: enumOf({ pending: ['pending', '审查中'], passed: ['passed', '通过'], conditions: ['passed with conditions', '附条件通过'], rejected: ['rejected', '未通过'] }, 'Outcome.', '审查结果。'),
          },
          'Cybersecurity or national-security review (CSR Measures; NDSMR Art. 13).',
          '网络安全审查或国家安全审查（《网络安全审查办法》；条例第十三条）。',
        ),
      },
      'Cross-border transfers and foreign elements (PIPL Arts. 38–41; CB Provisions).',
      '数据出境及涉外事项（第三十八至四十一条；《促进和规范数据跨境流动规定》）。',
    ),
    pia: arr(
      obj(
        {
          id: idOf('pia', 'Identifier of the assessment.', '评估标识。'),
          scope: str('What the assessment covers.', '评估范围。'),
          transfers: refsTo('transfer', 'Transfers assessed, by id from `pi_transfers`.', '所评估的转移事项（`pi_transfers` 中的 id）。'),
          datasets: refsTo('dataset', 'Data sets assessed, by id.', '所评估的数据集（id）。'),
          covers_cross_border: bool('The assessment covers exports.', '是否覆盖出境。'),
          reassessed_for_event: bool('Existing assessments were redone for this event (a major change).', '是否因本次事件（重大变化）重新评估。'),
          completed_on: date('Date completed (must precede the first transfer).', '完成日期（须早于首次转移）。'),
          assessor: refTo('party', 'Who assessed, by party id.', '评估方（party id）。'),
          report_ref: ref('fact_ref', 'The report.', '评估报告。'),
          sections: obj(
            {
              lawfulness_necessity: bool('Covers lawfulness, legitimacy and necessity of purposes and methods.', '是否评估目的和方式的合法性、正当性、必要性。'),
              impact_and_risk: bool('Covers impact on individuals and security risks.', '是否评估对个人权益的影响及安全风险。'),
              measures_adequacy: bool('Covers whether measures are lawful, effective and proportionate.', '是否评估保护措施的合法、有效和相称性。'),
            },
            'Contents required by PIPL Art. 56.',
            '第五十六条要求的内容。',
          ),
          impact_level: enumOf({ low: ['low (低)', '低'], medium: ['medium (中)', '中'], high: ['high (高)', '高'], severe: ['severe (严重)', '严重'] }, 'Impact level (GB/T 39335).', '影响程度（GB/T 39335）。'),
          likelihood_level: enumOf({ low: ['low (低)', '低'], medium: ['medium (中)', '中'], high: ['high (高)', '高'], very_high: ['very high (很高)', '很高'] }, 'Likelihood level (GB/T 39335).', '可能性（GB/T 39335）。'),
          risk_level: enumOf({ low: ['low (低)', '低'], medium: ['medium (中)', '中'], high: ['high (高)', '高'], severe: ['severe (严重)', '严重'] }, 'Resulting risk level (GB/T 39335 matrix).', '风险等级（GB/T 39335 矩阵）。'),
          modifiers: arr(
            enumOf(
              {
                sensitive_at_scale: ['+1 impact: typical sensitive data at scale', '影响 +1：大规模典型敏感信息'],
                vulnerable_groups: ['+1 impact: minors, students or elderly', '影响 +1：未成年人、学生或老年人'],
                verified_deidentification: ['-1 impact: verified de-identification', '影响 -1：经验证的去标识化'],
                large_scale_complete_controls: ['-1 likelihood: large scale with complete safeguards and proven incident handling', '可能性 -1：大规模且防护完备、事件处置经验证'],
              },
              'A modifier.',
              '一项调整。',
            ),
            'Adjustments applied.',
            '所用调整。',
            { unique: true },
          ),
          acceptance_threshold: enumOf({ low: ['low', '低'], medium: ['medium', '中'], high: ['high', '高'] }, 'Highest risk level accepted.', '可接受的最高风险等级。'),
          retain_until: date('Date the report is kept until (at least 3 years).', '报告保存至何日（至少三年）。'),
          custodian: refTo('party', 'Who keeps the report, by party id.', '报告保管人（party id）。'),
        },
        'An impact assessment.',
        '一项影响评估。',
        { required: ['id'] },
      ),
      'Personal information protection impact assessments (PIPL Arts. 55, 56; GB/T 39335).',
      '个人信息保护影响评估（第五十五、五十六条；GB/T 39335）。',
    ),
    risk_assessments: arr(
      obj(
        {
          type: enumOf(
            {
              event: ['assessment of the whole disposal plan for this event (DSL Art. 29)', '针对本次事件整体处置方案的评估（《数据安全法》第二十九条）'],
              annual: ['annual important-data risk assessment (NDSMR Art. 33)', '重要数据年度风险评估（条例第三十三条）'],
              pre_provision: ['before providing, entrusting or jointly processing important data (NDSMR Art. 31)', '提供、委托处理、共同处理重要数据前（条例第三十一条）'],
              cii_annual: ['annual CII test and assessment (CII Regs Art. 17)', '关键信息基础设施年度检测评估（《关键信息基础设施安全保护条例》第十七条）'],
            },
            'Kind of assessment.',
            '评估类型。',
          ),
          recipient: refTo('party', 'Recipient assessed, for pre-provision assessments, by party id.', '提供前评估所针对的接收方（party id）。'),
          completed_on: date('Date completed.', '完成日期。'),
          submitted_on: date('Date submitted to the authority.', '报送主管部门日期。'),
          authority: refTo('party', 'Authority it went to, by party id.', '报送的主管部门（party id）。'),
          milestones: arr(
            obj(
              { name: str('Milestone.', '节点。'), date: date('Date.', '日期。') },
              'A milestone.',
              '一个节点。',
              { required: ['name'] },
            ),
            'Milestones at which it is repeated.',
            '重复评估的节点。',
          ),
          report_ref: ref('fact_ref', 'The report.', '评估报告。'),
        },
        'A risk assessment.',
        '一项风险评估。',
        { required: ['type'] },
      ),
      'Data-security risk assessments (DSL Arts. 29, 30; NDSMR Arts. 31, 33).',
      '数据安全风险评估（《数据安全法》第二十九、三十条；条例第三十一、三十三条）。',
    ),
    audit: obj(
      {
        last_date: date('Date of the last PI protection compliance audit.', '最近一次个人信息保护合规审计日期。'),
        next_due: date('Date the next audit is due (every 2 years above 10M individuals).', '下次审计到期日（超过一千万人的每两年一次）。'),
        performed_by: refTo('party', 'Who audited, by party id.', '审计方（party id）。'),
        independent: bool('Performed by an independent professional firm.', '是否由独立专业机构进行。'),
        firm_consecutive_count: int('Consecutive audits of the company by the same firm (at most 3).', '同一机构连续审计次数（不超过 3 次）。'),
        regulator_ordered: obj(
          {
            order_ref: ref('fact_ref', 'The order.', '要求审计的文书。'),
            firm: refTo('party', 'Firm chosen, by party id.', '所选机构（party id）。'),
            report_submitted_on: date('Date the report was submitted.', '审计报告报送日期。'),
            rectification_plan_ref: ref('fact_ref', 'Rectification plan.', '整改方案。'),
          },
          'Audit ordered by a regulator (PIPL Art. 64).',
          '监管要求的审计（第六十四条）。',
        ),
      },
      'PI protection compliance audits (PIPL Art. 54; Audit Measures).',
      '个人信息保护合规审计（第五十四条；《个人信息保护合规审计管理办法》）。',
    ),
  };
}
