import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/findings/types.js';
import { loadPenaltyData, parseExposureMap, parsePenalties } from '../../src/risk/penalty-data.js';
import { articleKey, estimateExposure, provisionsFor, resolveTurnover } from '../../src/risk/penalties.js';
import { makeFinding } from './helpers.js';

const data = loadPenaltyData();
const pipl = (article: string) => [{ instrument: 'PIPL', article, verification: 'V' as const }];

describe('penalty data', () => {
  it('loads every provision of the catalogue §3 that carries a fine or an effect', () => {
    const ids = data.provisions.map((p) => p.id);
    for (const id of ['PIPL-66-1', 'PIPL-66-2', 'NDSMR-55', 'NDSMR-57', 'DSL-45-1', 'DSL-46', 'CSL-61-2026', 'CII-39', 'ECOM-80', 'AML-53', 'ACCOUNTING-41', 'TAX-60', 'CRIM-253-1']) {
      expect(ids).toContain(id);
    }
    const p662 = data.provisions.find((p) => p.id === 'PIPL-66-2')!;
    expect(p662.bands[0]!.entity).toMatchObject({ max: 50_000_000, turnover_pct: 5 });
    expect(p662.bands[0]!.individual).toMatchObject({ min: 100_000, max: 1_000_000 });
  });

  it('maps every category to known provisions', () => {
    for (const category of CATEGORIES) expect(Array.isArray(data.map.by_category[category])).toBe(true);
  });

  it('rejects malformed data', () => {
    expect(() => parsePenalties('x', 'schema_version: "1"\nprovisions:\n  - {id: A, instrument: X, article: "1", verification: V, bands: [{tiers: [worst]}]}\n')).toThrow(/tiers/);
    expect(() => parsePenalties('x', 'schema_version: "1"\nprovisions:\n  - {id: A, instrument: X, article: "1", verification: V, bands: [{tiers: [base], entity: {min: 5, max: 1}}]}\n')).toThrow(/below min/);
    expect(() => parsePenalties('x', 'schema_version: "1"\nprovisions:\n  - {id: A, instrument: X, article: "1", verification: Q, bands: [{tiers: [base]}]}\n')).toThrow(/verification/);
    expect(() => parseExposureMap('m', 'schema_version: "1"\nby_legal_basis: [{instruments: [X], articles: "*", provisions: [NOPE]}]\nby_category: {}\n', new Set(['A']))).toThrow(/unknown provision NOPE/);
  });
});

describe('mapping findings to provisions', () => {
  it('normalises article numbers', () => {
    expect(articleKey('51(2)')).toBe('51');
    expect(articleKey('Art. 253-1')).toBe('253-1');
    expect(articleKey('66')).toBe('66');
  });

  it('maps by instrument and article, case-insensitively, and by Chinese instrument names', () => {
    expect(provisionsFor(makeFinding({ legal_basis: pipl('22') }), data.map)).toEqual({ ids: ['PIPL-66-1', 'PIPL-66-2', 'PIPL-67', 'PIPL-69'], matched_by: 'legal_basis' });
    expect(provisionsFor(makeFinding({ legal_basis: [{ instrument: 'ndsmr', article: '32', verification: 'V' }] }), data.map).ids).toEqual(['NDSMR-57']);
    expect(provisionsFor(makeFinding({ legal_basis: [{ instrument: '数据安全法', article: '31', verification: 'V' }] }), data.map).ids).toEqual(['DSL-46']);
    expect(provisionsFor(makeFinding({ legal_basis: [{ instrument: 'NDSMR', article: '99', verification: 'V' }], category: 'training' }), data.map)).toEqual({ ids: [], matched_by: 'category' });
  });

  it('falls back to the category when only a standard is cited', () => {
    const f = makeFinding({ legal_basis: [{ instrument: 'GB/T 35273', article: '9.3', verification: 'V' }], category: 'regulator-reporting' });
    expect(provisionsFor(f, data.map)).toEqual({ ids: ['NDSMR-57'], matched_by: 'category' });
  });
});

