// Generates realistic plans of any size, valid against schemas/plan.schema.json: a company,
// parties, systems, N data sets (ids, categories, fields, counts, systems, storage, disposition)
// and transfers that reference them. Deterministic for a given size and seed. Reusable by suites:
//   import { generatePlan, writePlan } from '../generate-plan.mjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const CATEGORIES = ['identity', 'contact', 'financial_account', 'transaction', 'order_contract', 'health', 'location', 'feedback_complaint', 'account_credentials', 'device_online', 'credit', 'other'];
const PURPOSES = ['order_fulfilment', 'delivery', 'payment', 'account_management', 'customer_service', 'marketing', 'analytics', 'risk_control', 'accounting', 'tax'];
const BASES = ['consent', 'contract', 'legal_obligation', 'hr_management'];
const DISPOSITIONS = ['transfer', 'retain_legal', 'delete', 'anonymise', 'continue'];
const FIELDS = ['name', 'mobile', 'email', 'id_card_no', 'address', 'order_no', 'amount', 'card_last4', 'device_id', 'ip', 'birthday', 'gender', 'member_level', 'complaint_text', 'delivery_address'];
const SYSTEMS = [
  ['crm', '客户关系管理系统', 'crm'],
  ['orders-db', '订单数据库', 'production_database'],
  ['dw', '数据仓库', 'data_warehouse'],
  ['backup', '异地备份', 'backup'],
  ['erp', '财务系统', 'erp_finance'],
];

/** A small deterministic PRNG (mulberry32) so that plans of the same size are byte-identical. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The plan as plain data. */
export function generatePlanData(datasets, seed = 1) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list)))];
  const data_inventory = [];
  for (let i = 0; i < datasets; i++) {
    const category = pick(CATEGORIES);
    const sensitive = category === 'health' || category === 'financial_account' || category === 'location';
    const subjects = 100 + Math.floor(rnd() * 500_000);
    const entry = {
      id: `ds-${String(i).padStart(6, '0')}`,
      name: `数据集 ${i}：${category} 客户记录`,
      category,
      fields: some(FIELDS, 6),
      controller: 'own',
      subject_count: subjects,
      record_count: subjects * (1 + Math.floor(rnd() * 20)),
      sensitive,
      original_purposes: some(PURPOSES, 3),
      legal_basis: pick(BASES),
      systems: some(SYSTEMS.map((s) => s[0]), 2),
      storage_location: { country: 'CN', provider: 'cloud-host', region: pick(['华东', '华北', '华南']) },
      media: ['electronic'],
      disposition: pick(DISPOSITIONS),
      disposition_justification: '依据合同第 5.2 条随业务转移；其余按清单处理。',
    };
    if (sensitive) entry.sensitive_basis = [category === 'health' ? 'medical_health' : category === 'location' ? 'location_tracking' : 'financial_account'];
    data_inventory.push(entry);
  }
  const transferred = data_inventory.filter((d) => d.disposition === 'transfer').map((d) => d.id);
  const pi_transfers = [];
  for (let t = 0; t * 50 < transferred.length; t++) {
    pi_transfers.push({
      id: `transfer-${t}`,
      datasets: transferred.slice(t * 50, t * 50 + 50),
      recipient: 'buyer',
      legal_basis: 'pipl_22',
      planned_on: '2026-09-01',
      purposes: ['order_fulfilment', 'customer_service'],
    });
  }
  return {
    schema_version: '1',
    transaction: { type: 'asset_sale', effective_date: '2026-09-01', counterparties: ['buyer'] },
    entity: { name: '示例电子商务有限公司', uscc: '91350100M000100Y43', legal_form: 'limited_liability_company', staff_count: 420, is_network_operator: true },
    parties: [
      { id: 'buyer', name: '示例收购方有限公司', uscc: '91110000802100433B', kind: 'company', roles: ['buyer'], pipl_role: 'recipient', jurisdiction: 'CN' },
      { id: 'cloud-host', name: '示例云服务有限公司', uscc: '91310000775785552L', kind: 'company', roles: ['cloud_provider'], pipl_role: 'entrusted_party', jurisdiction: 'CN' },
    ],
    systems: SYSTEMS.map(([id, name, type]) => ({ id, name, type, hosting: 'cloud-host', location_country: 'CN', mlps_level: 2 })),
    data_inventory,
    pi_transfers,
  };
}

/** The plan as YAML (or JSON) text. */
export function generatePlan(datasets, { seed = 1, format = 'yaml' } = {}) {
  const data = generatePlanData(datasets, seed);
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  return `# yaml-language-server: $schema=../schemas/plan.schema.json\n${YAML.stringify(data, { lineWidth: 0 })}`;
}

/** Writes `plan-<datasets>.<ext>` into `dir` and returns its path. */
export function writePlan(dir, datasets, options = {}) {
  const format = options.format ?? 'yaml';
  const file = join(dir, `plan-${datasets}.${format === 'json' ? 'json' : 'yaml'}`);
  writeFileSync(file, generatePlan(datasets, options));
  return file;
}
