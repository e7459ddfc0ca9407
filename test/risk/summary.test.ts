import { describe, expect, it } from 'vitest';
import { loadDefaultMatrix, parseMatrix } from '../../src/risk/matrix-file.js';
import { scoreFinding } from '../../src/risk/score.js';
import { prioritise, summarise, type ScoredFinding } from '../../src/risk/summary.js';
import type { Finding } from '../../src/findings/types.js';
import { makeFinding, quietFacts } from './helpers.js';

const matrix = loadDefaultMatrix();
const scored = (...findings: Finding[]): ScoredFinding[] => findings.map((finding) => ({ finding, risk: scoreFinding(finding, undefined, quietFacts(), matrix) }));

describe('summarise', () => {
  it('says go when nothing blocks', () => {
    const s = summarise(scored(makeFinding({ severity: 'high' }), makeFinding({ severity: 'low', category: 'training' })), matrix);
    expect(s.decision).toBe('go');
    expect(s.blocking).toEqual([]);
    expect(s.overall).toBe('high');
    expect(s.inherent_counts).toMatchObject({ high: 1, low: 1, very_high: 0 });
  });

  it('says go with no findings at all', () => {
    const s = summarise([], matrix);
    expect(s).toMatchObject({ decision: 'go', overall: 'very_low', findings: 0, categories: [] });
  });

  it('says no-go for an open critical finding, naming it', () => {
    const critical = makeFinding({ severity: 'critical', rule_id: 'CRIT-1', location: { file: 'p.yaml', pointer: '/a', line: 9, column: 3 } });
    const s = summarise(scored(critical, makeFinding({ severity: 'medium' })), matrix);
    expect(s.decision).toBe('no_go');
    expect(s.blocking).toEqual([{ fingerprint: critical.fingerprint, rule_id: 'CRIT-1', file: 'p.yaml', line: 9, reasons: ['open_severity', 'residual_level'] }]);
  });

  it('does not block on a waived critical finding, which stays in the inherent counts', () => {
    const s = summarise(scored(makeFinding({ severity: 'critical', status: 'waived' })), matrix);
    expect(s.decision).toBe('go');
    expect(s.accepted).toBe(1);
    expect(s.inherent_counts.very_high).toBe(1);
    expect(s.residual_counts.very_high).toBe(0);
    expect(s.heat_inherent[4]![3]).toBe(1);
    expect(s.heat_residual.flat().reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('blocks a baselined finding only by its residual level, not by open severity', () => {
    const custom = parseMatrix('m.yaml', `schema_version: "1"
name: strict
no_go_at: high
block_open_severity: never
cells:
  impact_5: [moderate, high, high, very_high, very_high]
  impact_4: [low, moderate, high, high, very_high]
  impact_3: [low, low, moderate, moderate, high]
  impact_2: [very_low, low, low, moderate, moderate]
  impact_1: [very_low, very_low, very_low, low, low]
`);
    const items = [makeFinding({ severity: 'high', status: 'baselined' })].map((finding) => ({ finding, risk: scoreFinding(finding, undefined, quietFacts(), custom) }));
    const s = summarise(items, custom);
    expect(s.decision).toBe('no_go');
    expect(s.blocking[0]!.reasons).toEqual(['residual_level']);
    const medium = [makeFinding({ severity: 'medium' })].map((finding) => ({ finding, risk: scoreFinding(finding, undefined, quietFacts(), custom) }));
    expect(summarise(medium, custom).decision).toBe('go');
  });

  it('scores categories by their highest residual risk and sorts them', () => {
    const s = summarise(
      scored(
        makeFinding({ severity: 'low', category: 'training' }),
        makeFinding({ severity: 'high', category: 'encryption' }),
        makeFinding({ severity: 'critical', category: 'encryption', status: 'waived' }),
      ),
      matrix,
    );
    expect(s.categories.map((c) => [c.category, c.findings, c.unaccepted, c.max_inherent, c.max_residual, c.score])).toEqual([
      ['encryption', 2, 1, 'very_high', 'high', 8],
      ['training', 1, 1, 'low', 'low', 2],
    ]);
  });

  it('fills heat-map cells by impact row and likelihood column', () => {
    const s = summarise(scored(makeFinding({ severity: 'high' }), makeFinding({ severity: 'high' }), makeFinding({ severity: 'medium' })), matrix);
    expect(s.heat_inherent[3]![2]).toBe(2); // impact 4, likelihood 3
    expect(s.heat_inherent[2]![2]).toBe(1); // impact 3, likelihood 3
  });
});

describe('prioritise', () => {
  it('orders unaccepted findings by residual risk, then severity, then location', () => {
    const a = makeFinding({ severity: 'medium', rule_id: 'A', location: { file: 'p.yaml', pointer: '', line: 1, column: 1 } });
    const b = makeFinding({ severity: 'critical', rule_id: 'B', location: { file: 'p.yaml', pointer: '', line: 50, column: 1 } });
    const c = makeFinding({ severity: 'high', rule_id: 'C', location: { file: 'p.yaml', pointer: '', line: 7, column: 1 } });
    const d = makeFinding({ severity: 'high', rule_id: 'D', location: { file: 'p.yaml', pointer: '', line: 3, column: 1 } });
    const w = makeFinding({ severity: 'critical', rule_id: 'W', status: 'waived' });
    expect(prioritise(scored(a, b, c, d, w)).map((i) => i.finding.rule_id)).toEqual(['B', 'D', 'C', 'A']);
  });
});
