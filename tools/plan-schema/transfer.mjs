// Transfers, recipients, notices, consents and the handover.
import { arr, bool, country, date, enumOf, fraction, idOf, int, obj, ref, refTo, refsTo, str, strs } from './dsl.mjs';
import { notes } from './core.mjs';

export function transferSections() {
  return {
    pi_transfers: arr(
      obj(
        {
          id: idOf('transfer', 'Identifier of the transfer.', '转移事项标识。'),
          datasets: refsTo('dataset', 'Data sets moved, by id from `data_inventory`.', '转移的数据集，引用 `data_inventory` 中的 id。'),
          recipient: refTo('party', 'Who receives the data, by party id.', '接收方（party id）。'),
          legal_basis: enumOf(
            {
              pipl_22: ['PIPL Art. 22: transfer because of merger, division, dissolution or bankruptcy; notice, no separate consent', '第二十二条：因合并、分立、解散、被宣告破产等原因转移；须告知，无需单独同意'],
              pipl_23: ['PIPL Art. 23: provision to another processor; notice plus separate consent', '第二十三条：向其他处理者提供；须告知并取得单独同意'],
              pipl_21_entrusted: ['PIPL Art. 21: entrusted processing by a vendor acting for the company (e.g. migration)', '第二十一条：委托处理（如迁移服务商）'],
              anonymised: ['only anonymised data moves, which is no longer personal information', '仅转移匿名化数据，已不属于个人信息'],
              return_to_client: ['return of client-controlled data to the client under the service contract', '依服务合同向委托方客户返还其控制的数据'],
            },
            'The legal route of this movement of personal information.',
            '本次个人信息转移的法律路径。',
          ),
          planned_on: date('Planned transfer date.', '计划转移日期。'),
          completed_on: date('Date the transfer was completed.', '转移完成日期。'),
          volume_individuals: int('Distinct individuals transferred.', '转移涉及的去重人数。'),
          volume_records: int('Records transferred.', '转移的记录条数。'),
          purposes: arr(ref('purpose', 'A purpose.', '一项目的。'), 'Purposes of the transfer.', '转移目的。', { unique: true }),
          method: str('How the recipient will process the data (processing method told to individuals).', '接收方的处理方式（须告知个人）。'),
          record_ref: ref('fact_ref', 'The record of this provision kept for at least 3 years (NDSMR Art. 12).', '提供记录（至少保存三年，《网络数据安全管理条例》第十二条）。'),
          notes: notes(),
        },
        'A transfer.',
        '一项转移。',
        { required: ['id'] },
      ),
      'Every movement of personal information to another party, with its legal route (PIPL Arts. 21–23). Empty or absent means nothing is transferred.',
      '向其他主体转移个人信息的每一事项及其法律路径（第二十一至二十三条）。为空或缺省表示不转移。',
    ),
    recipients: arr(
      obj(
        {
          party: refTo('party', 'The recipient, by party id (its name, USCC, contact and jurisdiction live in `parties`).', '接收方（party id；名称、信用代码、联系方式和所在地记录在 `parties`）。'),
          intended_purposes: arr(ref('purpose', 'A purpose.', '一项目的。'), 'Purposes the recipient will use the data for, compared with the original purposes (PIPL Art. 14 para. 2).', '接收方拟使用的目的，与原目的比较（第十四条第二款）。', { unique: true }),
          purposes_or_methods_changed: bool('The recipient changes the original purposes or methods (then it needs fresh consent).', '接收方是否变更原处理目的或方式（变更须重新取得同意）。'),
          reconsent_plan: obj(
            {
              required: bool('Fresh consent is needed.', '是否需要重新取得同意。'),
              mechanism: str('How the recipient will obtain it.', '接收方取得同意的方式。'),
              before_use_for: arr(ref('purpose', 'A purpose.', '一项目的。'), 'New purposes that wait for consent.', '须待同意后才能开展的新目的。', { unique: true }),
            },
            'How the recipient obtains fresh consent for changed purposes.',
            '接收方就变更目的重新取得同意的安排。',
          ),
          undertakings: obj(
            {
              continue_obligations: bool('Binds itself to keep performing the company\'s obligations to individuals (PIPL Art. 22).', '承诺继续履行原处理者的义务（第二十二条）。'),
              honour_privacy_policy_version: str('Privacy-policy version the recipient will honour.', '接收方承诺遵守的隐私政策版本。'),
              honour_rights_requests: bool('Will handle access, correction, deletion and withdrawal requests.', '承诺处理查阅、更正、删除及撤回请求。'),
              keep_retention_limits: bool('Will keep the existing retention limits.', '承诺遵守既有保存期限。'),
              security_measures: bool('Will keep at least the existing security measures.', '承诺保持不低于现有水平的安全措施。'),
              document_ref: ref('fact_ref', 'The signed undertaking.', '已签署的承诺文件。'),
            },
            'What the recipient has undertaken in writing.',
            '接收方的书面承诺。',
          ),
          assessment: obj(
            {
              completed_on: date('Date the recipient\'s capability was assessed.', '接收方能力评估日期。'),
              mlps_level: int('Recipient\'s MLPS grade for the receiving systems.', '接收系统的等级保护级别。', { minimum: 1, maximum: 5 }),
              certifications: strs('Certifications held (e.g. ISO/IEC 27001, ISO/IEC 27701, PI protection certification).', '所持认证（如 ISO/IEC 27001、27701、个人信息保护认证）。'),
              incidents_history: str('Known security incidents and penalties of the recipient.', '接收方已知的安全事件和处罚记录。'),
              contract_security_clauses: bool('The contract contains enforceable security clauses (NDSMR Art. 31).', '合同是否包含可执行的安全条款（《网络数据安全管理条例》第三十一条）。'),
              report_ref: ref('fact_ref', 'Assessment report.', '评估报告。'),
            },
            'Assessment of the recipient\'s security capability and compliance record (PIPL Art. 55; NDSMR Art. 31).',
            '对接收方安全能力和合规记录的评估（第五十五条；《网络数据安全管理条例》第三十一条）。',
          ),
          remote_access_from: arr(country('A country.', '一个国家或地区。'), 'Countries or regions outside the mainland from which the recipient or its affiliates can access the data.', '接收方或其关联方可从境外何地访问数据。', { unique: true }),
          pending_requests_transferred: bool('Open rights requests and complaints are handed over.', '未结的个人权利请求和投诉是否一并移交。'),
          optouts_transferred: bool('Marketing refusals and other opt-outs are handed over and honoured.', '营销拒收等退出选择是否移交并继续遵守。'),
          notes: notes(),
        },
        'A recipient.',
        '一个接收方。',
        { required: ['party'] },
      ),
      'What each recipient of personal information has committed to and how it was assessed (PIPL Arts. 22, 23, 55).',
      '每一接收方的承诺及评估情况（第二十二、二十三、五十五条）。',
    ),
    notices: obj(
      {
        transfer: obj(
          {
            content: obj(
              {
                recipient_name: str('Recipient name as written in the notice.', '通知中写明的接收方名称。'),
                recipient_contact: str('Recipient contact as written in the notice.', '通知中写明的接收方联系方式。'),
                purposes: str('Purposes as written in the notice.', '通知中写明的处理目的。'),
                methods: str('Processing methods as written in the notice.', '通知中写明的处理方式。'),
                categories: str('Categories of data as written in the notice.', '通知中写明的个人信息种类。'),
                rights_channel: str('How individuals exercise their rights, as written in the notice.', '通知中写明的权利行使方式。'),
              },
              'What the transfer notice tells individuals.',
              '转移通知告知个人的内容。',
            ),
            channels: arr(ref('channel', 'A channel.', '一种渠道。'), 'Channels used.', '所用渠道。', { unique: true }),
            planned_on: date('Planned sending date.', '计划发送日期。'),
            sent_on: date('Date the notice was sent or published.', '通知发送或公布日期。'),
            reach_rate: fraction('Share of individuals reached individually.', '逐一送达的比例。'),
            template_ref: ref('fact_ref', 'Notice text.', '通知文本。'),
          },
          'Notice to individuals about the transfer (PIPL Arts. 22, 23).',
          '向个人告知转移事项（第二十二、二十三条）。',
        ),
        cessation: obj(
          {
            channels: arr(ref('channel', 'A channel.', '一种渠道。'), 'Channels used.', '所用渠道。', { unique: true }),
            sent_on: date('Date the cessation notice was sent or published.', '停止服务通知发送或公布日期。'),
            states_data_disposition: bool('Tells individuals what happens to their data.', '是否告知个人其数据的处置方式。'),
            template_ref: ref('fact_ref', 'Notice text.', '通知文本。'),
          },
          'Notice that the service stops (GB/T 35273 §6.4).',
          '停止运营的通知（GB/T 35273 第 6.4 条）。',
        ),
        retention_statement: obj(
          {
            published_on: date('Date the statement was published.', '公布日期。'),
            states_period: bool('States the retention periods.', '是否说明保存期限。'),
            states_legal_basis: bool('States the laws requiring retention.', '是否说明保存所依据的法律。'),
            ref: ref('fact_ref', 'Statement text.', '说明文本。'),
          },
          'Statement telling individuals which data is kept by law, for how long and why (PIPL Arts. 13(3), 17).',
          '告知个人哪些数据依法保留、保存期限和理由（第十三条第三项、第十七条）。',
        ),
      },
      'Notices to individuals.',
      '对个人的告知。',
    ),
    consents: obj(
      {
        separate: obj(
          {
            mechanism: enumOf(
              {
                in_app_opt_in: ['explicit in-app or web opt-in for this provision', '应用或网页内就本次提供的明示勾选同意'],
                sms_reply: ['reply to a text message', '短信回复确认'],
                written_form: ['signed written form', '签署书面同意书'],
                email_confirmation: ['confirmation link by e-mail', '电子邮件确认链接'],
                phone_recorded: ['recorded telephone consent', '电话录音同意'],
              },
              'How separate consent (单独同意) is collected.',
              '单独同意的取得方式。',
            ),
            requested_count: int('Individuals asked.', '征求同意的人数。'),
            obtained_count: int('Individuals who consented.', '已同意的人数。'),
            records_ref: ref('fact_ref', 'Where consent records are kept.', '同意记录的存放位置。'),
            non_consenting_disposition: enumOf(
              {
                not_transferred_deleted: ['not transferred; deleted', '不转移，予以删除'],
                not_transferred_retained_legal: ['not transferred; only legally required records kept', '不转移，仅保留法定留存记录'],
                not_transferred_anonymised: ['not transferred; anonymised', '不转移，予以匿名化'],
                transferred_anyway: ['transferred without consent (unlawful under Art. 23)', '未经同意仍转移（违反第二十三条）'],
              },
              'What happens to data of people who do not consent.',
              '未同意者数据的处理方式。',
            ),
          },
          'Separate consent for an Art. 23 provision.',
          '第二十三条提供所需的单独同意。',
        ),
        sensitive: obj(
          {
            consent_type: enumOf(
              {
                separate: ['separate consent', '单独同意'],
                written: ['written consent (where a law requires it)', '书面同意（法律要求时）'],
                general: ['only general consent to the privacy policy', '仅对隐私政策的一般同意'],
                none: ['no consent', '未取得同意'],
              },
              'Consent held for processing sensitive personal information (PIPL Art. 29).',
              '处理敏感个人信息所取得的同意类型（第二十九条）。',
            ),
            notice_includes_necessity_and_impact: bool('The notice explained necessity and impact on the individual (PIPL Art. 30).', '告知是否说明了必要性及对个人权益的影响（第三十条）。'),
          },
          'Consent for sensitive personal information.',
          '敏感个人信息的同意。',
        ),
      },
      'Consents collected for the event.',
      '为本次事件取得的同意。',
    ),
    privacy_policy: obj(
      {
        version: str('Version of the current privacy policy.', '现行隐私政策版本。'),
        updated_on: date('Date it was last updated for the event.', '为本次事件最近更新的日期。'),
        url: str('Where it is published.', '发布地址。'),
        states_controller_status: bool('States who the processor is during and after the event.', '是否说明事件期间及之后的处理者。'),
        states_retention: bool('States retention periods.', '是否说明保存期限。'),
        states_post_expiry_handling: bool('States what happens when periods end (NDSMR Art. 21).', '是否说明期限届满后的处理（《网络数据安全管理条例》第二十一条）。'),
        states_custodian: bool('Names the custodian of retained records.', '是否写明留存记录的保管人。'),
        states_rights_channel: bool('States how to exercise rights.', '是否说明权利行使方式。'),
      },
      'The privacy policy and processing rules, updated to the event (PIPL Arts. 7, 17).',
      '根据本次事件更新的隐私政策与处理规则（第七、十七条）。',
    ),
    cessation: obj(
      {
        collection_stopped_on: date('Date collection of new personal information stops.', '停止收集新个人信息的日期。'),
        notice_sent_on: date('Date individuals were told.', '通知个人的日期。'),
        deletion_scheduled_on: date('Date deletion or anonymisation is scheduled.', '计划删除或匿名化的日期。'),
        account_cancellation_open_until: date('Date until which accounts can still be cancelled and data exported.', '账户注销及数据导出渠道开放至何日。'),
      },
      'Stopping a service: stop collecting, notify, then delete or anonymise (GB/T 35273 §6.4).',
      '停止服务：停止收集、通知，然后删除或匿名化（GB/T 35273 第 6.4 条）。',
    ),
    rights_channel: obj(
      {
        channels: arr(ref('channel', 'A channel.', '一种渠道。'), 'Channels for requests.', '受理请求的渠道。', { unique: true }),
        contact: ref('contact', 'Where requests go.', '请求的受理联系方式。'),
        open_until: date('Date until which the channel stays open.', '渠道开放至何日。'),
        response_sla_working_days: int('Working days to answer a request (GB/T 35273 §8.5: at most 15).', '答复请求的工作日数（GB/T 35273 第 8.5 条：不超过 15 个）。'),
      },
      'Channel for withdrawal, deletion, access and account cancellation throughout the wind-down (PIPL Arts. 15, 50).',
      '清理期间撤回同意、删除、查阅和注销账户的渠道（第十五、五十条）。',
    ),
    post_dissolution_contact: obj(
      {
        party: refTo('party', 'Who answers individuals after the company is gone (successor, administrator or custodian), by party id.', '公司终止后答复个人的主体（承继方、管理人或保管人，party id）。'),
        channel: ref('contact', 'How to reach it.', '联系方式。'),
        valid_until: date('Date until which the contact point is maintained.', '联系点维持至何日。'),
      },
      'Contact point for individuals that survives deregistration (PIPL Art. 50; NDSMR Art. 20).',
      '注销后仍然有效的个人联系点（第五十条；《网络数据安全管理条例》第二十条）。',
    ),
    complaints: obj(
      {
        channel: ref('contact', 'Published complaint channel.', '公开的投诉渠道。'),
        sla_days: int('Days to handle a complaint.', '投诉处理时限（日）。'),
        refusal_reasoning_process: bool('Refusals of requests are explained with reasons (PIPL Art. 50).', '拒绝请求时是否说明理由（第五十条）。'),
      },
      'Complaint handling during and after the event (Consumer Law Art. 29; PIPL Arts. 50, 65).',
      '事件期间及之后的投诉处理（《消费者权益保护法》第二十九条；第五十、六十五条）。',
    ),
    handover: obj(
      {
        scope: arr(
          obj(
            {
              dataset: refTo('dataset', 'The data set, by id.', '数据集（id）。'),
              disposition: ref('disposition', 'What happens to it in the handover.', '移交中的处置。'),
              justification: str('Why (minimum necessary).', '理由（最小必要）。'),
              fields_excluded: strs('Fields withheld from the recipient.', '不移交给接收方的字段。'),
            },
            'One data set in scope.',
            '范围内的一个数据集。',
            { required: ['dataset'] },
          ),
          'Handover scope per data set (PIPL Arts. 5, 6).',
          '按数据集确定的移交范围（第五、六条）。',
        ),
        procedure: obj(
          {
            ref: ref('fact_ref', 'The written handover procedure.', '书面移交程序。'),
            steps: arr(
              obj(
                {
                  step: str('What is done.', '操作内容。'),
                  responsible: str('Who does it.', '负责人。'),
                  due_on: date('Due date.', '完成期限。'),
                },
                'A step.',
                '一个步骤。',
                { required: ['step'] },
              ),
              'Steps in order.',
              '按顺序排列的步骤。',
            ),
          },
          'Written handover procedure (EBL Arts. 15, 25; AA Measures Art. 12).',
          '书面移交程序（《企业破产法》第十五、二十五条；《会计档案管理办法》第十二条）。',
        ),
        responsible: obj(
          {
            from: ref('person', 'Person responsible on the handing-over side.', '移交方负责人。'),
            to: ref('person', 'Person responsible on the receiving side.', '接收方负责人。'),
          },
          'Persons responsible on both sides.',
          '双方负责人。',
        ),
        register_ref: ref('fact_ref', 'Handover register (移交清册) listing what was handed over.', '移交清册。'),
        signoff_date: date('Date both sides signed off.', '双方签字确认日期。'),
        chain_of_custody_ref: ref('fact_ref', 'Chain-of-custody record for media and paper.', '介质和纸质档案的保管链记录。'),
        channel: enumOf(
          {
            sftp: ['encrypted file transfer (SFTP or equivalent)', '加密文件传输（SFTP 等）'],
            api: ['encrypted API or replication link (TLS)', '加密接口或复制链路（TLS）'],
            dedicated_line: ['dedicated line or VPN', '专线或 VPN'],
            encrypted_media: ['encrypted physical media, escorted', '加密物理介质，专人押运'],
            physical: ['physical handover of paper or devices', '纸质档案或设备实物交接'],
            email: ['e-mail attachments (not acceptable for bulk personal information)', '电子邮件附件（不适用于批量个人信息）'],
            unencrypted_media: ['unencrypted media (not acceptable)', '未加密介质（不可接受）'],
          },
          'How data physically moves to the recipient.',
          '数据向接收方移交的通道。',
        ),
        backup: obj(
          {
            taken: bool('A backup is taken before migration.', '迁移前是否备份。'),
            taken_on: date('Date of the backup.', '备份日期。'),
            integrity_check: enumOf(
              {
                hash: ['cryptographic hashes (e.g. SM3, SHA-256) compared on both sides', '双方比对密码杂凑值（如 SM3、SHA-256）'],
                record_counts: ['record counts compared', '比对记录条数'],
                hash_and_counts: ['both hashes and counts', '杂凑值与条数均比对'],
                none: ['no check', '不校验'],
              },
              'How integrity is verified.',
              '完整性校验方式。',
            ),
            destroy_on: date('Date the migration backup is destroyed.', '迁移备份的销毁日期。'),
          },
          'Backup and integrity check for the migration (NDSMR Art. 9).',
          '迁移的备份与完整性校验（《网络数据安全管理条例》第九条）。',
        ),
        post_transfer: obj(
          {
            verification: enumOf(
              {
                recipient_confirmation: ['written confirmation of receipt by the recipient', '接收方书面确认收到'],
                reconciliation: ['record-by-record or hash reconciliation', '逐条或杂凑值核对'],
                none: ['not verified', '未核验'],
              },
              'How receipt was verified.',
              '接收核验方式。',
            ),
            verified_on: date('Date receipt was verified.', '核验日期。'),
            source_copies_deleted_on: date('Date source copies not covered by retention were deleted.', '不属于留存范围的源副本删除日期。'),
          },
          'Tracking after the transfer (NDSMR Art. 12; GB/T 35273 §9.2).',
          '转移后的跟踪（《网络数据安全管理条例》第十二条；GB/T 35273 第 9.2 条）。',
        ),
      },
      'How data is handed over: scope, procedure, people, register, channel, backup and follow-up.',
      '数据移交安排：范围、程序、人员、清册、通道、备份与后续跟踪。',
    ),
    due_diligence: obj(
      {
        data_room: obj(
          {
            contains_pi: bool('The data room contains personal information of customers.', '数据室是否包含客户个人信息。'),
            deidentification_method: enumOf(
              {
                aggregated: ['only aggregate statistics', '仅汇总统计数据'],
                anonymised: ['anonymised samples', '匿名化样本'],
                pseudonymised: ['pseudonymised samples (still personal information)', '去标识化样本（仍属个人信息）'],
                masked: ['partially masked fields (still personal information)', '部分字段掩码（仍属个人信息）'],
                none: ['raw data', '原始数据'],
              },
              'How customer data in the data room is de-identified.',
              '数据室中客户数据的去标识方式。',
            ),
            sample_size: int('Records in any sample shown to bidders.', '向竞买方展示样本的记录数。'),
            bidder_ndas: bool('Every bidder signed a confidentiality agreement before access.', '所有竞买方在访问前是否签署保密协议。'),
            opened_on: date('Date the data room opened.', '数据室开放日期。'),
            closed_on: date('Date it closed and copies were destroyed.', '数据室关闭及副本销毁日期。'),
          },
          'The due-diligence data room.',
          '尽职调查数据室。',
        ),
      },
      'Due diligence and bidding (PIPL Arts. 4, 23, 73).',
      '尽职调查与竞买（第四、二十三、七十三条）。',
    ),
  };
}
