import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, SEVERITIES } from '../../src/findings/types.js';
import { enumCodes, enumLabel, enumLabelWithCode, labelCodeList, type EnumKind } from '../../src/i18n/enum-labels.js';
import { t } from '../../src/i18n/catalog.js';
import { formatParams } from '../../src/reports/assess/build.js';
import { citationText, roleText } from '../../src/reports/assess/format.js';
import { renderAssessmentHtml } from '../../src/reports/assess/html.js';
import { renderAssessmentMarkdown } from '../../src/reports/assess/markdown.js';
import type { AssessmentReport } from '../../src/reports/assess/types.js';
import { ROOT, S1, assess } from './helpers.js';

type SchemaNode = { enum?: string[]; properties?: Record<string, SchemaNode>; items?: SchemaNode; $defs?: Record<string, SchemaNode> };
const schema = JSON.parse(readFileSync(`${ROOT}schemas/plan.schema.json`, 'utf8')) as SchemaNode;
const props = schema.properties!;

/** The plan-schema enum each labelled kind stands for. */
const SCHEMA_ENUMS: Record<Exclude<EnumKind, 'category' | 'severity'>, string[] | undefined> = {
  transaction_type: schema.$defs!.transaction_type!.enum,
  pi_category: schema.$defs!.pi_category!.enum,
  disposition: schema.$defs!.disposition!.enum,
  party_role: schema.$defs!.party_role!.enum,
  pipl_role: props.parties!.items!.properties!.pipl_role!.enum,
  transfer_basis: props.pi_transfers!.items!.properties!.legal_basis!.enum,
  xborder_mechanism: props.cross_border!.properties!.flows!.items!.properties!.mechanism!.enum,
};

describe('enum labels', () => {
  it('name every category and severity', () => {
    expect(enumCodes('category')).toEqual([...CATEGORIES]);
    expect(enumCodes('severity')).toEqual([...SEVERITIES]);
  });

  it('name every value of the plan-schema enums the reports show, and nothing else', () => {
    for (const [kind, values] of Object.entries(SCHEMA_ENUMS)) {
      expect(values, kind).toBeDefined();
      expect([...enumCodes(kind as EnumKind)].sort(), kind).toEqual([...values!].sort());
    }
  });

  it('have a Chinese label without Latin letters for every category, and distinct labels per kind', () => {
    for (const kind of ['category', 'transaction_type', 'disposition', 'pipl_role', 'transfer_basis', 'xborder_mechanism'] as const) {
      const zh = enumCodes(kind).map((c) => enumLabel(kind, c, 'zh'));
      const en = enumCodes(kind).map((c) => enumLabel(kind, c, 'en'));
      expect(new Set(zh).size, kind).toBe(zh.length);
      expect(new Set(en).size, kind).toBe(en.length);
    }
    for (const c of CATEGORIES) expect(enumLabel('category', c, 'zh')).not.toMatch(/[A-Za-z]/);
  });

  it('show "label (code)", and a value outside the enum as it is', () => {
    expect(enumLabelWithCode('transaction_type', 'simplified_deregistration', 'zh')).toBe('简易注销 (simplified_deregistration)');
    expect(enumLabelWithCode('category', 'retention-destruction', 'en')).toBe('Retention and destruction (retention-destruction)');
    expect(enumLabelWithCode('disposition', 'shred_it_all', 'zh')).toBe('shred_it_all');
    expect(enumLabelWithCode('disposition', 'transfer', 'en')).toBe('Transfer');
    expect(enumLabelWithCode('category', 'access-control', 'en')).toBe('Access control');
    expect(enumLabelWithCode('disposition', 'transfer', 'zh')).toBe('转移 (transfer)');
    expect(enumLabel('pi_category', 'toString', 'en')).toBe('toString');
  });

  it('label the data map role text: business roles, then the PIPL role', () => {
    expect(roleText('buyer, recipient · recipient', 'zh')).toBe('买方 (buyer)、接收方 (recipient) · 独立处理者（接收方） (recipient)');
    expect(roleText('court', 'en')).toBe('Court');
    expect(roleText('cloud_provider · entrusted_party', 'en')).toBe('Cloud provider · Entrusted party');
    expect(roleText('court', 'zh')).toBe('人民法院 (court)');
    expect(roleText('custodian · mystery', 'en')).toBe('Custodian · mystery');
    expect(labelCodeList(['pipl_role'], 'none', 'zh')).toBe('不处理个人信息 (none)');
  });
});

