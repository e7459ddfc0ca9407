import { describe, expect, it } from 'vitest';
import { buildFinding } from '../../src/findings/build.js';
import { fingerprint } from '../../src/findings/fingerprint.js';
import { compareFindings, sortFindings } from '../../src/findings/sort.js';
import { failingFindings, summarize } from '../../src/findings/summary.js';
import { hasUnverifiedBasis } from '../../src/findings/citation.js';
import type { Finding } from '../../src/findings/types.js';
import { parsePlan } from '../../src/plan/load.js';
import type { RuleMeta } from '../../src/rules/types.js';

const enc = (s: string) => new TextEncoder().encode(s);

function meta(overrides: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id: 'TRANSFER-BASIS-001',
    title: { zh: '标题', en: 'Title' },
    description: { zh: '说明', en: 'Description' },
    message: { zh: '{field} 的值 {value} 应{expected}', en: '{field} is {value}; it should be {expected}' },
    category: 'transfer-handover',
    severity: 'critical',
    legal_basis: [{ instrument: 'PIPL', article: '22', verification: 'V' }],
    remediation: { zh: '修正', en: 'Fix' },
    references: [],
    tags: [],
    engine: 'yaml',
    source: { file: 'rule.yaml', line: 1 },
    ...overrides,
  };
}

const PLAN = 'transaction:\n  type: asset_sale\npi_transfers:\n  - legal_basis: none\n    date: 2025-01-01\n';

describe('buildFinding', () => {
  it('locates a present node at its key and fills the message in both languages', () => {
    const plan = parsePlan('plan.yaml', enc(PLAN));
    const finding = buildFinding(meta(), { pointer: '/pi_transfers/0/legal_basis', params: { field: 'legal_basis', value: 'none', expected: { zh: '为 pipl_22', en: 'pipl_22' } } }, plan);
    expect(finding.location).toEqual({ file: 'plan.yaml', pointer: '/pi_transfers/0/legal_basis', line: 4, column: 5 });
    expect(finding.target_pointer).toBe('/pi_transfers/0/legal_basis');
    expect(finding.message).toEqual({ zh: 'legal_basis 的值 none 应为 pipl_22', en: 'legal_basis is none; it should be pipl_22' });
    expect(finding).toMatchObject({ status: 'open', unverified_basis: false, severity: 'critical', category: 'transfer-handover' });
  });

  it('locates a missing node at its closest existing parent and says "missing"', () => {
    const plan = parsePlan('plan.yaml', enc(PLAN));
    const finding = buildFinding(meta(), { pointer: '/pi_transfers/0/recipient/name', params: { field: 'recipient.name', value: undefined, expected: 'x' } }, plan);
    expect(finding.location).toEqual({ file: 'plan.yaml', pointer: '/pi_transfers/0', line: 4, column: 5 });
    expect(finding.target_pointer).toBe('/pi_transfers/0/recipient/name');
    expect(finding.message.en).toBe('recipient.name is (missing); it should be x');
    expect(finding.message.zh).toContain('（缺失）');
  });

  it('marks unverified legal bases in the flag and in both messages', () => {
    const plan = parsePlan('plan.yaml', enc(PLAN));
    const bases = [
      { instrument: 'PIPL', article: '22', verification: 'V' as const },
      { instrument: 'GB/T 22239', article: '8.1', verification: 'U' as const },
    ];
    const finding = buildFinding(meta({ legal_basis: bases }), { pointer: '', params: {} }, plan);
    expect(finding.unverified_basis).toBe(true);
    expect(finding.message.en).toContain('unverified [U]');
    expect(finding.message.zh).toContain('尚未核实 [U]');
    const verified = buildFinding(meta({ legal_basis: [{ ...bases[0]!, verification: 'I' }] }), { pointer: '', params: {} }, plan);
    expect(verified.unverified_basis).toBe(false);
  });

  it('keeps the fingerprint when lines move and changes it when the value changes', () => {
    const hit = { pointer: '/pi_transfers/0/legal_basis', params: {} };
    const before = buildFinding(meta(), hit, parsePlan('plan.yaml', enc(PLAN)));
    const moved = buildFinding(meta(), hit, parsePlan('other.yaml', enc(`# a comment\n# another\n\n\n${PLAN.replace('transaction:\n  type: asset_sale\n', '')}transaction: {type: asset_sale}\n`)));
    expect(moved.location.line).not.toBe(before.location.line);
    expect(moved.fingerprint).toBe(before.fingerprint);
    const changed = buildFinding(meta(), hit, parsePlan('plan.yaml', enc(PLAN.replace('legal_basis: none', 'legal_basis: other'))));
    expect(changed.fingerprint).not.toBe(before.fingerprint);
    const otherRule = buildFinding(meta({ id: 'TRANSFER-SCOPE-002' }), hit, parsePlan('plan.yaml', enc(PLAN)));
    expect(otherRule.fingerprint).not.toBe(before.fingerprint);
  });
});

