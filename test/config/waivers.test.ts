import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyWaivers } from '../../src/waivers/apply.js';
import { loadWaivers } from '../../src/waivers/load.js';
import { waiverStanding } from '../../src/waivers/standing.js';
import type { Waiver } from '../../src/waivers/types.js';
import { makeFinding } from '../reports/helpers/factory.js';
import { tempTree, userErrorsOf } from './helpers.js';

const FP = '0123456789abcdef0123456789abcdef';

function waiver(over: Partial<Waiver> = {}): Waiver {
  return {
    id: 'W-1',
    rule: 'TRANSFER-BASIS-001',
    target: '/pi_transfers/0',
    justification: 'court order',
    owner: 'dpo',
    approved_by: 'gc',
    approved_on: '2026-01-01',
    expires_on: '2026-06-30',
    source: { file: 'w.yaml', line: 2, column: 5 },
    ...over,
  };
}

const VALID = `waivers:
  - id: W-1
    rule: TRANSFER-BASIS-001
    target: /pi_transfers/0
    justification: the court approved the transfer
    owner: dpo@example.com
    approved_by: gc@example.com
    approved_on: 2026-01-01
    expires_on: 2026-06-30
  - id: W-2
    rule: ENC-REST-002
    target: ${FP}
    plan: plans/a.yaml
    justification: legacy archive, encrypted at the volume level
    owner: it
    approved_by: ciso
    approved_on: "2026-02-01"
    expires_on: "2026-02-01"
`;

describe('waiverStanding (the one expiry decision)', () => {
  it('is in force through its expiry day and expired the day after', () => {
    expect(waiverStanding({ expires_on: '2026-06-30' }, '2026-06-29')).toBe('in_force');
    expect(waiverStanding({ expires_on: '2026-06-30' }, '2026-06-30')).toBe('in_force');
    expect(waiverStanding({ expires_on: '2026-06-30' }, '2026-07-01')).toBe('expired');
    expect(waiverStanding({ expires_on: '2026-12-31' }, '2027-01-01')).toBe('expired');
  });
});

describe('applyWaivers', () => {
  const open = makeFinding({ rule_id: 'TRANSFER-BASIS-001', pointer: '/pi_transfers', target_pointer: '/pi_transfers/0/legal_basis' });
  const other = makeFinding({ rule_id: 'TRANSFER-BASIS-001', pointer: '/pi_transfers/1', target_pointer: '/pi_transfers/1' });
  const sibling = makeFinding({ rule_id: 'TRANSFER-BASIS-001', pointer: '/pi_transfers/01', target_pointer: '/pi_transfers/01' });

  it('waives findings at the pointer or below it, for the same rule only, and keeps them', () => {
    const wrongRule = makeFinding({ rule_id: 'NOTIFY-TRANSFER-001', target_pointer: '/pi_transfers/0' });
    const { findings, notices } = applyWaivers([open, other, sibling, wrongRule], [waiver()], '2026-03-01');
    expect(findings.map((f) => f.status)).toEqual(['waived', 'open', 'open', 'open']);
    expect(findings[0]!.waiver).toEqual({
      id: 'W-1',
      justification: 'court order',
      owner: 'dpo',
      approved_by: 'gc',
      approved_on: '2026-01-01',
      expires_on: '2026-06-30',
    });
    expect(notices).toEqual([]);
  });

  it('does not apply an expired waiver: the finding stays open and a notice names the waiver file and line', () => {
    const { findings, notices } = applyWaivers([open], [waiver()], '2026-07-01');
    expect(findings[0]!.status).toBe('open');
    expect(findings[0]!.waiver).toBeUndefined();
    expect(notices).toEqual([{ waiver_id: 'W-1', kind: 'expired', file: 'w.yaml', line: 2, column: 5 }]);
  });

  it('reports a waiver that matches nothing', () => {
    const { notices } = applyWaivers([other], [waiver({ id: 'W-9', source: { file: 'w.yaml', line: 20, column: 5 } })], '2026-03-01');
    expect(notices).toEqual([{ waiver_id: 'W-9', kind: 'unmatched', file: 'w.yaml', line: 20, column: 5 }]);
  });

  it('matches by fingerprint, and by plan when the waiver names one', () => {
    const byFp = makeFinding({ rule_id: 'ENC-REST-002', fingerprint: FP, file: '/work/plans/a.yaml' });
    const elsewhere = makeFinding({ rule_id: 'ENC-REST-002', fingerprint: FP, file: '/work/plans/b.yaml' });
    const w = waiver({ rule: 'ENC-REST-002', target: FP, plan: '/work/plans/a.yaml' });
    const { findings } = applyWaivers([byFp, elsewhere], [w], '2026-03-01', '/work');
    expect(findings.map((f) => f.status)).toEqual(['waived', 'open']);
  });

  it('leaves baselined and already waived findings alone', () => {
    const baselined = { ...open, status: 'baselined' as const };
    const { findings, notices } = applyWaivers([baselined], [waiver()], '2026-03-01');
    expect(findings[0]!.status).toBe('baselined');
    expect(notices.map((n) => n.kind)).toEqual(['unmatched']);
  });
});