describe('Chinese reports show labels where codes were', () => {
  let report: AssessmentReport;
  let html: string;
  let md: string;
  beforeAll(async () => {
    report = (await assess([S1], 'zh')).report;
    html = renderAssessmentHtml(report);
    md = renderAssessmentMarkdown(report);
  });

  it('labels the event type on the cover', () => {
    expect(html).toContain('<tr><td>事件类型</td><td>破产清算 <span class="nw">(bankruptcy_liquidation)</span></td></tr>');
    expect(md).toContain('| 事件类型 | 破产清算 \\(bankruptcy\\_liquidation\\) |');
  });

  it('labels every category in the category scores and the findings', () => {
    const scores = html.slice(html.indexOf('<h3>分类得分</h3>'), html.indexOf('</section>', html.indexOf('<h3>分类得分</h3>')));
    const firstCells = [...scores.matchAll(/<tr><td>(.*?)<\/td>/g)].map((m) => m[1]!);
    expect(firstCells.length).toBe(report.summary.categories.length);
    expect(firstCells.length).toBeGreaterThan(0);
    for (const cell of firstCells) expect(cell).toMatch(/^[^A-Za-z(<]+ <span class="nw">\([a-z-]+\)<\/span>$/);
    for (const c of report.summary.categories) expect(html).not.toContain(`<td>${c.category}</td>`);
    for (const f of report.findings) expect(html).toContain(` · ${enumLabel('category', f.category, 'zh')} <span class="nw">(${f.category})</span> · `);
  });

  it('labels data categories, dispositions and party roles in the data map', () => {
    expect(html).toContain('<td>联系方式 <span class="nw">(contact)</span></td>');
    expect(html).toContain('<td>删除 <span class="nw">(delete)</span></td>');
    expect(html).toContain('<td>买方 (buyer)、接收方 (recipient) · 独立处理者（接收方） (recipient)</td>');
    expect(html).not.toMatch(/<td>(contact|transaction|transfer|delete|retain_legal)<\/td>/);
    expect(md).toContain('依法留存 \\(retain\\_legal\\)');
  });

  it('labels the event type inside the likelihood reasons', () => {
    expect(formatParams({ event: 'bankruptcy_liquidation', count: 3012480 }, 'zh')).toEqual({ event: '破产清算 (bankruptcy_liquidation)', count: '3,012,480' });
    expect(t('risk.adjust.event_wind_down', 'en', formatParams({ event: 'merger_new_entity' }, 'en'))).toContain('"Merger into a new company (merger_new_entity)"');
  });

  it('keeps rule ids and codes whole in narrow cells and names the count column apart from the risk level', () => {
    expect(html).toContain('<td><span class="nw">ASSESS-BASIS-001</span></td>');
    expect(html).toContain('<th>发现项</th><th>未接受</th><th>固有</th><th>剩余</th>');
    expect(md).toContain('| 类别 | 发现项 | 未接受 | 固有 | 剩余 | 0–10 |');
  });

  it('cites laws by their Chinese names and articles', () => {
    expect(html).toContain('<td>法律依据</td><td>个人信息保护法 第22条 [V]</td>');
    expect(html).not.toContain('PIPL 22 [V]');
    expect(md).toContain('个人信息保护法 第22条 \\[V\\]');
  });

  it('names instruments without a penalty in full too', () => {
    const basis = [{ instrument: 'Minors Regs', article: '36', verification: 'V' as const }, { instrument: 'GB/T 35273', article: '9.2', verification: 'V' as const }];
    expect(citationText(basis, 'zh')).toBe('未成年人网络保护条例 第36条 [V]；GB/T 35273 9.2 [V]');
    expect(citationText(basis, 'en')).toBe('Minors Regs Art. 36 [V]; GB/T 35273 §9.2 [V]');
  });

  it('keeps the stable codes in the JSON view', () => {
    expect(report.plans[0]!.event).toBe('bankruptcy_liquidation');
    expect(report.findings.every((f) => (CATEGORIES as readonly string[]).includes(f.category))).toBe(true);
    expect(report.plans[0]!.data_map.inventory.map((i) => i.disposition)).toContain('delete');
  });
});