describe('fingerprint', () => {
  it('distinguishes missing from null and ignores key order', () => {
    expect(fingerprint('R-001', '/a', undefined)).not.toBe(fingerprint('R-001', '/a', null));
    expect(fingerprint('R-001', '/a', { x: 1, y: 2 })).toBe(fingerprint('R-001', '/a', { y: 2, x: 1 }));
    expect(fingerprint('R-001', '/a', 1)).toMatch(/^[0-9a-f]{32}$/);
  });
});

function finding(file: string, line: number, column: number, rule_id: string, fp: string, severity: Finding['severity'] = 'high', status: Finding['status'] = 'open'): Finding {
  return {
    rule_id,
    severity,
    category: 'recipient',
    title: { zh: '', en: '' },
    message: { zh: '', en: '' },
    location: { file, pointer: '', line, column },
    target_pointer: '',
    legal_basis: [],
    remediation: { zh: '', en: '' },
    fingerprint: fp,
    status,
    unverified_basis: false,
  };
}

describe('sorting and summaries', () => {
  it('sorts by file, line, column, rule id, then fingerprint', () => {
    const list = [
      finding('b.yaml', 1, 1, 'A-001', '1'),
      finding('a.yaml', 2, 1, 'A-001', '1'),
      finding('a.yaml', 1, 5, 'A-001', '1'),
      finding('a.yaml', 1, 5, 'A-001', '0'),
      finding('a.yaml', 1, 5, 'B-001', '0'),
      finding('a.yaml', 1, 3, 'Z-001', '0'),
    ];
    const sorted = sortFindings(list).map((f) => `${f.location.file}:${f.location.line}:${f.location.column}:${f.rule_id}:${f.fingerprint}`);
    expect(sorted).toEqual(['a.yaml:1:3:Z-001:0', 'a.yaml:1:5:A-001:0', 'a.yaml:1:5:A-001:1', 'a.yaml:1:5:B-001:0', 'a.yaml:2:1:A-001:1', 'b.yaml:1:1:A-001:1']);
    expect(compareFindings(list[0]!, list[0]!)).toBe(0);
  });

  it('counts every severity, category and status, with zeros', () => {
    const summary = summarize([finding('a', 1, 1, 'A-001', '1', 'critical'), finding('a', 1, 1, 'A-001', '2', 'low', 'waived')]);
    expect(summary.by_severity).toEqual({ critical: 1, high: 0, medium: 0, low: 1 });
    expect(summary.by_status).toEqual({ open: 1, waived: 1, baselined: 0 });
    expect(Object.keys(summary.by_category)).toHaveLength(16);
    expect(summary.total).toBe(2);
  });

  it('fails on "this severity or worse", ignoring waived and baselined findings', () => {
    const list = [finding('a', 1, 1, 'A-001', '1', 'medium'), finding('a', 1, 1, 'A-001', '2', 'critical', 'waived')];
    expect(failingFindings(list, 'high')).toHaveLength(0);
    expect(failingFindings(list, 'medium')).toHaveLength(1);
    expect(failingFindings(list, 'low')).toHaveLength(1);
    expect(failingFindings(list, 'never')).toHaveLength(0);
  });
});

describe('unverified bases', () => {
  it('are those tagged U only', () => {
    expect(hasUnverifiedBasis([{ instrument: 'A', article: '1', verification: 'U' }])).toBe(true);
    expect(hasUnverifiedBasis([{ instrument: 'A', article: '1', verification: 'S' }, { instrument: 'B', article: '2', verification: 'I' }])).toBe(false);
    expect(hasUnverifiedBasis([])).toBe(false);
  });
});
