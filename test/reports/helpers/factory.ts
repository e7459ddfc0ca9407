import type { Finding, Severity, Category, FindingStatus, AppliedWaiver, LegalBasis } from '../../../src/findings/types.js';
import type { RuleMeta } from '../../../src/rules/types.js';
import type { LintRun } from '../../../src/reports/model.js';

/** Synthetic rules and findings for format tests; every field can be overridden. */
export function makeRule(id: string, over: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    title: { zh: `${id} 标题`, en: `${id} title` },
    description: { zh: `${id} 的说明`, en: `Description of ${id}` },
    message: { zh: '缺少 {field}', en: 'missing {field}' },
    category: 'transfer-handover',
    severity: 'high',
    legal_basis: [{ instrument: 'PIPL', article: '22', verification: 'V' }],
    remediation: { zh: '补充该字段', en: 'Add the field' },
    references: [],
    tags: [],
    engine: 'yaml',
    source: { file: 'policies/pipl/rules.yaml', line: 1 },
    ...over,
  };
}

let counter = 0;

export interface FindingSpec {
  rule_id?: string;
  severity?: Severity;
  category?: Category;
  file?: string;
  pointer?: string;
  target_pointer?: string;
  line?: number;
  column?: number;
  status?: FindingStatus;
  message?: { zh: string; en: string };
  legal_basis?: LegalBasis[];
  fingerprint?: string;
  waiver?: AppliedWaiver;
}

export function makeFinding(spec: FindingSpec = {}): Finding {
  counter++;
  const pointer = spec.pointer ?? '/pi_transfers/0';
  const legal = spec.legal_basis ?? [{ instrument: 'PIPL', article: '22', verification: 'V' as const }];
  return {
    rule_id: spec.rule_id ?? 'TRANSFER-BASIS-001',
    severity: spec.severity ?? 'high',
    category: spec.category ?? 'transfer-handover',
    title: { zh: '转移缺少法律依据', en: 'Transfer lacks a legal basis' },
    message: spec.message ?? { zh: '转移缺少法律依据', en: 'the transfer names no legal basis' },
    location: { file: spec.file ?? 'plans/plan.yaml', pointer, line: spec.line ?? 10, column: spec.column ?? 3 },
    target_pointer: spec.target_pointer ?? pointer,
    legal_basis: legal,
    remediation: { zh: '写明依据', en: 'State the basis' },
    fingerprint: spec.fingerprint ?? `fp-${counter.toString(16).padStart(8, '0')}`,
    status: spec.status ?? 'open',
    unverified_basis: legal.some((b) => b.verification === 'U'),
    ...(spec.waiver ? { waiver: spec.waiver } : {}),
  };
}

export function makeWaiver(over: Partial<AppliedWaiver> = {}): AppliedWaiver {
  return {
    id: 'W-1',
    justification: 'buyer signed the undertaking',
    owner: 'dpo@example.com',
    approved_by: 'gc@example.com',
    approved_on: '2026-01-01',
    expires_on: '2026-12-31',
    ...over,
  };
}

export function makeRun(over: Partial<LintRun> = {}): LintRun {
  const findings = over.findings ?? [];
  const files = [...new Set(findings.map((f) => f.location.file))];
  return {
    tool: { name: 'pipl-guard', version: '0.1.0' },
    ruleset: { revision: 'test', sha256: 'a'.repeat(64) },
    plans: files.length > 0 ? files.map((file) => ({ file, sha256: 'b'.repeat(64) })) : [{ file: 'plans/plan.yaml', sha256: 'b'.repeat(64) }],
    rules: over.rules ?? [...new Set(findings.map((f) => f.rule_id))].sort().map((id) => makeRule(id)),
    findings,
    fail_on: 'high',
    waiver_notices: [],
    stale_baseline: [],
    ...over,
  };
}

/** A run exercising every status, both notices, several plans and a hostile message. */
export function richRun(): LintRun {
  const rules = [
    makeRule('TRANSFER-BASIS-001', { severity: 'critical' }),
    makeRule('NOTIFY-TRANSFER-001', { severity: 'high', category: 'notification-consent' }),
    makeRule('ENC-REST-002', {
      severity: 'medium',
      category: 'encryption',
      legal_basis: [
        { instrument: 'PIPL', article: '51', verification: 'V' },
        { instrument: 'GB/T 22239', article: '8.1.4.8', verification: 'U' },
      ],
    }),
    makeRule('TRAIN-STAFF-001', { severity: 'low', category: 'training' }),
  ];
  const findings = [
    makeFinding({ rule_id: 'TRANSFER-BASIS-001', severity: 'critical', file: 'plans/a.yaml', line: 4, fingerprint: 'f1' }),
    makeFinding({
      rule_id: 'NOTIFY-TRANSFER-001',
      severity: 'high',
      category: 'notification-consent',
      file: 'plans/a.yaml',
      pointer: '/notices',
      target_pointer: '/notices/transfer/sent_on',
      line: 9,
      status: 'waived',
      waiver: makeWaiver({ justification: 'notice <sent> by "letter" & SMS\u0007' }),
      fingerprint: 'f2',
    }),
    makeFinding({
      rule_id: 'ENC-REST-002',
      severity: 'medium',
      category: 'encryption',
      file: 'plans/a.yaml',
      line: 20,
      pointer: '/encryption',
      status: 'baselined',
      fingerprint: 'f3',
      legal_basis: rules[2]!.legal_basis,
    }),
    makeFinding({
      rule_id: 'TRANSFER-BASIS-001',
      severity: 'critical',
      file: 'plans/b 计划.yaml',
      line: 2,
      column: 1,
      pointer: '/pi_transfers/0',
      message: { zh: '值 `a|b` <script>alert(1)</script> 无效 @team', en: 'value `a|b` <script>alert(1)</script>, bad: 100%\r\nnext @team' },
      fingerprint: 'f4',
    }),
  ];
  return makeRun({
    rules,
    findings,
    plans: [
      { file: 'plans/a.yaml', sha256: 'c'.repeat(64) },
      { file: 'plans/b 计划.yaml', sha256: 'd'.repeat(64) },
    ],
    waiver_notices: [
      { waiver_id: 'W-OLD', kind: 'expired', file: 'waivers.yaml', line: 12, column: 5 },
      { waiver_id: 'W-NONE', kind: 'unmatched', file: 'waivers.yaml', line: 3, column: 5 },
    ],
    stale_baseline: [{ fingerprint: 'gone', rule_id: 'RETAIN-DELETE-001', file: 'plans/a.yaml', pointer: '/deletion' }],
    baseline: { file: 'baseline.json' },
    now: '2026-03-01',
  });
}
