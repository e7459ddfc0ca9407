import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/plan/load.js';
import { buildAssessment, reportId } from '../../src/reports/assess/build.js';
import { renderAssessmentJson } from '../../src/reports/assess/json.js';
import type { AssessmentReport } from '../../src/reports/assess/types.js';
import { loadDefaultMatrix } from '../../src/risk/matrix-file.js';
import { HOSTILE_PLAN, HOSTILE_POLICIES, ROOT, S1, S4, assess } from './helpers.js';

const schema = JSON.parse(readFileSync(`${ROOT}schemas/assessment.schema.json`, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function expectValid(report: AssessmentReport) {
  const json = JSON.parse(renderAssessmentJson(report));
  const ok = validate(json);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('assessment of the S1 example with the test rule pack', () => {
  let report: AssessmentReport;
  beforeAll(async () => {
    ({ report } = await assess([S1]));
  });

  it('validates against schemas/assessment.schema.json', () => expectValid(report));

  it('says no-go because of the open critical transfer finding, and names it', () => {
    expect(report.summary.decision).toBe('no_go');
    expect(report.summary.blocking.map((b) => b.rule_id)).toEqual(['ASSESS-BASIS-001']);
    expect(report.summary.blocking[0]!.reasons).toEqual(['open_severity', 'residual_level']);
    expect(report.summary.overall_risk).toBe('very_high');
  });

  it('records the plan facts behind each adjustment', () => {
    const notice = report.findings.find((f) => f.rule_id === 'ASSESS-NOTICE-002')!;
    expect(notice.adjustments.map((a) => a.reason)).toEqual([
      '3,012,480 individuals, at least 1,000,000',
      'the plan holds sensitive personal information (PIPL Art. 28)',
      'sensitive personal information of 1,184,300 individuals, more than 100,000',
    ]);
    expect(notice.adjustments.map((a) => a.applied)).toEqual([1, 0, 0]);
    expect(notice).toMatchObject({ likelihood: 3, impact: 5, inherent_risk: 'high', confidence: 'high' });
    const training = report.findings.find((f) => f.rule_id === 'ASSESS-TRAIN-005')!;
    expect(training.adjustments.map((a) => a.applied)).toEqual([]);
    expect(training.inherent_risk).toBe('low');
  });

  it('lowers confidence for an unverified legal basis without changing the risk', () => {
    const local = report.findings.find((f) => f.rule_id === 'ASSESS-LOCAL-006')!;
    expect(local.confidence).toBe('medium');
    expect(local.confidence_reasons).toEqual(['the legal basis includes an unverified source [U]']);
  });

  it('quotes the plan around the offending line, the line highlighted', () => {
    const basis = report.findings.find((f) => f.rule_id === 'ASSESS-BASIS-001')!;
    const plan = readFileSync(`${ROOT}${S1}`, 'utf8').split('\n');
    const hl = basis.excerpt!.filter((l) => l.highlight);
    expect(hl).toHaveLength(1);
    expect(hl[0]!.line).toBe(basis.location.line);
    expect(hl[0]!.text).toBe(plan[basis.location.line - 1]);
    expect(basis.excerpt!.map((l) => l.line)).toEqual([basis.location.line - 2, basis.location.line - 1, basis.location.line, basis.location.line + 1, basis.location.line + 2]);
  });

  it('maps the data: counts, data sets, parties, transfers', () => {
    const d = report.plans[0]!.data_map;
    expect(d).toMatchObject({ total_individuals: 3012480, sensitive_individuals: 1184300, counts_as_of: '2026-02-28', important_data: false });
    expect(d.inventory.map((i) => i.id.split(' — ')[0])).toContain('payment-tokens');
    expect(d.recipients.map((r) => r.name)).toContain('杭州悦购网络科技有限公司');
    expect(d.transfers[0]).toMatchObject({ datasets: 'members, orders', recipient: '杭州悦购网络科技有限公司', date: '2026-05-20', legal_basis: '' });
  });

  it('assigns owners from the plan and due dates from --now, never after the effective date', () => {
    const basis = report.findings.find((f) => f.rule_id === 'ASSESS-BASIS-001')!;
    expect(basis.owner).toBe('陈思远');
    expect(basis.due_date).toBe('2026-03-27');
    const training = report.findings.find((f) => f.rule_id === 'ASSESS-TRAIN-005')!;
    expect(training.due_date).toBe('2026-05-20'); // 180 days would pass the 2026-05-20 effective date
  });

  it('estimates penalty exposure from the plan turnover with both Art. 66(2) readings', () => {
    const e = report.plans[0]!.exposure;
    expect(e).toMatchObject({ turnover_cny: 412_000_000, turnover_source: 'plan' });
    const serious = e.totals.find((x) => x.instrument === 'PIPL' && x.tier === 'serious')!;
    expect(serious).toMatchObject({ entity_max_fixed: 50_000_000, entity_max_turnover: 20_600_000, two_readings: true, individual_max: 1_000_000 });
    expect(e.provisions.map((p) => p.id)).toEqual(['PIPL-66-1', 'PIPL-66-2', 'PIPL-67', 'PIPL-69', 'NDSMR-57']);
    expect(e.provisions.find((p) => p.id === 'PIPL-66-2')!.rule_ids).toEqual(['ASSESS-BASIS-001', 'ASSESS-LOCAL-006', 'ASSESS-NOTICE-002', 'ASSESS-PIA-003']);
    expect(e.unmapped).toHaveLength(1); // the training rule cites only a standard
  });

  it('orders the remediation plan by residual risk, blocking items first', () => {
    expect(report.remediation_plan[0]).toMatchObject({ priority: 1, rule_id: 'ASSESS-BASIS-001', blocking: true, residual_risk: 'very_high' });
    expect(report.remediation_plan.at(-1)!.rule_id).toBe('ASSESS-TRAIN-005');
  });

  it('lists the rules that ran', () => {
    expect(report.rules.map((r) => r.id)).toEqual(['ASSESS-BASIS-001', 'ASSESS-LOCAL-006', 'ASSESS-NOTICE-002', 'ASSESS-PIA-003', 'ASSESS-REPORT-004', 'ASSESS-TRAIN-005']);
  });
});

describe('turnover, languages, determinism', () => {
  it('prefers --turnover-cny over the plan', async () => {
    const { report } = await assess([S1], 'en', { turnoverCny: 2_000_000_000 });
    const e = report.plans[0]!.exposure;
    expect(e).toMatchObject({ turnover_cny: 2_000_000_000, turnover_source: 'flag' });
    expect(e.totals.find((x) => x.instrument === 'PIPL' && x.tier === 'serious')!.entity_max_turnover).toBe(100_000_000);
  });

  it('renders the same content in Chinese', async () => {
    const { report } = await assess([S1], 'zh');
    expectValid(report);
    expect(report.lang).toBe('zh');
    expect(report.disclaimer).toContain('不构成法律意见');
    expect(report.summary.decision_rule).toContain('不得执行');
    expect(report.findings.find((f) => f.rule_id === 'ASSESS-BASIS-001')!.title).toBe('个人信息转移缺少法律依据');
  });

  it('gives byte-identical JSON for the same inputs and --now, and a new report id for another date', async () => {
    const a = renderAssessmentJson((await assess([S1])).report);
    const b = renderAssessmentJson((await assess([S1])).report);
    expect(a).toBe(b);
    const c = (await assess([S1], 'en', { now: '2026-03-21' })).report;
    expect(c.report_id).not.toBe(JSON.parse(a).report_id);
    expect(c.date).toBe('2026-03-21');
  });

  it('keeps the report id across languages', async () => {
    expect((await assess([S1], 'zh')).report.report_id).toBe((await assess([S1], 'en')).report.report_id);
  });

  it('says go for a plan with nothing blocking, and covers several plans', async () => {
    const { report } = await assess([S1, S4]);
    expectValid(report);
    expect(report.plans.map((p) => [p.file, p.decision])).toEqual([
      [S1, 'no_go'],
      [S4, 'go'],
    ]);
    expect(report.summary.decision).toBe('no_go');
    expect(report.plans[1]!.exposure.turnover_cny).toBe(6_800_000);
  });
});

describe('buildAssessment edge cases', () => {
  it('keeps findings of two plans apart even when their fingerprints agree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-twin-'));
    const twin = join(dir, 'twin.yaml');
    copyFileSync(`${ROOT}${S1}`, twin);
    const { report } = await assess([S1, twin]);
    expectValid(report);
    expect(report.summary.blocking).toHaveLength(2);
    const [a, b] = report.summary.blocking;
    expect(a!.fingerprint).toBe(b!.fingerprint);
    expect(a!.id).not.toBe(b!.id);
    for (const block of report.summary.blocking) {
      expect(report.findings.find((f) => f.id === block.id)!.location.file).toBe(block.file);
    }
    const plan = report.remediation_plan.filter((i) => i.blocking);
    expect(new Set(plan.map((i) => i.id)).size).toBe(2);
  });

  it('leaves the excerpt out when the plan could not be re-read unchanged', async () => {
    const { run } = await assess([S1]);
    const report = buildAssessment({ run, plans: new Map([[S1, null]]), matrix: loadDefaultMatrix(), lang: 'en' });
    expect(report.findings.every((f) => f.excerpt === null)).toBe(true);
    expect(report.plans[0]!.data_map.total_individuals).toBeNull();
    expectValid(report);
  });

  it('derives the report id from the inputs only', async () => {
    const { run } = await assess([S1]);
    const input = { run, plans: new Map([[S1, loadPlanFile(`${ROOT}${S1}`)]]), matrix: loadDefaultMatrix(), lang: 'en' as const };
    expect(reportId(input)).toMatch(/^PGA-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(reportId(input)).toBe(reportId({ ...input, lang: 'zh' }));
    expect(reportId(input)).not.toBe(reportId({ ...input, turnoverCny: 1 }));
  });

  it('accepts a hostile plan and keeps its strings raw in the model', async () => {
    const { report } = await assess([HOSTILE_PLAN], 'en', { policies: HOSTILE_POLICIES });
    expectValid(report);
    expect(report.plans[0]!.entity_name).toContain('<script>');
    expect(report.findings[0]!.title).toContain('<script>');
  });
});
