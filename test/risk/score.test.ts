import { describe, expect, it } from 'vitest';
import { applyAdjustments, proposeAdjustments } from '../../src/risk/adjustments.js';
import { assessConfidence } from '../../src/risk/confidence.js';
import { loadDefaultMatrix } from '../../src/risk/matrix-file.js';
import { extractPlanFacts } from '../../src/risk/plan-facts.js';
import { scoreFinding } from '../../src/risk/score.js';
import { makeFinding, makeRule, quietFacts } from './helpers.js';

const matrix = loadDefaultMatrix();
const reasons = (facts = quietFacts(), category: Parameters<typeof proposeAdjustments>[0] = 'transfer-handover') =>
  proposeAdjustments(category, facts).map((p) => p.reason);

describe('plan facts', () => {
  it('reads counts, events, sensitivity, important data, flows and turnover from a plan', () => {
    const facts = extractPlanFacts('p.yaml', {
      transaction: { type: 'bankruptcy_liquidation', effective_date: '2026-12-31' },
      entity: { name: 'ACME', prior_year_turnover_cny: 2_000_000_000 },
      subject_counts: { total_individuals: 3_000_000, sensitive_individuals: 120_000, minors_under_14: 0, as_of: '2026-06-30' },
      important_data: { declared: false, notified_by_authority: true },
      cross_border: [{ country: 'SG' }],
      governance: { liquidation_data_lead: 'Wang Fang' },
    });
    expect(facts).toMatchObject({
      event: 'bankruptcy_liquidation',
      entity_name: 'ACME',
      turnover_cny: 2_000_000_000,
      total_individuals: 3_000_000,
      sensitive_individuals: 120_000,
      counts_as_of: '2026-06-30',
      has_sensitive: true,
      important_data: true,
      cross_border_flows: 1,
      default_owner: 'Wang Fang',
    });
  });

  it('leaves unknown what the plan does not say or says with the wrong type', () => {
    const facts = extractPlanFacts('p.yaml', { subject_counts: { total_individuals: 'many', as_of: 7 }, cross_border: 'none', entity: { prior_year_turnover_cny: -5 } });
    expect(facts.total_individuals).toBeUndefined();
    expect(facts.counts_as_of).toBeUndefined();
    expect(facts.turnover_cny).toBeUndefined();
    expect(facts.cross_border_flows).toBe(0);
    expect(facts.has_sensitive).toBe(false);
  });

  it('counts a sensitive data set or minors as sensitive PI', () => {
    expect(extractPlanFacts('p', { data_inventory: [{ id: 'a', sensitive: true }] }).has_sensitive).toBe(true);
    expect(extractPlanFacts('p', { data_inventory: [{ id: 'a', sensitive: false, category: 'contact' }] }).has_sensitive).toBe(false);
    expect(extractPlanFacts('p', { subjects: { minors_under_14_count: 3 } })).toMatchObject({ has_sensitive: true, minors_under_14: 3 });
  });
});

