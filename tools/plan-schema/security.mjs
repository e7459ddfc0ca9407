// Technical and organisational security: encryption, keys, access, logging, people, devices.
import { arr, bool, date, enumOf, int, obj, ref, refTo, refsTo, str, strs } from './dsl.mjs';

const PI_ACCESS = {
  none: ['no access to customer personal information', '不接触客户个人信息'],
  limited: ['access to individual records as the job needs', '按岗位需要访问个别记录'],
  bulk: ['bulk access or export rights', '批量访问或导出权限'],
  bulk_sensitive: ['bulk access to sensitive personal information', '批量访问敏感个人信息'],
};

export function securitySections() {
  return {
    encryption: obj(
      {
        in_transit: obj(
          {
            protocol: enumOf(
              {
                tls12: ['TLS 1.2', 'TLS 1.2'],
                tls13: ['TLS 1.3', 'TLS 1.3'],
                tlcp: ['TLCP (GB/T 38636, national cryptographic TLS)', 'TLCP（GB/T 38636 国密传输协议）'],
                ipsec_vpn: ['IPsec or SSL VPN', 'IPsec 或 SSL VPN'],
                ssh: ['SSH / SFTP', 'SSH / SFTP'],
                file_level: ['files encrypted before transport (e.g. encrypted archives)', '传输前对文件加密（如加密压缩包）'],
                none: ['no encryption in transit', '传输不加密'],
              },
              'Transport protection for handover and migration.',
              '移交和迁移的传输保护。',
            ),
            algorithm: str('Cipher or suite (e.g. SM4-GCM, AES-256-GCM).', '加密算法或套件（如 SM4-GCM、AES-256-GCM）。'),
          },
          'Encryption in transit.',
          '传输加密。',
        ),
        at_rest: obj(
          {
            algorithm: str('Cipher (e.g. SM4, AES-256).', '加密算法（如 SM4、AES-256）。'),
            scope: arr(
              enumOf(
                {
                  production: ['production databases', '生产数据库'],
                  backups: ['backups', '备份'],
                  archives: ['archives', '归档'],
                  retention_vault: ['the restricted retention vault', '受限留存库'],
                  endpoints: ['laptops and phones', '笔记本电脑和手机'],
                  removable_media: ['removable media', '移动介质'],
                  handover_media: ['media used for the handover', '移交所用介质'],
                },
                'A store.',
                '一类存储。',
              ),
              'Stores encrypted at rest.',
              '静态加密覆盖的存储。',
              { unique: true },
            ),
          },
          'Encryption at rest.',
          '存储加密。',
        ),
      },
      'Encryption of personal information (PIPL Art. 51(3); GB/T 35273 §6.3).',
      '个人信息加密（第五十一条第三项；GB/T 35273 第 6.3 条）。',
    ),
    key_management: obj(
      {
        custodian: refTo('party', 'Who holds the keys, now and for retained archives after deregistration, by party id.', '密钥持有人（含注销后留存档案的密钥），party id。'),
        escrow: bool('Keys for retained archives are escrowed with the custodian.', '留存档案的密钥是否托管给保管人。'),
        system: str('Key-management system or HSM used.', '所用密钥管理系统或密码机。'),
        rotation_months: int('Key rotation interval in months.', '密钥轮换周期（月）。'),
        crypto_shredding: bool('Deletion is done by destroying keys (crypto-shredding).', '是否通过销毁密钥实现删除（密码擦除）。'),
        destruction_evidence: ref('fact_ref', 'Evidence of key destruction.', '密钥销毁证明。'),
      },
      'Key custody and destruction (PIPL Arts. 47, 51).',
      '密钥保管与销毁（第四十七、五十一条）。',
    ),
    commercial_crypto: obj(
      {
        used: bool('Commercial cryptography (商用密码) is used.', '是否使用商用密码。'),
        algorithms: arr(
          enumOf(
            {
              SM2: ['SM2 public-key algorithm', 'SM2 公钥算法'],
              SM3: ['SM3 hash', 'SM3 杂凑算法'],
              SM4: ['SM4 block cipher', 'SM4 分组密码'],
              SM9: ['SM9 identity-based algorithm', 'SM9 标识密码'],
              ZUC: ['ZUC stream cipher', '祖冲之序列密码'],
              AES: ['AES (not a commercial-cryptography algorithm)', 'AES（非国密算法）'],
              RSA: ['RSA (not a commercial-cryptography algorithm)', 'RSA（非国密算法）'],
              SHA2: ['SHA-2 family (not a commercial-cryptography algorithm)', 'SHA-2 系列（非国密算法）'],
            },
            'An algorithm.',
            '一种算法。',
          ),
          'Algorithms in use.',
          '所用算法。',
          { unique: true },
        ),
        products_certified: bool('Cryptographic products are certified.', '密码产品是否经认证。'),
        application_plan_ref: ref('fact_ref', 'Cryptography application plan.', '密码应用方案。'),
        last_assessment_date: date('Date of the last commercial-cryptography application security assessment (密评; CII: yearly).', '最近一次商用密码应用安全性评估日期（关键信息基础设施每年一次）。'),
      },
      'Commercial cryptography (Crypto Regs Arts. 38–41; Crypto Law Art. 27).',
      '商用密码（《商用密码管理条例》第三十八至四十一条；《密码法》第二十七条）。',
    ),
    deidentification: obj(
      {
        method: enumOf(
          {
            pseudonymisation: ['pseudonymisation with a separate key table', '假名化，映射表另行保存'],
            masking: ['field masking', '字段掩码'],
            generalisation: ['generalisation or aggregation', '泛化或汇总'],
            anonymisation: ['anonymisation (cannot identify, cannot restore)', '匿名化（无法识别且不能复原）'],
            none: ['none', '不做去标识化'],
          },
          'De-identification method used for retained or shared data.',
          '对留存或共享数据采用的去标识化方法。',
        ),
        datasets: refsTo('dataset', 'Data sets de-identified, by id.', '做去标识化处理的数据集（id）。'),
        key_separation: bool('Re-identification keys are stored separately.', '重新识别所需的密钥或映射表是否单独保存。'),
        claimed_anonymous: bool('The plan treats the result as anonymous (no longer personal information).', '方案是否将处理结果视为匿名数据（不再属于个人信息）。'),
      },
      'De-identification and anonymisation (PIPL Art. 73).',
      '去标识化与匿名化（第七十三条）。',
    ),
    access_control: obj(
      {
        roles: arr(
          obj(
            {
              name: str('Role name.', '角色名称。'),
              pi_access_level: enumOf(PI_ACCESS, 'Access to customer personal information.', '对客户个人信息的访问级别。'),
              holders: int('People holding the role.', '担任该角色的人数。'),
            },
            'A role.',
            '一个角色。',
            { required: ['name'] },
          ),
          'Roles with access during the event.',
          '事件期间具有访问权限的角色。',
        ),
        reduced_to_event_need: bool('Access has been cut back to what the liquidation or handover needs.', '访问权限是否已缩减至清算或移交所需。'),
        reviewed_on: date('Date access rights were last reviewed.', '最近一次权限审查日期。'),
        bulk_export: obj(
          {
            approval_required: bool('Bulk export or download needs approval.', '批量导出或下载是否需要审批。'),
            approver: ref('person', 'Who approves.', '审批人。'),
          },
          'Bulk export control.',
          '批量导出控制。',
        ),
        segregation_of_duties: bool('Security administrator, data operator and auditor roles are separated.', '安全管理员、数据操作员和审计员角色是否分离。'),
      },
      'Access control (PIPL Art. 51(4); GB/T 35273 §7.1).',
      '访问控制（第五十一条第四项；GB/T 35273 第 7.1 条）。',
    ),
    offboarding: obj(
      {
        access_revocation_sla_hours: int('Hours within which access of leaving staff or terminated vendors is revoked.', '离职人员或终止合作的供应商权限在多少小时内撤销。'),
        credentials_collected: bool('Tokens, keys, badges and shared passwords are collected or rotated.', '令牌、密钥、门禁卡和共享口令是否收回或更换。'),
        evidence: ref('fact_ref', 'Evidence of revocations.', '撤销权限的证明。'),
      },
      'Revoking access of leaving staff and vendors (GB/T 35273 §11.6).',
      '撤销离职人员和供应商的访问权限（GB/T 35273 第 11.6 条）。',
    ),
    logging: obj(
      {
        enabled: bool('Access to personal information is logged.', '是否记录对个人信息的访问日志。'),
        retention_months: int('Months logs are kept (CSL: at least 6).', '日志保存月数（《网络安全法》：不少于 6 个月）。'),
        tamper_protection: bool('Logs are protected from tampering.', '日志是否防篡改。'),
        monitored: bool('Logs are monitored for anomalies.', '是否对日志进行异常监测。'),
      },
      'Logging of access to personal information (CSL Art. 21(3); GB/T 35273 §11.7).',
      '个人信息访问日志（《网络安全法》第二十一条第三项；GB/T 35273 第 11.7 条）。',
    ),
    personnel: arr(
      obj(
        {
          role: str('Role or team.', '岗位或团队。'),
          headcount: int('People in this group.', '人数。'),
          pi_access_level: enumOf(PI_ACCESS, 'Access to customer personal information.', '对客户个人信息的访问级别。'),
          nda_signed: bool('Confidentiality agreement signed.', '是否签署保密协议。'),
          nda_survives_termination: bool('Confidentiality continues after employment ends.', '保密义务是否在劳动关系终止后继续有效。'),
          background_check: bool('Background check done (needed for bulk sensitive access).', '是否进行背景审查（批量访问敏感信息时需要）。'),
          leaving_on: date('Date this group leaves (layoffs).', '该群体离职日期（裁员）。'),
        },
        'A group of staff.',
        '一类人员。',
        { required: ['role'] },
      ),
      'Staff who touch customer personal information during the event (CSL Art. 40; Consumer Law Art. 29).',
      '事件期间接触客户个人信息的人员（《网络安全法》第四十条；《消费者权益保护法》第二十九条）。',
    ),
    third_parties: arr(
      obj(
        {
          party: refTo('party', 'The external party, by party id.', '外部主体（party id）。'),
          nda_signed: bool('Signed confidentiality terms.', '是否签署保密条款。'),
          access_scope: str('What it can access.', '可访问的范围。'),
          datasets: refsTo('dataset', 'Data sets it can access, by id.', '可访问的数据集（id）。'),
          access_end_date: date('Date its access ends.', '访问终止日期。'),
        },
        'An external party with access.',
        '一个有访问权限的外部主体。',
        { required: ['party'] },
      ),
      'External people and firms with access: liquidators, administrator staff, auditors, vendors, bidders (PIPL Art. 21; NDSMR Art. 12).',
      '有访问权限的外部人员和机构：清算人、管理人员、审计师、供应商、竞买方（第二十一条；《网络数据安全管理条例》第十二条）。',
    ),
    assets: obj(
      {
        devices: arr(
          obj(
            {
              type: enumOf(
                {
                  laptop: ['laptop', '笔记本电脑'],
                  desktop: ['desktop computer', '台式电脑'],
                  phone: ['mobile phone', '手机'],
                  usb_drive: ['USB drive', 'U 盘'],
                  external_disk: ['external disk', '移动硬盘'],
                  server_disk: ['server disk or tape', '服务器硬盘或磁带'],
                  other: ['other device', '其他设备'],
                },
                'Kind of device.',
                '设备类型。',
              ),
              count: int('Number of devices.', '数量。'),
              holder: str('Who holds them.', '持有人。'),
              encrypted: bool('Storage is encrypted.', '存储是否加密。'),
              returned_on: date('Date they were returned.', '收回日期。'),
              disposition: enumOf(
                {
                  wipe_and_reuse: ['wiped and reused or sold', '擦除后再利用或出售'],
                  destroy: ['physically destroyed', '物理销毁'],
                  transfer: ['handed over to the recipient', '移交接收方'],
                  retain: ['kept as part of the archive', '作为档案保留'],
                },
                'What happens to them.',
                '处置方式。',
              ),
            },
            'A group of devices.',
            '一组设备。',
            { required: ['type'] },
          ),
          'Devices holding personal information.',
          '存有个人信息的设备。',
        ),
        paper_archives: arr(
          obj(
            {
              description: str('What the files are.', '档案内容。'),
              location: str('Where they are.', '存放地点。'),
              custodian: refTo('party', 'Who keeps them, by party id.', '保管人（party id）。'),
              boxes: int('Number of boxes.', '箱数。'),
            },
            'A paper archive.',
            '一处纸质档案。',
            { required: ['description'] },
          ),
          'Paper files holding personal information.',
          '含个人信息的纸质档案。',
        ),
      },
      'Devices and media holding personal information (NDSMR Art. 9; GB/T 35273 §6.3).',
      '存有个人信息的设备和介质（《网络数据安全管理条例》第九条；GB/T 35273 第 6.3 条）。',
    ),
    minors: obj(
      {
        special_rules_ref: ref('fact_ref', 'Dedicated processing rules for children\'s data (PIPL Art. 31).', '儿童个人信息专门处理规则（第三十一条）。'),
        guardian_notice_channel: ref('channel', 'How guardians are told.', '告知监护人的渠道。'),
        guardian_consents_ref: ref('fact_ref', 'Where guardian consents are recorded.', '监护人同意记录的存放位置。'),
        access: obj(
          {
            approval: bool('Access needs approval by a responsible person.', '访问是否需经负责人审批。'),
            logging: bool('Access is logged.', '访问是否记录日志。'),
          },
          'Access to minors\' data (Minors Regs Art. 36).',
          '未成年人信息的访问控制（《未成年人网络保护条例》第三十六条）。',
        ),
        audit: obj(
          {
            last_date: date('Date of the last annual minors\' data compliance audit.', '最近一次未成年人个人信息合规审计日期。'),
            reported_to: strs('Authorities the audit was reported to.', '审计结果报送的部门。'),
          },
          'Annual compliance audit (Minors Regs Art. 37).',
          '年度合规审计（《未成年人网络保护条例》第三十七条）。',
        ),
      },
      'Children\'s and minors\' data (PIPL Arts. 28, 31; Minors Regs).',
      '儿童及未成年人信息（第二十八、三十一条；《未成年人网络保护条例》）。',
    ),
  };
}