describe('estimateExposure', () => {
  it('counts a provision once however many findings hit it', () => {
    const findings = [makeFinding({ legal_basis: pipl('22') }), makeFinding({ legal_basis: pipl('23') }), makeFinding({ legal_basis: pipl('55') })];
    const e = estimateExposure(findings, null, data);
    const p662 = e.provisions.find((p) => p.id === 'PIPL-66-2')!;
    expect(p662.fingerprints).toHaveLength(3);
    const serious = e.totals.find((t) => t.instrument === 'PIPL' && t.tier === 'serious')!;
    expect(serious.entity_max_fixed).toBe(50_000_000);
    expect(serious.individual_max).toBe(1_000_000);
    const refuse = e.totals.find((t) => t.instrument === 'PIPL' && t.tier === 'refuse_to_rectify')!;
    expect(refuse.entity_max_fixed).toBe(1_000_000);
    expect(refuse.individual_max).toBe(100_000);
  });

  it('adds different provisions of one instrument and keeps instruments apart', () => {
    const findings = [
      makeFinding({ legal_basis: [{ instrument: 'NDSMR', article: '32', verification: 'V' }] }),
      makeFinding({ legal_basis: [{ instrument: 'NDSMR', article: '12', verification: 'V' }] }),
      makeFinding({ legal_basis: [{ instrument: 'DSL', article: '27', verification: 'V' }] }),
    ];
    const e = estimateExposure(findings, null, data);
    const ndsmrSerious = e.totals.find((t) => t.instrument === 'NDSMR' && t.tier === 'serious')!;
    expect(ndsmrSerious.provisions).toEqual(['NDSMR-55', 'NDSMR-57']);
    expect(ndsmrSerious.entity_max_fixed).toBe(1_000_000 + 2_000_000);
    expect(ndsmrSerious.individual_max).toBe(100_000 + 200_000);
    const ndsmrBase = e.totals.find((t) => t.instrument === 'NDSMR' && t.tier === 'base')!;
    expect(ndsmrBase.provisions).toEqual(['NDSMR-57']); // NDSMR-55's base tier has no fine
    expect(ndsmrBase.entity_max_fixed).toBe(500_000);
    const grandSerious = e.grand_totals.find((t) => t.tier === 'serious')!;
    expect(grandSerious.entity_max_fixed).toBe(3_000_000 + 2_000_000);
  });

  it('shows both readings of PIPL Art. 66(2) when turnover is known', () => {
    const findings = [makeFinding({ legal_basis: pipl('22') })];
    const big = estimateExposure(findings, { value: 4_000_000_000, source: 'flag' }, data);
    const serious = big.totals.find((t) => t.instrument === 'PIPL' && t.tier === 'serious')!;
    expect(serious).toMatchObject({ two_readings: true, entity_max_fixed: 50_000_000, entity_max_turnover: 200_000_000 });
    expect(big.provisions.find((p) => p.id === 'PIPL-66-2')!.tiers.serious.entity).toMatchObject({ max: 50_000_000, turnover_max: 200_000_000, turnover_pct: 5 });
    const small = estimateExposure(findings, { value: 10_000_000, source: 'plan' }, data);
    expect(small.totals.find((t) => t.instrument === 'PIPL' && t.tier === 'serious')!.entity_max_turnover).toBe(500_000);
    // Other tiers have no percentage ceiling: both readings agree.
    expect(small.totals.find((t) => t.instrument === 'PIPL' && t.tier === 'refuse_to_rectify')).toMatchObject({ two_readings: false, entity_max_fixed: 1_000_000, entity_max_turnover: 1_000_000 });
  });

  it('leaves the turnover reading open when turnover is unknown', () => {
    const e = estimateExposure([makeFinding({ legal_basis: pipl('22') })], null, data);
    expect(e.turnover).toBeNull();
    expect(e.totals.find((t) => t.instrument === 'PIPL' && t.tier === 'serious')!.entity_max_turnover).toBeNull();
  });

  it('lists findings that expose to nothing', () => {
    const f = makeFinding({ legal_basis: [{ instrument: 'GB/T 35273', article: '11.6', verification: 'V' }], category: 'training' });
    const e = estimateExposure([f], null, data);
    expect(e.unmapped).toEqual([f.fingerprint]);
    expect(e.provisions).toEqual([]);
  });
});

describe('resolveTurnover', () => {
  it('prefers the flag, then the plan, else nothing', () => {
    expect(resolveTurnover(5, 7)).toEqual({ value: 5, source: 'flag' });
    expect(resolveTurnover(undefined, 7)).toEqual({ value: 7, source: 'plan' });
    expect(resolveTurnover(0, 7)).toEqual({ value: 0, source: 'flag' });
    expect(resolveTurnover(undefined, undefined)).toBeNull();
  });
});

describe('penalty labels', () => {
  it('has a bilingual text for every effect, unquantified amount and instrument in the data', async () => {
    const { hasMessage } = await import('../../src/i18n/catalog.js');
    await import('../../src/risk/penalty-messages.js');
    for (const p of data.provisions) {
      expect(hasMessage(`penalty.instrument.${p.instrument}`), p.instrument).toBe(true);
      for (const band of p.bands) {
        for (const side of [band.entity, band.individual]) {
          for (const e of side?.effects ?? []) expect(hasMessage(`penalty.effect.${e}`), e).toBe(true);
          for (const u of side?.unquantified ?? []) expect(hasMessage(`penalty.unquantified.${u}`), u).toBe(true);
        }
      }
    }
  });
});
