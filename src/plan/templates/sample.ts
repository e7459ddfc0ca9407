import type { Lang } from '../../i18n/lang.js';
import {
  ARTICLE_23_EVENTS,
  BANKRUPTCY_EVENTS,
  CEASING_EVENTS,
  DUE_DILIGENCE_EVENTS,
  ENDING_EVENTS,
  TRANSFERRING_EVENTS,
  deregistrationTypeFor,
  recipientRolesFor,
} from './event-groups.js';

type Json = string | number | boolean | Json[] | { [key: string]: Json };
export type SampleObject = { [key: string]: Json };

/**
 * Example values for every part of a plan that matters for `event`, in schema order. The template
 * shows them commented out: a user uncomments a line and replaces the example with the fact. The
 * whole sample is itself a valid plan (tested), so uncommenting never produces a malformed file.
 */
export function buildSample(event: string, lang: Lang, placeholderName: string): SampleObject {
  const l = (zh: string, en: string): string => (lang === 'zh' ? zh : en);
  const transfers = TRANSFERRING_EVENTS.has(event);
  const ending = ENDING_EVENTS.has(event);
  const ceasing = CEASING_EVENTS.has(event);
  const bankruptcy = BANKRUPTCY_EVENTS.has(event);
  const art23 = ARTICLE_23_EVENTS.has(event);
  const custodianId = ending ? 'archive-depository' : 'company';
  const person = (zh: string, en: string, title: [string, string], party: string): SampleObject => ({ name: l(zh, en), title: l(...title), party });
  const lead = person('张三', 'Zhang San', ['数据负责人', 'data lead'], bankruptcy ? 'administrator' : 'company');

  const sample: SampleObject = {
    schema_version: '1',
    plan: {
      title: l('客户数据处理方案', 'Customer-data handling plan'),
      version: '0.1',
      prepared_by: lead,
      prepared_on: '2026-03-01',
      approved_by: person('李四', 'Li Si', ['执行董事', 'executive director'], 'company'),
      approved_on: '2026-03-10',
    },
    transaction: {
      type: event,
      description: l('事件简述', 'Short description of the event'),
      ...(transfers ? { counterparties: ['recipient'] } : {}),
      decided_on: '2026-02-15',
      ...(event === 'simplified_deregistration' ? {} : { signed_on: '2026-03-01' }),
      effective_date: '2026-06-30',
      ...(ceasing ? { cessation_date: '2026-05-31' } : {}),
      ...(bankruptcy ? { court_case_no: l('（2026）某01破1号', '(2026) Court 01 Bankruptcy No. 1') } : {}),
      ...(art23 ? { legal_opinion_ref: l('法律意见书 LO-2026-01', 'Legal opinion LO-2026-01') } : {}),
    },
    entity: {
      name: placeholderName,
      uscc: '91310115MA1H7X3K2G',
      legal_form: 'limited_liability_company',
      province: l('上海市', 'Shanghai'),
      staff_count: 50,
      prior_year_turnover_cny: 10000000,
      is_network_operator: true,
      is_cii_operator: false,
      is_ecommerce_platform_operator: false,
      is_ecommerce_operator: false,
      is_financial_institution: false,
      is_aml_designated_business: false,
      is_payment_institution: false,
      is_credit_reporting_agency: false,
      is_healthcare_provider: false,
      is_education_provider: false,
      serves_minors: false,
      is_entrusted_processor_for_clients: false,
      processes_pi_directly_from_abroad: false,
    },
    subject_counts: {
      total_individuals: 100000,
      sensitive_individuals: 0,
      minors_under_14: 0,
      minors_under_18: 0,
      as_of: '2026-02-28',
      method: 'deduplicated_by_phone',
    },
    platform: { registered_users: 120000, monthly_active_users: 30000, as_of: '2026-02-28' },
    important_data: { declared: false, notified_by_authority: false, core_data: false, catalogue_refs: [] },
    classification: { sensitivity_standard: 'GB/T35273', completed_on: '2026-02-28', inventory_frozen_on: '2026-02-28' },
    processing_records: { ref: 'ROPA-2026', updated_on: '2026-02-28', custodian: custodianId },
    parties: parties(),
    systems: [
      {
        id: 'main-db',
        name: l('业务数据库', 'Main database'),
        type: 'production_database',
        hosting: 'cloud',
        location_country: 'CN',
        mlps_level: 2,
        mlps_filing_no: '31011500000-26001',
        mlps_last_test_date: '2025-10-01',
        post_event_action: transfers ? 'transfer' : ending ? 'decommission' : 'keep_running',
        mlps_filing_action: transfers ? 'transfer' : ending ? 'cancel' : 'none_needed',
      },
    ],
    data_inventory: [
      {
        id: 'customers',
        name: l('客户档案', 'Customer records'),
        category: 'contact',
        fields: ['name', 'mobile', 'address'],
        controller: 'own',
        subject_count: 100000,
        sensitive: false,
        original_purposes: ['order_fulfilment', 'customer_service'],
        legal_basis: 'contract',
        systems: ['main-db'],
        storage_location: { country: 'CN', provider: 'cloud' },
        media: ['electronic'],
        disposition: transfers ? 'transfer' : ending ? 'delete' : 'continue',
        disposition_justification: l('说明为何这样处置（最小必要）', 'Why this disposition (minimum necessary)'),
      },
      {
        id: 'vouchers-data',
        name: l('记账凭证与发票', 'Vouchers and invoices'),
        category: 'order_contract',
        fields: ['buyer_name', 'amount', 'date'],
        controller: 'own',
        subject_count: 20000,
        sensitive: false,
        original_purposes: ['accounting', 'tax'],
        legal_basis: 'legal_obligation',
        systems: ['main-db'],
        storage_location: { country: 'CN' },
        media: ['electronic', 'paper'],
        disposition: ending ? 'retain_legal' : 'continue',
        retention_records: ['vouchers'],
      },
    ],
  };

  if (transfers) {
    sample.pi_transfers = [
      {
        id: 'main-transfer',
        datasets: ['customers'],
        recipient: 'recipient',
        legal_basis: art23 ? 'pipl_23' : 'pipl_22',
        planned_on: '2026-06-30',
        volume_individuals: 100000,
        volume_records: 100000,
        purposes: ['order_fulfilment', 'customer_service'],
        method: l('接收方按原方式处理', 'The recipient processes the data as before'),
        record_ref: 'PR-2026-001',
      },
    ];
    sample.recipients = [
      {
        party: 'recipient',
        intended_purposes: ['order_fulfilment', 'customer_service'],
        purposes_or_methods_changed: false,
        reconsent_plan: { required: false },
        undertakings: {
          continue_obligations: true,
          honour_privacy_policy_version: '2025-01',
          honour_rights_requests: true,
          keep_retention_limits: true,
          security_measures: true,
          document_ref: 'UT-2026-01',
        },
        assessment: { completed_on: '2026-04-01', mlps_level: 2, certifications: ['ISO/IEC 27001'], contract_security_clauses: true, report_ref: 'RA-2026-01' },
        remote_access_from: [],
        pending_requests_transferred: true,
        optouts_transferred: true,
      },
    ];
  }

  const notices: SampleObject = {};
  if (transfers) {
    notices.transfer = {
      content: {
        recipient_name: l('接收方全称', 'Recipient legal name'),
        recipient_contact: '400-000-0000',
        purposes: l('目的不变', 'Purposes unchanged'),
        methods: l('处理方式不变', 'Methods unchanged'),
        categories: l('客户档案', 'Customer records'),
        rights_channel: l('客服热线 400-000-0000', 'Hotline 400-000-0000'),
      },
      channels: ['sms', 'website'],
      planned_on: '2026-05-15',
      sent_on: '2026-05-15',
      reach_rate: 0.9,
      template_ref: 'NT-2026-01',
    };
  }
  if (ceasing) notices.cessation = { channels: ['sms', 'website'], sent_on: '2026-04-20', states_data_disposition: true, template_ref: 'NT-2026-02' };
  notices.retention_statement = { published_on: '2026-05-15', states_period: true, states_legal_basis: true, ref: 'NT-2026-03' };
  sample.notices = notices;

  if (art23) {
    sample.consents = {
      separate: { mechanism: 'in_app_opt_in', requested_count: 100000, obtained_count: 60000, records_ref: 'CR-2026-01', non_consenting_disposition: 'not_transferred_deleted' },
    };
  }
  sample.privacy_policy = {
    version: '2026-05',
    updated_on: '2026-05-15',
    url: 'https://example.com/privacy',
    states_controller_status: true,
    states_retention: true,
    states_post_expiry_handling: true,
    states_custodian: true,
    states_rights_channel: true,
  };
  if (ceasing) sample.cessation = { collection_stopped_on: '2026-05-31', notice_sent_on: '2026-04-20', deletion_scheduled_on: '2026-07-31', account_cancellation_open_until: '2026-06-30' };
  sample.rights_channel = { channels: ['phone', 'website'], contact: { phone: '400-000-0000' }, open_until: '2026-12-31', response_sla_working_days: 15 };
  if (ending) sample.post_dissolution_contact = { party: transfers ? 'recipient' : custodianId, channel: { phone: '400-000-0001' }, valid_until: '2031-12-31' };
  sample.complaints = { channel: { phone: '400-000-0000' }, sla_days: 15, refusal_reasoning_process: true };

  if (transfers) {
    sample.handover = {
      scope: [
        { dataset: 'customers', disposition: 'transfer', justification: l('接收方继续履行合同所需', 'Needed by the recipient to keep serving customers') },
        { dataset: 'vouchers-data', disposition: ending ? 'retain_legal' : 'continue', justification: l('会计与税务保存义务', 'Accounting and tax retention') },
      ],
      procedure: { ref: 'HP-2026-01', steps: [{ step: l('备份并计算杂凑值', 'Back up and hash'), responsible: l('张三', 'Zhang San'), due_on: '2026-06-28' }] },
      responsible: { from: lead, to: person('王五', 'Wang Wu', ['接收方数据负责人', "recipient's data lead"], 'recipient') },
      register_ref: 'HR-2026-01',
      signoff_date: '2026-06-30',
      channel: 'sftp',
      backup: { taken: true, taken_on: '2026-06-28', integrity_check: 'hash_and_counts', destroy_on: '2026-09-30' },
      post_transfer: { verification: 'reconciliation', verified_on: '2026-07-03', source_copies_deleted_on: '2026-07-10' },
    };
  }
  if (DUE_DILIGENCE_EVENTS.has(event)) {
    sample.due_diligence = { data_room: { contains_pi: false, deidentification_method: 'aggregated', sample_size: 0, bidder_ndas: true, opened_on: '2026-03-01', closed_on: '2026-04-30' } };
  }

  sample.encryption = {
    in_transit: { protocol: 'tls13', algorithm: 'SM4-GCM' },
    at_rest: { algorithm: 'SM4', scope: ['production', 'backups', 'archives', 'retention_vault'] },
  };
  sample.key_management = { custodian: custodianId, escrow: true, rotation_months: 12, crypto_shredding: false, destruction_evidence: 'KM-2026-01' };
  sample.commercial_crypto = { used: true, algorithms: ['SM2', 'SM3', 'SM4'], products_certified: true, last_assessment_date: '2025-11-01' };
  sample.deidentification = { method: 'pseudonymisation', datasets: ['customers'], key_separation: true, claimed_anonymous: false };
  sample.access_control = {
    roles: [{ name: l('运维', 'Operations'), pi_access_level: 'bulk', holders: 2 }],
    reduced_to_event_need: true,
    reviewed_on: '2026-03-01',
    bulk_export: { approval_required: true, approver: lead },
    segregation_of_duties: true,
  };
  sample.offboarding = { access_revocation_sla_hours: 24, credentials_collected: true, evidence: 'IAM-2026-01' };
  sample.logging = { enabled: true, retention_months: 6, tamper_protection: true, monitored: true };
  sample.personnel = [
    { role: l('技术团队', 'Engineering'), headcount: 5, pi_access_level: 'bulk', nda_signed: true, nda_survives_termination: true, background_check: true },
  ];
  sample.third_parties = [{ party: 'auditor', nda_signed: true, access_scope: l('审计抽样', 'Audit samples'), access_end_date: '2026-04-30' }];
  sample.assets = {
    devices: [{ type: 'laptop', count: 10, holder: l('全体员工', 'All staff'), encrypted: true, returned_on: '2026-06-30', disposition: 'wipe_and_reuse' }],
    paper_archives: [{ description: l('会计凭证', 'Accounting vouchers'), location: l('档案室', 'Archive room'), custodian: custodianId, boxes: 10 }],
  };

  sample.retention_vault = [
    {
      id: 'vouchers',
      record_type: l('含客户姓名的记账凭证', 'Vouchers with customer names'),
      datasets: ['vouchers-data'],
      legal_basis: 'accounting_archives',
      period_years: 30,
      start_event: 'fiscal_year_end',
      start_date: '2027-01-01',
      expiry_date: '2056-12-31',
      fields: ['buyer_name', 'amount', 'date'],
      field_justification: l('仅保留会计凭证所需要素', 'Only what a voucher needs'),
      restricted: true,
      permitted_purposes: ['audit', 'tax_inspection', 'litigation'],
      access_policy: l('经审批调阅', 'Access on approval'),
      access_log: true,
      encrypted: true,
      media: 'mixed',
      location: l('档案室', 'Archive room'),
      custodian: custodianId,
    },
  ];
  if (ending) {
    sample.post_event_custodians = [
      {
        party: custodianId,
        role: 'entrusted',
        records: ['vouchers'],
        contact: { phone: '400-000-0002' },
        contract_ref: 'CU-2026-01',
        security_measures: [l('加密存储', 'Encrypted storage'), l('审批调阅', 'Access on approval')],
        from_date: '2026-06-30',
        until: '2056-12-31',
      },
    ];
    sample.accounting_archives = {
      custodian_after_event: custodianId,
      periods_applied: { vouchers_years: 30, ledgers_years: 30, periodic_reports_years: 10, annual_reports_permanent: true },
      handover_register_ref: 'AR-2026-01',
      destruction: { appraisal_ref: 'AR-2026-02', register_ref: 'AR-2026-03', witnesses: [lead] },
    };
    sample.tax_records = { period_years: 10, custodian: custodianId, tax_deregistered_on: '2026-07-15', invoices_cancelled_on: '2026-07-10' };
    sample.compliance_evidence = { custodian: custodianId, retain_until: '2029-06-30' };
  }
  sample.deletion = {
    trigger_event: transfers ? 'transfer_completed' : ending ? 'service_ceased' : 'purpose_achieved',
    trigger_date: '2026-06-30',
    scheduled_on: '2026-07-31',
    datasets: ['customers'],
    method: 'secure_erase',
    scope: { backups: true, replicas: true, test_copies: true, processors: true, endpoints: true, saas_tenants: true },
    processor_certificates: [{ party: 'cloud', certificate_ref: 'DC-2026-01', received_on: '2026-08-05' }],
  };
  sample.destruction = {
    paper_method: 'cross_cut_shredding',
    electronic_method: 'secure_erase',
    media_method: 'physical_destruction',
    vendor: 'shredder',
    verification: 'witnessed',
    certificate_ref: 'DS-2026-01',
    witnesses: [lead],
  };
  sample.legal_holds = [{ matter: l('未决诉讼', 'Pending lawsuit'), datasets: ['customers'], until: '2027-06-30' }];
  sample.cross_border = { aggregation_basis: 'combined_entity', counting_year: 2026, flows: [] };

  sample.pia = [
    {
      id: 'pia-event',
      scope: l('本次事件中的个人信息处理', 'Processing of personal information in this event'),
      ...(transfers ? { transfers: ['main-transfer'] } : {}),
      datasets: ['customers'],
      covers_cross_border: false,
      reassessed_for_event: true,
      completed_on: '2026-04-15',
      assessor: 'auditor',
      report_ref: 'PIA-2026-01',
      sections: { lawfulness_necessity: true, impact_and_risk: true, measures_adequacy: true },
      impact_level: 'medium',
      likelihood_level: 'low',
      risk_level: 'low',
      acceptance_threshold: 'medium',
      retain_until: '2029-06-30',
      custodian: custodianId,
    },
  ];
  sample.risk_assessments = [{ type: 'event', completed_on: '2026-04-15', milestones: [{ name: l('移交前复核', 'Review before handover'), date: '2026-06-25' }], report_ref: 'RA-2026-02' }];
  sample.audit = { last_date: '2025-09-30', next_due: '2027-09-30', performed_by: 'auditor', independent: true, firm_consecutive_count: 1 };

  sample.governance = {
    accountable_executive: person('李四', 'Li Si', ['执行董事', 'executive director'], 'company'),
    pipo: { name: l('赵六', 'Zhao Liu'), contact_public: true, contact: { email: 'privacy@example.com' }, appointed_on: '2025-01-01', filed_on: '2025-08-20' },
    liquidation_data_lead: lead,
  };
  sample.processors = [
    {
      party: 'cloud',
      services: l('云主机与数据库', 'Hosting and databases'),
      datasets: ['customers'],
      contract: { ref: 'CT-2025-01', purpose: true, term: true, method: true, categories: true, measures: true, audit_right: true, ends_on: '2026-12-31' },
      security_commitments: { security_measures: true, assist_rights_requests: true, assist_incidents: true },
      subprocessors: [],
      termination: { return_or_delete: transfers ? 'continues' : 'return_then_delete', date: '2026-07-31', certificate_ref: 'DC-2026-01' },
    },
  ];
  sample.client_data = [];
  sample.training = {
    sessions: [{ date: '2026-03-20', audience: l('移交团队', 'Handover team'), topics: [l('数据处理规则', 'Data-handling rules')], attendance_rate: 1 }],
    partner_briefings: [{ party: 'shredder', date: '2026-07-01', topics: [l('监销程序', 'Witnessed destruction')] }],
  };
  sample.incident_response = {
    plan_ref: 'IR-2026',
    owner: lead,
    on_call_until: '2026-12-31',
    covers_handover: true,
    last_drill: '2026-03-15',
    reporting_deadline_hours: 4,
    grading_table_version: '2025',
    notification_templates: { authority: 'IR-A-01', individuals: 'IR-I-01' },
    affected_party_channels: ['sms', 'website'],
    ownership_matrix: [
      { phase: 'pre_close', owner: bankruptcy ? 'administrator' : 'company' },
      ...(transfers ? [{ phase: 'in_transit', owner: bankruptcy ? 'administrator' : 'company' }, { phase: 'recipient', owner: 'recipient' }] : []),
      ...(ending ? [{ phase: 'custodian', owner: custodianId }, { phase: 'post_deregistration', owner: transfers ? 'recipient' : custodianId }] : []),
    ],
  };
  sample.regulator_reports = [{ type: 'pipo_filing', authority: 'regulator', due_on: '2026-08-10', submitted_on: '2026-07-20', content_refs: ['RR-2026-01'] }];
  sample.regulatory_matters = [];
  sample.regulator_access = { contact: { phone: '400-000-0000' }, records_location: l('档案室', 'Archive room') };
  sample.corporate_timeline = { milestones: milestones() };
  if (event === 'dissolution_liquidation') {
    sample.liquidation = {
      group_members: [lead],
      formed_on: '2026-02-20',
      published_on: '2026-02-28',
      data_lead: lead,
      processing_purposes: ['liquidation', 'accounting', 'customer_service'],
      report_ref: 'LR-2026-01',
      report_confirmed_on: '2026-07-10',
    };
  }
  if (bankruptcy) {
    sample.insolvency = {
      court: 'court',
      administrator: 'administrator',
      appointed_on: '2026-02-15',
      systems_taken_over_on: '2026-02-25',
      creditors_committee_report_ref: 'CC-2026-01',
      creditors_committee_reported_on: '2026-04-20',
    };
  }
  if (ending) {
    sample.deregistration = {
      type: deregistrationTypeFor(event),
      ...(event === 'simplified_deregistration' ? { public_notice_on: '2026-06-01', shareholder_commitment_ref: 'SC-2026-01' } : {}),
      data_disposition_completed_on: '2026-07-10',
      applied_on: '2026-07-20',
      liquidation_report_ref: 'LR-2026-01',
    };
  }
  sample.liability_register = [{ person: person('李四', 'Li Si', ['执行董事', 'executive director'], 'company'), role: 'director', exposures: ['PIPL-66-2'] }];
  sample.insurance = { policy: 'INS-2026-01', tail_until: '2028-06-30' };
  sample.discipline = { policy_ref: 'HR-POL-07' };
  sample.notes = l('审阅者备注', 'Notes for reviewers');
  return sample;

  function parties(): Json[] {
    const list: SampleObject[] = [
      { id: 'company', name: placeholderName, kind: 'company', roles: ['other'], pipl_role: 'controller', jurisdiction: 'CN', contact: { email: 'privacy@example.com' } },
    ];
    if (transfers) {
      list.push({
        id: 'recipient',
        name: l('接收方全称', 'Recipient legal name'),
        uscc: '91330106MA2CEXQ41U',
        kind: 'company',
        roles: recipientRolesFor(event),
        pipl_role: 'recipient',
        jurisdiction: 'CN',
        contact: { person: l('隐私办公室', 'Privacy office'), phone: '400-000-0000', email: 'privacy@recipient.example' },
      });
    }
    if (bankruptcy) {
      list.push({ id: 'court', name: l('某市中级人民法院', 'Intermediate People\'s Court'), kind: 'court', roles: ['court'], pipl_role: 'none', jurisdiction: 'CN' });
      list.push({ id: 'administrator', name: l('破产管理人', 'Bankruptcy administrator'), kind: 'company', roles: ['administrator'], pipl_role: 'controller', jurisdiction: 'CN', contact: { phone: '021-0000-0000' } });
    }
    if (ending) {
      list.push({ id: 'archive-depository', name: l('档案寄存机构', 'Archive depository'), uscc: '91310000MA1FL5T81R', kind: 'company', roles: ['archive_depository', 'custodian'], pipl_role: 'entrusted_party', jurisdiction: 'CN', contact: { phone: '400-000-0002' } });
    }
    list.push(
      { id: 'cloud', name: l('云服务商', 'Cloud provider'), uscc: '91320594MA1W6KQ379', kind: 'company', roles: ['cloud_provider'], pipl_role: 'entrusted_party', jurisdiction: 'CN' },
      { id: 'shredder', name: l('销毁服务商', 'Destruction vendor'), uscc: '91310104MA1FR0X95R', kind: 'company', roles: ['destruction_vendor'], pipl_role: 'entrusted_party', jurisdiction: 'CN' },
      { id: 'auditor', name: l('审计机构', 'Audit firm'), uscc: '91330100MA2H3E6L57', kind: 'company', roles: ['auditor'], pipl_role: 'none', jurisdiction: 'CN' },
      { id: 'regulator', name: l('市级网信部门', 'City-level CAC'), kind: 'public_body', roles: ['regulator'], pipl_role: 'none', jurisdiction: 'CN' },
    );
    return list;
  }

  function milestones(): Json[] {
    if (event === 'simplified_deregistration') {
      return [
        { type: 'simplified_notice', date: '2026-06-01' },
        { type: 'tax_deregistration', date: '2026-07-15' },
        { type: 'deregistration_applied', date: '2026-07-20' },
      ];
    }
    if (event === 'dissolution_liquidation') {
      return [
        { type: 'liquidation_group_formed', date: '2026-02-20' },
        { type: 'liquidation_group_published', date: '2026-02-28' },
        { type: 'creditors_notified', date: '2026-02-28' },
        { type: 'liquidation_report_confirmed', date: '2026-07-10' },
        { type: 'deregistration_applied', date: '2026-07-20' },
      ];
    }
    if (bankruptcy) {
      return [
        { type: 'administrator_appointed', date: '2026-02-15' },
        { type: 'proceedings_ended', date: '2026-07-01' },
      ];
    }
    return [{ type: 'closing', date: '2026-06-30' }];
  }
}