describe('adjustments', () => {
  it('stay quiet on a small, plain, domestic plan', () => {
    expect(reasons()).toEqual([]);
  });

  it('raise impact by volume at the catalogue thresholds', () => {
    expect(reasons(quietFacts({ total_individuals: 999_999 }))).toEqual([]);
    expect(reasons(quietFacts({ total_individuals: 1_000_000 }))).toEqual(['risk.adjust.volume_1m']);
    expect(reasons(quietFacts({ total_individuals: 9_999_999 }))).toEqual(['risk.adjust.volume_1m']);
    expect(reasons(quietFacts({ total_individuals: 10_000_000 }))).toEqual(['risk.adjust.volume_10m']);
    expect(proposeAdjustments('encryption', quietFacts({ total_individuals: 10_000_000 }))[0]).toMatchObject({ axis: 'impact', delta: 2 });
  });

  it('raise impact for sensitive PI, more than 100k sensitive subjects, minors and important data', () => {
    expect(reasons(quietFacts({ has_sensitive: true, sensitive_individuals: 100_000 }))).toEqual(['risk.adjust.sensitive_pi']);
    expect(reasons(quietFacts({ has_sensitive: true, sensitive_individuals: 100_001 }))).toEqual(['risk.adjust.sensitive_pi', 'risk.adjust.sensitive_over_100k']);
    expect(reasons(quietFacts({ minors_under_14: 1 }))).toEqual(['risk.adjust.minors']);
    expect(reasons(quietFacts({ minors_under_14: 0 }))).toEqual([]);
    expect(reasons(quietFacts({ important_data: true }))).toEqual(['risk.adjust.important_data']);
  });

  it('lower impact for a small plan with nothing sensitive, and only then', () => {
    expect(reasons(quietFacts({ total_individuals: 99_999 }))).toEqual(['risk.adjust.small_scale']);
    expect(reasons(quietFacts({ total_individuals: 100_000 }))).toEqual([]);
    expect(reasons(quietFacts({ total_individuals: 800, has_sensitive: true }))).toEqual(['risk.adjust.sensitive_pi']);
    expect(reasons(quietFacts({ total_individuals: 800, important_data: true }))).toEqual(['risk.adjust.important_data']);
    expect(reasons(quietFacts({ total_individuals: undefined }))).toEqual([]);
    const out = applyAdjustments({ likelihood: 3, impact: 4 }, proposeAdjustments('encryption', quietFacts({ total_individuals: 812 })));
    expect(out.impact).toBe(3);
    expect(out.adjustments[0]).toMatchObject({ delta: -1, applied: -1 });
    expect(applyAdjustments({ likelihood: 3, impact: 1 }, proposeAdjustments('encryption', quietFacts({ total_individuals: 812 }))).adjustments[0]!.applied).toBe(0);
  });

  it('leave the impact of indirect (governance) categories alone', () => {
    const big = quietFacts({ total_individuals: 20_000_000, has_sensitive: true, important_data: true, minors_under_14: 5 });
    expect(reasons(big, 'training')).toEqual([]);
    expect(reasons(big, 'audit-risk-assessment')).toEqual([]);
    expect(reasons(big, 'regulator-reporting')).toEqual(['risk.adjust.volume_10m', 'risk.adjust.sensitive_pi', 'risk.adjust.minors', 'risk.adjust.important_data']);
  });

  it('raise likelihood for cross-border flows only in transfer-related categories', () => {
    const facts = quietFacts({ cross_border_flows: 2 });
    expect(reasons(facts, 'cross-border')).toEqual(['risk.adjust.cross_border']);
    expect(reasons(facts, 'recipient')).toEqual(['risk.adjust.cross_border']);
    expect(reasons(facts, 'training')).toEqual([]);
  });

  it('raise likelihood during a wind-down event for exposed categories only', () => {
    expect(reasons(quietFacts({ event: 'bankruptcy_liquidation' }), 'access-control')).toEqual(['risk.adjust.event_wind_down']);
    expect(reasons(quietFacts({ event: 'simplified_deregistration' }), 'confidentiality')).toEqual(['risk.adjust.event_wind_down']);
    expect(reasons(quietFacts({ event: 'bankruptcy_liquidation' }), 'retention-destruction')).toEqual([]);
    expect(reasons(quietFacts({ event: 'share_sale' }), 'access-control')).toEqual([]);
    expect(reasons(quietFacts({ event: 'bankruptcy_liquidation' }), 'notification-consent')).toEqual([]);
  });

  it('cap impact increases at +2 and keep both axes within 1-5, recording what was applied', () => {
    const facts = quietFacts({ total_individuals: 20_000_000, has_sensitive: true, sensitive_individuals: 500_000, important_data: true, cross_border_flows: 1 });
    const out = applyAdjustments({ likelihood: 5, impact: 2 }, proposeAdjustments('cross-border', facts));
    expect(out.impact).toBe(4);
    expect(out.likelihood).toBe(5);
    expect(out.adjustments.map((a) => [a.reason, a.delta, a.applied])).toEqual([
      ['risk.adjust.volume_10m', 2, 2],
      ['risk.adjust.sensitive_pi', 1, 0],
      ['risk.adjust.sensitive_over_100k', 1, 0],
      ['risk.adjust.important_data', 1, 0],
      ['risk.adjust.cross_border', 1, 0],
    ]);
    const top = applyAdjustments({ likelihood: 2, impact: 5 }, proposeAdjustments('cross-border', quietFacts({ has_sensitive: true })));
    expect(top.impact).toBe(5);
    expect(top.adjustments[0]!.applied).toBe(0);
  });
});

