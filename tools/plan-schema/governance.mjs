// People in charge, processors and partners, training, incidents, regulators and corporate steps.
import { arr, bool, date, enumOf, fraction, int, obj, ref, refTo, refsTo, str, strs } from './dsl.mjs';
import { notes } from './core.mjs';

export function governanceSections() {
  return {
    governance: obj(
      {
        accountable_executive: ref('person', 'Executive accountable for personal information protection in the event.', '对本次事件个人信息保护负总责的高管。'),
        pipo: obj(
          {
            name: str('Name of the personal information protection officer (个人信息保护负责人).', '个人信息保护负责人姓名。'),
            title: str('Job title.', '职务。'),
            contact_public: bool('The PIPO contact is published (PIPL Art. 52).', '是否公开负责人联系方式（第五十二条）。'),
            contact: ref('contact', 'Published contact.', '公开的联系方式。'),
            full_time: bool('Works full time in the role (GB/T 35273 §11.1(c)).', '是否专职（GB/T 35273 第 11.1 条 c 项）。'),
            appointed_on: date('Date appointed.', '任命日期。'),
            filed_on: date('Date filed with the city-level CAC (within 30 working days of reaching 1M individuals).', '向设区的市级网信部门报送日期（达到一百万人后 30 个工作日内）。'),
            leaving_on: date('Date the PIPO leaves (liquidation layoffs).', '负责人离任日期（清算裁员）。'),
            successor_name: str('Person re-designated when the PIPO leaves.', '负责人离任后重新指定的人员。'),
            change_filed_on: date('Date the change was filed (within 30 working days).', '变更报送日期（30 个工作日内）。'),
          },
          'The PIPO, with CAC filing (PIPL Art. 52; Audit Measures Art. 12; CAC notice of 2025-07-18).',
          '个人信息保护负责人及报送情况（第五十二条；《审计管理办法》第十二条；国家网信办 2025-07-18 通知）。',
        ),
        data_security_officer: obj(
          {
            name: str('Name of the network data security officer (from management).', '网络数据安全负责人姓名（管理层成员）。'),
            background_check: bool('Background screening done (NDSMR Art. 30).', '是否经背景审查（条例第三十条）。'),
            trained_on: date('Date trained.', '培训日期。'),
          },
          'Data-security officer required for important data or at least 10M individuals (NDSMR Arts. 28, 30).',
          '处理重要数据或一千万人以上个人信息须设立的网络数据安全负责人（条例第二十八、三十条）。',
        ),
        data_security_body: bool('A data-security management body exists (NDSMR Art. 30).', '是否设立网络数据安全管理机构（条例第三十条）。'),
        key_staff_trained_on: date('Date key data-security staff were screened and trained (NDSMR Art. 30 para. 3).', '关键岗位人员审查和培训日期（条例第三十条第三款）。'),
        liquidation_data_lead: ref('person', 'Person in the liquidation group or administrator team responsible for data.', '清算组或管理人团队中的数据负责人。'),
      },
      'Who is in charge (PIPL Art. 52; DSL Art. 27; NDSMR Arts. 28, 30; GB/T 35273 §11.1).',
      '责任人员（第五十二条；《数据安全法》第二十七条；条例第二十八、三十条；GB/T 35273 第 11.1 条）。',
    ),
    processors: arr(
      obj(
        {
          party: refTo('party', 'The entrusted party, by party id.', '受托人（party id）。'),
          services: str('What it does for the company.', '提供的服务。'),
          datasets: refsTo('dataset', 'Data sets it processes, by id.', '处理的数据集（id）。'),
          contract: obj(
            {
              ref: ref('fact_ref', 'The contract.', '合同。'),
              purpose: bool('States the purpose.', '是否约定处理目的。'),
              term: bool('States the term.', '是否约定期限。'),
              method: bool('States the processing method.', '是否约定处理方式。'),
              categories: bool('States the categories of data.', '是否约定个人信息种类。'),
              measures: bool('States protection measures.', '是否约定保护措施。'),
              audit_right: bool('Gives the company a right to supervise and audit.', '是否约定监督审计权。'),
              ends_on: date('Date the contract ends.', '合同终止日期。'),
            },
            'Processing contract contents (PIPL Art. 21 para. 1).',
            '委托处理合同内容（第二十一条第一款）。',
          ),
          security_commitments: obj(
            {
              security_measures: bool('Commits to secure the data.', '承诺采取安全措施。'),
              assist_rights_requests: bool('Commits to help with rights requests.', '承诺协助处理个人权利请求。'),
              assist_incidents: bool('Commits to help with incidents.', '承诺协助处置安全事件。'),
            },
            'Processor duties (PIPL Art. 59).',
            '受托人义务（第五十九条）。',
          ),
          subprocessors: arr(
            obj(
              {
                party: refTo('party', 'The sub-processor, by party id.', '再受托人（party id）。'),
                approved: bool('The company approved the sub-entrustment.', '再委托是否经本公司同意。'),
                approved_on: date('Date approved.', '同意日期。'),
              },
              'A sub-processor.',
              '一个再受托人。',
              { required: ['party'] },
            ),
            'Sub-processors (PIPL Art. 21 para. 3).',
            '再受托人（第二十一条第三款）。',
          ),
          termination: obj(
            {
              return_or_delete: enumOf(
                {
                  return: ['data returned to the company', '数据返还本公司'],
                  delete: ['data deleted by the processor', '受托人删除数据'],
                  return_then_delete: ['returned, then all copies deleted', '返还后删除全部副本'],
                  continues: ['contract continues with the recipient or successor', '合同由接收方或承继方继续履行'],
                },
                'What the processor does with the data when the contract ends.',
                '合同终止时受托人对数据的处理。',
              ),
              date: date('Date the contract ends or ended.', '合同终止日期。'),
              certificate_ref: ref('fact_ref', 'Return or deletion certificate.', '返还或删除证明。'),
            },
            'Termination (PIPL Art. 21 para. 2).',
            '合同终止（第二十一条第二款）。',
          ),
        },
        'An entrusted processor.',
        '一个受托人。',
        { required: ['party'] },
      ),
      'Vendors processing personal information for the company (PIPL Art. 21; NDSMR Art. 12).',
      '受托处理个人信息的供应商（第二十一条；条例第十二条）。',
    ),
    client_data: arr(
      obj(
        {
          client: refTo('party', 'The client that controls the data, by party id.', '控制该数据的客户（party id）。'),
          contract_ref: ref('fact_ref', 'Service contract or data processing agreement.', '服务合同或数据处理协议。'),
          datasets: refsTo('dataset', 'Data sets held for the client, by id.', '为该客户保存的数据集（id）。'),
          records_count: int('Records held for the client.', '为该客户保存的记录数。'),
          client_notified_on: date('Date the client was told about the wind-down.', '通知客户停业的日期。'),
          return_or_delete: enumOf(
            {
              return: ['exported and returned to the client', '导出并返还客户'],
              delete: ['deleted at the client\'s instruction', '按客户指示删除'],
              return_then_delete: ['returned, then deleted with all backups', '返还后连同备份一并删除'],
              migrate_to_successor: ['migrated to a successor provider the client chose', '迁移至客户选定的新服务商'],
            },
            'What happens to the client\'s data under the contract.',
            '依合同对客户数据的处理。',
          ),
          date: date('Date of return or deletion.', '返还或删除日期。'),
          certificate_ref: ref('fact_ref', 'Certificate given to the client.', '向客户出具的证明。'),
        },
        'One client\'s data.',
        '一个客户的数据。',
        { required: ['client'] },
      ),
      'Data the company holds as an entrusted processor for clients; it is returned or deleted, never transferred under Art. 22 (PIPL Art. 21 para. 2).',
      '公司作为受托人为客户持有的数据；应返还或删除，不能按第二十二条转移（第二十一条第二款）。',
    ),
    joint_controllers: arr(
      obj(
        {
          party: refTo('party', 'The joint processor, by party id.', '共同处理者（party id）。'),
          agreement_ref: ref('fact_ref', 'Agreement on rights and duties.', '权利义务约定。'),
        },
        'A joint processor.',
        '一个共同处理者。',
        { required: ['party'] },
      ),
      'Joint processors (PIPL Art. 20).',
      '共同处理者（第二十条）。',
    ),
    third_party_integrations: arr(
      obj(
        {
          name: str('SDK, mini-program or plug-in.', 'SDK、小程序或插件名称。'),
          vendor: refTo('party', 'Vendor, by party id.', '提供方（party id）。'),
          type: enumOf({ sdk: ['SDK', 'SDK'], mini_program: ['mini-program', '小程序'], plugin: ['plug-in', '插件'], api: ['API integration', 'API 接入'] }, 'Kind of integration.', '接入类型。'),
          decommissioned_on: date('Date switched off.', '停用日期。'),
          vendor_confirmation: bool('The vendor confirmed collection stopped and data was deleted.', '提供方是否确认停止收集并删除数据。'),
        },
        'An integration.',
        '一个第三方接入。',
        { required: ['name'] },
      ),
      'Third-party SDKs, mini-programs and plug-ins (NDSMR Art. 40; GB/T 35273 §9.7).',
      '第三方 SDK、小程序和插件（条例第四十条；GB/T 35273 第 9.7 条）。',
    ),
    partners: arr(
      obj(
        {
          party: refTo('party', 'The partner, by party id.', '合作方（party id）。'),
          contact: ref('person', 'Contact person.', '联系人。'),
          checkpoints: arr(date('A date.', '一个日期。'), 'Dates of check-ins during the handover.', '移交期间的沟通检查日期。'),
        },
        'A partner.',
        '一个合作方。',
        { required: ['party'] },
      ),
      'Partners involved in the handover and how they are supervised.',
      '参与移交的合作方及其监督安排。',
    ),
    training: obj(
      {
        sessions: arr(
          obj(
            {
              date: date('Date held.', '培训日期。'),
              audience: str('Who attended (e.g. liquidation team).', '参训人员（如清算团队）。'),
              topics: strs('Topics covered.', '培训内容。'),
              attendance_rate: fraction('Share of the audience that attended.', '出勤率。'),
            },
            'A session.',
            '一次培训。',
            { required: ['date'] },
          ),
          'Training and briefings (PIPL Art. 51(4); DSL Art. 27; GB/T 35273 §11.6).',
          '培训与简报（第五十一条第四项；《数据安全法》第二十七条；GB/T 35273 第 11.6 条）。',
        ),
        partner_briefings: arr(
          obj(
            {
              party: refTo('party', 'Partner or vendor briefed, by party id.', '接受简报的合作方或供应商（party id）。'),
              date: date('Date.', '日期。'),
              topics: strs('Topics.', '内容。'),
            },
            'A briefing.',
            '一次简报。',
            { required: ['party'] },
          ),
          'Briefings of partners and vendors involved in the handover.',
          '对参与移交的合作方和供应商的简报。',
        ),
      },
      'Training.',
      '培训。',
    ),
    incident_response: obj(
      {
        plan_ref: ref('fact_ref', 'Incident response plan.', '应急预案。'),
        owner: ref('person', 'Owner of the plan.', '预案负责人。'),
        on_call_until: date('Date until which an incident team stays on call.', '应急值守维持至何日。'),
        covers_handover: bool('Covers data in transit, with the recipient and with the custodian.', '是否覆盖传输中、接收方和保管人处的数据。'),
        last_drill: date('Date of the last drill (at least yearly).', '最近一次演练日期（至少每年一次）。'),
        reporting_deadline_hours: int('Hours to report a serious incident to the regulator (CII 1, others 4).', '重大事件向监管报告的时限（小时；关基 1 小时，其他 4 小时）。'),
        grading_table_version: str('Version of the incident grading guide used.', '所用事件分级指南版本。'),
        notification_templates: obj(
          {
            authority: ref('fact_ref', 'Template for the report to the authority.', '向主管部门报告的模板。'),
            individuals: ref('fact_ref', 'Template for notifying individuals (PIPL Art. 57).', '通知个人的模板（第五十七条）。'),
          },
          'Notification templates.',
          '通知模板。',
        ),
        affected_party_channels: arr(ref('channel', 'A channel.', '一种渠道。'), 'Channels for telling affected people (NDSMR Art. 11).', '通知受影响者的渠道（条例第十一条）。', { unique: true }),
        minors_procedure: ref('fact_ref', 'Procedure for incidents involving minors (Minors Regs Art. 35).', '涉及未成年人信息的事件处置程序（《未成年人网络保护条例》第三十五条）。'),
        ownership_matrix: arr(
          obj(
            {
              phase: enumOf(
                {
                  pre_close: ['before closing or handover', '交割或移交前'],
                  in_transit: ['during transfer', '传输过程中'],
                  recipient: ['at the recipient after transfer', '转移后在接收方'],
                  custodian: ['retained records at the custodian', '保管人处的留存记录'],
                  post_deregistration: ['after the company is deregistered', '公司注销后'],
                },
                'Phase.',
                '阶段。',
              ),
              owner: refTo('party', 'Party responsible for incidents in that phase, by party id.', '该阶段负责事件处置的主体（party id）。'),
              contact: ref('person', 'Responsible person.', '负责人。'),
            },
            'One phase.',
            '一个阶段。',
            { required: ['phase'] },
          ),
          'Who owns incident response in each phase.',
          '各阶段的事件处置责任主体。',
        ),
      },
      'Incident response through the wind-down (PIPL Arts. 51(5), 57; NDSMR Art. 11; Incident Measures).',
      '清理期间的安全事件应急（第五十一条第五项、第五十七条；条例第十一条；《网络安全事件报告管理办法》）。',
    ),
    regulator_reports: arr(
      obj(
        {
          type: enumOf(
            {
              ndsmr32_disposal_plan: ['NDSMR Art. 32: disposal plan and recipient name and contact (important data or at least 10M individuals)', '条例第三十二条：处置方案及接收方名称、联系方式（重要数据或一千万人以上）'],
              cii_event_report: ['CII Regs Art. 21: report of merger, division or dissolution to the protection department', '《关键信息基础设施安全保护条例》第二十一条：向保护工作部门报告合并、分立、解散'],
              pipo_filing: ['PIPO filing or change filing with the CAC', '个人信息保护负责人报送或变更报送'],
              aml_handover: ['AML Law Art. 34: hand-over of customer records to the designated body', '《反洗钱法》第三十四条：向指定机构移交客户资料'],
              credit_db_report: ['Credit Regs Art. 12: report on the credit database', '《征信业管理条例》第十二条：征信数据库处置报告'],
              payment_exit_plan: ['Payment Regs Art. 14: exit plan to the PBoC', '《非银行支付机构监督管理条例》第十四条：向人民银行报送退出方案'],
              health_deregistration: ['deregistration with the health authority', '向卫生健康主管部门办理注销'],
              important_data_annual: ['annual important-data risk assessment report (NDSMR Art. 33)', '重要数据年度风险评估报告（条例第三十三条）'],
              incident_report: ['security incident report', '安全事件报告'],
              other: ['another report, explained in the notes', '其他报告，在备注中说明'],
            },
            'What was reported.',
            '报告类型。',
          ),
          authority: refTo('party', 'Authority reported to, by party id.', '报送的主管部门（party id）。'),
          due_on: date('Date due.', '应报送日期。'),
          submitted_on: date('Date submitted.', '报送日期。'),
          content_refs: strs('Documents submitted.', '报送的文件。'),
          recipient_named: bool('The report names the recipient and its contact.', '报告是否写明接收方名称和联系方式。'),
          notes: notes(),
        },
        'A report.',
        '一份报告。',
        { required: ['type'] },
      ),
      'Reports to regulators, including sector regulators (NDSMR Art. 32; CII Regs Art. 21; AML, Credit and Payment rules).',
      '向监管部门（含行业监管）的报告（条例第三十二条；关基条例第二十一条；反洗钱、征信、支付规定）。',
    ),
    regulatory_matters: arr(
      obj(
        {
          matter: str('Interview, inspection or rectification order.', '约谈、检查或整改要求。'),
          authority: refTo('party', 'Authority, by party id.', '主管部门（party id）。'),
          status: enumOf({ open: ['open', '未结'], rectifying: ['being rectified', '整改中'], closed: ['closed', '已结'] }, 'Status.', '状态。'),
          closed_on: date('Date closed.', '结案日期。'),
        },
        'A regulatory matter.',
        '一项监管事项。',
        { required: ['matter'] },
      ),
      'Open regulatory interviews and rectification orders, to be closed before deregistration (PIPL Art. 64; DSL Art. 44).',
      '注销前须结清的约谈和整改事项（第六十四条；《数据安全法》第四十四条）。',
    ),
    regulator_access: obj(
      {
        contact: ref('contact', 'Contact for regulators after the event.', '事件后供监管机构联系的方式。'),
        records_location: str('Where regulators can inspect records.', '监管机构查阅记录的地点。'),
      },
      'Keeping records accessible to regulators after the event (PIPL Art. 63; NDSMR Art. 50).',
      '事件后保证监管机构可查阅记录（第六十三条；条例第五十条）。',
    ),
    corporate_timeline: obj(
      {
        milestones: arr(
          obj(
            {
              type: enumOf(
                {
                  dissolution_cause: ['dissolution cause arises', '解散事由出现'],
                  liquidation_group_formed: ['liquidation group formed (within 15 days)', '成立清算组（15 日内）'],
                  liquidation_group_published: ['liquidation group published on NECIPS (within 10 days)', '在国家企业信用信息公示系统公示清算组（10 日内）'],
                  creditors_notified: ['creditors notified (10 days)', '通知债权人（10 日内）'],
                  creditors_announcement: ['announcement to creditors (60 days; merger or division 30 days)', '债权人公告（60 日内；合并分立 30 日内）'],
                  simplified_notice: ['simplified-deregistration public notice (20 days)', '简易注销公示（20 日）'],
                  administrator_appointed: ['bankruptcy administrator appointed', '指定破产管理人'],
                  proceedings_ended: ['court order ending bankruptcy proceedings', '裁定终结破产程序'],
                  liquidation_report_confirmed: ['liquidation report confirmed', '清算报告确认'],
                  tax_deregistration: ['tax deregistration', '税务注销'],
                  deregistration_applied: ['application for deregistration (30 days after liquidation; 10 days after bankruptcy)', '申请注销登记（清算结束后 30 日内；破产终结后 10 日内）'],
                  deregistered: ['deregistration registered', '完成注销登记'],
                  closing: ['closing of the transaction', '交易交割'],
                  merger_registration: ['merger or division registration', '合并或分立登记'],
                },
                'Milestone.',
                '节点。',
              ),
              date: date('Date (planned or done).', '日期（计划或实际）。'),
              done: bool('Already happened.', '是否已完成。'),
              ref: ref('fact_ref', 'Evidence.', '证明文件。'),
            },
            'A milestone.',
            '一个节点。',
            { required: ['type'] },
          ),
          'Corporate and registration milestones the data plan must fit.',
          '数据方案须配合的公司和登记节点。',
        ),
      },
      'Corporate timeline (Company Law Arts. 220–240; MER Regs Arts. 32–34; Tax Rules Art. 15).',
      '公司程序时间表（《公司法》第二百二十至二百四十条；《市场主体登记管理条例》第三十二至三十四条；《税收征收管理法实施细则》第十五条）。',
    ),
    liquidation: obj(
      {
        group_members: arr(ref('person', 'A member.', '一名成员。'), 'Members of the liquidation group.', '清算组成员。'),
        formed_on: date('Date the group was formed.', '清算组成立日期。'),
        published_on: date('Date the group was published on NECIPS.', '清算组公示日期。'),
        data_lead: ref('person', 'Member responsible for data.', '负责数据的成员。'),
        processing_purposes: arr(ref('purpose', 'A purpose.', '一项目的。'), 'Purposes for which personal information is still processed during liquidation (only liquidation purposes are lawful).', '清算期间仍处理个人信息的目的（仅限清算相关目的）。', { unique: true }),
        report_ref: ref('fact_ref', 'Liquidation report.', '清算报告。'),
        report_confirmed_on: date('Date the report was confirmed.', '清算报告确认日期。'),
      },
      'Ordinary liquidation (Company Law Arts. 232–239).',
      '普通清算（《公司法》第二百三十二至二百三十九条）。',
    ),
    insolvency: obj(
      {
        court: refTo('party', 'Bankruptcy court, by party id.', '受理破产的法院（party id）。'),
        administrator: refTo('party', 'Administrator (管理人), by party id.', '破产管理人（party id）。'),
        appointed_on: date('Date the administrator was appointed.', '管理人指定日期。'),
        systems_taken_over_on: date('Date the administrator took over books, documents and systems (EBL Art. 25).', '管理人接管账簿、文书和系统的日期（《企业破产法》第二十五条）。'),
        creditors_committee_report_ref: ref('fact_ref', 'Report to the creditors\' committee on selling the customer database (EBL Art. 69).', '向债权人委员会报告出售客户数据库的文件（《企业破产法》第六十九条）。'),
        creditors_committee_reported_on: date('Date of that report.', '报告日期。'),
        proceedings_ended_on: date('Date the court ended the proceedings.', '法院裁定终结程序的日期。'),
      },
      'Bankruptcy (EBL Arts. 25, 69, 121).',
      '破产（《企业破产法》第二十五、六十九、一百二十一条）。',
    ),
    deregistration: obj(
      {
        type: enumOf(
          {
            ordinary: ['ordinary deregistration after liquidation', '清算后普通注销'],
            simplified: ['simplified deregistration (Company Law Art. 240)', '简易注销（《公司法》第二百四十条）'],
            court_ordered: ['deregistration after bankruptcy (EBL Art. 121)', '破产程序终结后注销（《企业破产法》第一百二十一条）'],
            merger: ['deregistration because of merger', '因合并注销'],
          },
          'Kind of deregistration.',
          '注销类型。',
        ),
        public_notice_on: date('Date the NECIPS notice started (simplified: at least 20 days).', '公示开始日期（简易注销：不少于 20 日）。'),
        data_disposition_completed_on: date('Date handover, deletion and custody transfer were completed (before applying).', '移交、删除和保管交接完成日期（应早于申请）。'),
        applied_on: date('Date deregistration was applied for.', '申请注销日期。'),
        liquidation_report_ref: ref('fact_ref', 'Liquidation report recording the data disposition.', '记载数据处置情况的清算报告。'),
        shareholder_commitment_ref: ref('fact_ref', 'Shareholders\' commitment for simplified deregistration.', '简易注销的全体投资人承诺书。'),
      },
      'Deregistration (MER Regs Arts. 31–34; Company Law Arts. 239, 240).',
      '注销登记（《市场主体登记管理条例》第三十一至三十四条；《公司法》第二百三十九、二百四十条）。',
    ),
    liability_register: arr(
      obj(
        {
          person: ref('person', 'The person.', '人员。'),
          role: enumOf(
            {
              director: ['director (liquidation obligor)', '董事（清算义务人）'],
              liquidation_group_member: ['liquidation group member', '清算组成员'],
              administrator: ['administrator', '管理人'],
              pipo: ['PIPO', '个人信息保护负责人'],
              shareholder: ['shareholder (simplified deregistration commitment)', '股东（简易注销承诺）'],
              operator: ['staff operating systems', '系统操作人员'],
              executive: ['senior manager', '高级管理人员'],
            },
            'Role.',
            '角色。',
          ),
          exposures: strs('Penalty ids from the catalogue (e.g. PIPL-66-2, COMPANY-238).', '罚则编号（如 PIPL-66-2、COMPANY-238）。'),
        },
        'A person.',
        '一名人员。',
        { required: ['person'] },
      ),
      'Personal-liability register (PIPL Art. 66; Company Law Arts. 232, 238, 240; EBL Art. 130).',
      '个人责任登记（第六十六条；《公司法》第二百三十二、二百三十八、二百四十条；《企业破产法》第一百三十条）。',
    ),
    insurance: obj(
      {
        policy: str('Data liability policy.', '数据责任保险保单。'),
        insurer: refTo('party', 'Insurer, by party id.', '保险人（party id）。'),
        tail_until: date('Date tail cover runs until.', '延长报告期截止日。'),
      },
      'Data liability insurance (NDSMR Art. 40).',
      '数据责任保险（条例第四十条）。',
    ),
    discipline: obj(
      { policy_ref: ref('fact_ref', 'Internal disciplinary rules for data breaches.', '数据违规内部惩戒制度。') },
      'Internal responsibility system (GB/T 35273 §11.6(b)).',
      '内部责任制度（GB/T 35273 第 11.6 条 b 项）。',
    ),
    self_regulation: obj(
      { memberships: strs('Industry associations or self-regulation schemes.', '行业协会或自律组织。') },
      'Industry self-regulation (NDSMR Art. 7).',
      '行业自律（条例第七条）。',
    ),
  };
}