describe('loadWaivers', () => {
  it('reads a valid file with positions and resolves plan paths against the waiver file', () => {
    const dir = tempTree({ 'gov/waivers.yaml': VALID });
    const waivers = loadWaivers(join(dir, 'gov/waivers.yaml'));
    expect(waivers.map((w) => [w.id, w.source.line, w.source.column])).toEqual([
      ['W-1', 2, 5],
      ['W-2', 10, 5],
    ]);
    expect(waivers[1]!.plan).toBe(join(dir, 'gov/plans/a.yaml'));
    expect(waivers[1]!.expires_on).toBe('2026-02-01');
  });

  it.each([
    ['a missing field', VALID.replace('    owner: dpo@example.com\n', ''), 'missing required field `owner`', 2],
    ['an unknown key', VALID.replace('    owner: it\n', '    owner: it\n    ownr: it\n'), 'unknown field `ownr`', 16],
    ['a date that is not ISO', VALID.replace('approved_on: 2026-01-01', 'approved_on: 01/01/2026'), '01/01/2026', 8],
    ['an impossible date', VALID.replace('expires_on: 2026-06-30', 'expires_on: 2026-02-30'), '2026-02-30', 9],
    ['an empty justification', VALID.replace('justification: the court approved the transfer', 'justification: " "'), undefined, 5],
    ['a target that is neither pointer nor fingerprint', VALID.replace('target: /pi_transfers/0', 'target: pi_transfers.0'), 'pi_transfers.0', 4],
    ['approval after expiry', VALID.replace('approved_on: 2026-01-01', 'approved_on: 2026-07-01'), 'approved on 2026-07-01, after it expires on 2026-06-30', 8],
    ['a duplicate id', VALID.replace('id: W-2', 'id: W-1'), 'duplicate waiver id W-1 (first used on line 2)', 10],
    ['a top-level typo', VALID.replace('waivers:', 'waiver:'), 'waiver', 1],
  ])('rejects %s with the file and line, in both languages', (_name, text, english, line) => {
    const dir = tempTree({ 'w.yaml': text });
    const errors = userErrorsOf(() => loadWaivers(join(dir, 'w.yaml')));
    expect(errors.length).toBeGreaterThan(0);
    const first = errors[0]!;
    expect(first.file).toBe(join(dir, 'w.yaml'));
    expect(first.line).toBe(line);
    if (english) expect(errors.map((e) => e.en).join('\n')).toContain(english);
    expect(first.zh).not.toBe(first.en);
  });

  it('reports a missing file, a directory and broken YAML as user errors', () => {
    const dir = tempTree({ 'bad.yaml': 'waivers: [\n' });
    expect(userErrorsOf(() => loadWaivers(join(dir, 'nope.yaml')))[0]!.en).toContain('waivers file not found');
    expect(userErrorsOf(() => loadWaivers(dir))[0]!.id).toBe('plan.is_directory');
    expect(userErrorsOf(() => loadWaivers(join(dir, 'bad.yaml')))[0]!.id).toMatch(/^plan\./);
  });
});