describe('confidence', () => {
  it('is high for a verified basis and dated counts', () => {
    expect(assessConfidence(makeFinding(), quietFacts())).toEqual({ confidence: 'high', reasons: [] });
  });

  it('drops for an unverified basis, an interpretation-only basis, undated or missing counts', () => {
    const u = makeFinding({ legal_basis: [{ instrument: 'PIPL', article: '40', verification: 'U' }], unverified_basis: true });
    expect(assessConfidence(u, quietFacts()).confidence).toBe('medium');
    const i = makeFinding({ legal_basis: [{ instrument: 'GB/T 35273', article: '9.3', verification: 'I' }] });
    expect(assessConfidence(i, quietFacts()).reasons).toEqual([{ reason: 'risk.confidence.interpretation_only' }]);
    const mixed = makeFinding({ legal_basis: [{ instrument: 'PIPL', article: '22', verification: 'V' }, { instrument: 'x', article: '1', verification: 'I' }] });
    expect(assessConfidence(mixed, quietFacts()).confidence).toBe('high');
    expect(assessConfidence(makeFinding(), quietFacts({ counts_as_of: undefined })).reasons).toEqual([{ reason: 'risk.confidence.counts_undated' }]);
    expect(assessConfidence(makeFinding(), quietFacts({ total_individuals: undefined, counts_as_of: undefined })).reasons).toEqual([
      { reason: 'risk.confidence.counts_missing' },
    ]);
    expect(assessConfidence(u, quietFacts({ counts_as_of: undefined })).confidence).toBe('low');
    const worst = makeFinding({ legal_basis: [{ instrument: 'x', article: '1', verification: 'I' }], unverified_basis: true });
    expect(assessConfidence(worst, quietFacts({ total_individuals: undefined })).confidence).toBe('low');
  });

  it('never changes the risk level', () => {
    const a = scoreFinding(makeFinding(), undefined, quietFacts(), matrix);
    const b = scoreFinding(makeFinding({ unverified_basis: true }), undefined, quietFacts({ counts_as_of: undefined }), matrix);
    expect(a.inherent).toBe(b.inherent);
    expect(a.confidence).not.toBe(b.confidence);
  });
});

describe('scoreFinding', () => {
  it('starts from severity defaults', () => {
    expect(scoreFinding(makeFinding({ severity: 'critical' }), undefined, quietFacts(), matrix)).toMatchObject({ likelihood: 4, impact: 5, inherent: 'very_high', base: { source: 'severity' } });
    expect(scoreFinding(makeFinding({ severity: 'high' }), undefined, quietFacts(), matrix).inherent).toBe('high');
    expect(scoreFinding(makeFinding({ severity: 'medium' }), undefined, quietFacts(), matrix).inherent).toBe('moderate');
    expect(scoreFinding(makeFinding({ severity: 'low' }), undefined, quietFacts(), matrix).inherent).toBe('low');
  });

  it('uses a rule\'s own risk defaults when present and well-formed', () => {
    const f = makeFinding({ severity: 'critical', rule_id: 'R-1' });
    expect(scoreFinding(f, makeRule('R-1', { risk: { likelihood: 1, impact: 2 } }), quietFacts(), matrix)).toMatchObject({ likelihood: 1, impact: 2, inherent: 'very_low', base: { source: 'rule' } });
    expect(scoreFinding(f, makeRule('R-1', { risk: { likelihood: 9, impact: 2 } }), quietFacts(), matrix).base.source).toBe('severity');
  });

  it('applies plan facts to the level', () => {
    const facts = quietFacts({ total_individuals: 3_000_000, has_sensitive: true });
    const r = scoreFinding(makeFinding({ severity: 'medium' }), undefined, facts, matrix);
    expect(r).toMatchObject({ likelihood: 3, impact: 5, inherent: 'high' });
    expect(r.adjustments.map((a) => a.reason)).toEqual(['risk.adjust.volume_1m', 'risk.adjust.sensitive_pi']);
  });

  it('treats a waived finding as accepted: inherent kept, no residual', () => {
    const r = scoreFinding(makeFinding({ severity: 'critical', status: 'waived' }), undefined, quietFacts(), matrix);
    expect(r).toMatchObject({ inherent: 'very_high', residual: null, treatment: 'retain' });
    const b = scoreFinding(makeFinding({ severity: 'critical', status: 'baselined' }), undefined, quietFacts(), matrix);
    expect(b).toMatchObject({ residual: 'very_high', treatment: 'modify' });
  });
});
