import type { Finding } from '../findings/types.js';
import { type ExposureMap, type PenaltyProvision, type PenaltySide, TIERS, type Tier, loadPenaltyData } from './penalty-data.js';

/** Prior-year turnover used for PIPL Art. 66(2)'s percentage ceiling, and where it came from. */
export interface Turnover {
  value: number;
  source: 'flag' | 'plan';
}

/** `--turnover-cny` wins over the plan's `entity.prior_year_turnover_cny`. */
export function resolveTurnover(flag: number | undefined, plan: number | undefined): Turnover | null {
  if (flag !== undefined) return { value: flag, source: 'flag' };
  if (plan !== undefined) return { value: plan, source: 'plan' };
  return null;
}

export interface SideExposure {
  min: number | null;
  max: number | null;
  /** The turnover reading of the ceiling (turnover x pct), when the provision has one and turnover is known. */
  turnover_max: number | null;
  turnover_pct: number | null;
  gains_multiple: [number, number] | null;
  effects: string[];
  unquantified: string[];
}

export interface ProvisionExposure {
  id: string;
  instrument: string;
  article: string;
  verification: PenaltyProvision['verification'];
  /** `category` when the finding's legal bases matched nothing and its category's default was used. */
  matched_by: 'legal_basis' | 'category';
  rule_ids: string[];
  fingerprints: string[];
  tiers: Record<Tier, { entity: SideExposure | null; individual: SideExposure | null }>;
}

/** Ceilings of one instrument in one tier; each provision counted once however many findings hit it. */
export interface TierTotal {
  instrument: string;
  tier: Tier;
  provisions: string[];
  /** Reading A: every ceiling as a fixed amount (PIPL Art. 66(2) at ¥50M). */
  entity_max_fixed: number;
  /** Reading B: turnover percentages instead of the fixed amount where the law offers them; null when turnover is unknown. */
  entity_max_turnover: number | null;
  /** True when some provision here has a turnover ceiling, so the two readings differ. */
  two_readings: boolean;
  /** Per responsible individual. */
  individual_max: number;
}

export interface PenaltyExposure {
  turnover: Turnover | null;
  provisions: ProvisionExposure[];
  totals: TierTotal[];
  /** Across instruments, per tier: an upper bound (APL Art. 29: one act is fined once, under the higher provision). */
  grand_totals: Array<Omit<TierTotal, 'instrument' | 'provisions'>>;
  /** Findings that expose to no provision (e.g. good-practice rules). */
  unmapped: string[];
}

/** The article's leading number: "51" of "51(2)", "253-1" of "Art. 253-1". */
export function articleKey(article: string): string {
  return /(\d+(?:-\d+)?)/.exec(article)?.[1] ?? article.trim();
}

/** The provisions one finding exposes to, and whether they came from its legal basis or its category. */
export function provisionsFor(finding: Finding, map: ExposureMap): { ids: string[]; matched_by: 'legal_basis' | 'category' } {
  const ids = new Set<string>();
  for (const basis of finding.legal_basis) {
    const instrument = basis.instrument.trim().toLowerCase();
    const article = articleKey(basis.article);
    for (const rule of map.by_legal_basis) {
      if (!rule.instruments.some((i) => i.toLowerCase() === instrument)) continue;
      if (rule.articles !== '*' && !rule.articles.includes(article)) continue;
      for (const id of rule.provisions) ids.add(id);
    }
  }
  if (ids.size > 0) return { ids: [...ids], matched_by: 'legal_basis' };
  return { ids: [...map.by_category[finding.category]], matched_by: 'category' };
}

function bandFor(provision: PenaltyProvision, tier: Tier) {
  return provision.bands.find((b) => b.tiers.includes(tier)) ?? provision.bands.find((b) => b.tiers.includes('base'));
}

function sideExposure(side: PenaltySide | undefined, turnover: Turnover | null): SideExposure | null {
  if (!side) return null;
  const pct = side.turnover_pct ?? null;
  return {
    min: side.min ?? null,
    max: side.max ?? null,
    turnover_max: pct !== null && turnover ? Math.round((turnover.value * pct) / 100) : null,
    turnover_pct: pct,
    gains_multiple: side.gains_multiple ?? null,
    effects: [...side.effects],
    unquantified: [...side.unquantified],
  };
}

/**
 * Penalty exposure of one plan's findings: the provisions they expose the entity and the
 * responsible individuals to, per tier, and ceilings per instrument and tier without counting a
 * provision twice. An estimate of statutory ranges, not legal advice.
 */
export function estimateExposure(findings: Finding[], turnover: Turnover | null, data = loadPenaltyData()): PenaltyExposure {
  const order = new Map(data.provisions.map((p, i) => [p.id, i]));
  const byId = new Map(data.provisions.map((p) => [p.id, p]));
  const hits = new Map<string, { rules: Set<string>; fingerprints: Set<string>; byBasis: boolean }>();
  const unmapped: string[] = [];
  for (const finding of findings) {
    const { ids, matched_by } = provisionsFor(finding, data.map);
    if (ids.length === 0) unmapped.push(finding.fingerprint);
    for (const id of ids) {
      const hit = hits.get(id) ?? { rules: new Set<string>(), fingerprints: new Set<string>(), byBasis: false };
      hit.rules.add(finding.rule_id);
      hit.fingerprints.add(finding.fingerprint);
      hit.byBasis ||= matched_by === 'legal_basis';
      hits.set(id, hit);
    }
  }
  const provisions: ProvisionExposure[] = [...hits.keys()]
    .sort((a, b) => order.get(a)! - order.get(b)!)
    .map((id) => {
      const p = byId.get(id)!;
      const hit = hits.get(id)!;
      const tiers = {} as ProvisionExposure['tiers'];
      for (const tier of TIERS) {
        const band = bandFor(p, tier);
        tiers[tier] = { entity: sideExposure(band?.entity, turnover), individual: sideExposure(band?.individual, turnover) };
      }
      return {
        id,
        instrument: p.instrument,
        article: p.article,
        verification: p.verification,
        matched_by: hit.byBasis ? 'legal_basis' : 'category',
        rule_ids: [...hit.rules].sort(),
        fingerprints: [...hit.fingerprints].sort(),
        tiers,
      };
    });

  const totals: TierTotal[] = [];
  const instruments = [...new Set(provisions.map((p) => p.instrument))];
  for (const instrument of instruments) {
    for (const tier of TIERS) {
      const members = provisions.filter((p) => p.instrument === instrument);
      totals.push(total(members, tier, turnover, instrument));
    }
  }
  const grand_totals = TIERS.map((tier) => {
    const { instrument: _i, provisions: _p, ...rest } = total(provisions, tier, turnover, '*');
    return rest;
  });
  return { turnover, provisions, totals, grand_totals, unmapped: unmapped.sort() };
}

function total(members: ProvisionExposure[], tier: Tier, turnover: Turnover | null, instrument: string): TierTotal {
  let fixed = 0;
  let byTurnover = 0;
  let individual = 0;
  let twoReadings = false;
  const ids: string[] = [];
  for (const p of members) {
    const { entity, individual: person } = p.tiers[tier];
    if ((entity?.max ?? null) !== null || (person?.max ?? null) !== null) ids.push(p.id);
    if (entity?.max !== null && entity?.max !== undefined) {
      fixed += entity.max;
      if (entity.turnover_pct !== null) {
        twoReadings = true;
        byTurnover += entity.turnover_max ?? 0;
      } else byTurnover += entity.max;
    }
    if (person?.max !== null && person?.max !== undefined) individual += person.max;
  }
  return {
    instrument,
    tier,
    provisions: ids,
    entity_max_fixed: fixed,
    entity_max_turnover: twoReadings && !turnover ? null : byTurnover,
    two_readings: twoReadings,
    individual_max: individual,
  };
}
