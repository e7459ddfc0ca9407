import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CATEGORIES, type Category, type Verification } from '../findings/types.js';

export const TIERS = ['base', 'refuse_to_rectify', 'serious'] as const;
export type Tier = (typeof TIERS)[number];

/** One side (entity or individual) of a penalty band. */
export interface PenaltySide {
  min?: number;
  max?: number;
  /** Alternative ceiling: this percentage of prior-year turnover (PIPL Art. 66(2)). */
  turnover_pct?: number;
  gains_multiple?: [number, number];
  effects: string[];
  unquantified: string[];
}

export interface PenaltyBand {
  tiers: Tier[];
  entity?: PenaltySide;
  individual?: PenaltySide;
}

export interface PenaltyProvision {
  id: string;
  instrument: string;
  article: string;
  verification: Verification;
  bands: PenaltyBand[];
}

export interface ExposureRule {
  instruments: string[];
  articles: '*' | string[];
  provisions: string[];
}

export interface ExposureMap {
  by_legal_basis: ExposureRule[];
  by_category: Record<Category, string[]>;
}

export const PENALTIES_FILE = fileURLToPath(new URL('../../policies/risk/penalties.yaml', import.meta.url));
export const EXPOSURE_MAP_FILE = fileURLToPath(new URL('../../policies/risk/exposure-map.yaml', import.meta.url));

/** Thrown when the shipped data files are malformed: a defect of pipl-guard, caught by its tests. */
class PenaltyDataError extends Error {}

function fail(file: string, where: string, what: string): never {
  throw new PenaltyDataError(`${file}: ${where}: ${what}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function isAmount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined;
}

function parseSide(file: string, where: string, raw: unknown): PenaltySide {
  if (!isRecord(raw)) fail(file, where, 'must be a mapping');
  for (const key of Object.keys(raw)) {
    if (!['min', 'max', 'turnover_pct', 'gains_multiple', 'effects', 'unquantified'].includes(key)) fail(file, where, `unknown key ${key}`);
  }
  const side: PenaltySide = { effects: strings(raw.effects ?? []) ?? fail(file, where, 'effects must be a list of ids'), unquantified: strings(raw.unquantified ?? []) ?? fail(file, where, 'unquantified must be a list of ids') };
  if (raw.min !== undefined) side.min = isAmount(raw.min) ? raw.min : fail(file, where, 'min must be a whole CNY amount');
  if (raw.max !== undefined) side.max = isAmount(raw.max) ? raw.max : fail(file, where, 'max must be a whole CNY amount');
  if ((side.min === undefined) !== (side.max === undefined)) fail(file, where, 'min and max go together');
  if (side.min !== undefined && side.max! < side.min) fail(file, where, 'max is below min');
  if (raw.turnover_pct !== undefined) {
    if (typeof raw.turnover_pct !== 'number' || raw.turnover_pct <= 0 || raw.turnover_pct > 100) fail(file, where, 'turnover_pct must be a percentage');
    side.turnover_pct = raw.turnover_pct;
  }
  if (raw.gains_multiple !== undefined) {
    const g = raw.gains_multiple;
    if (!Array.isArray(g) || g.length !== 2 || !g.every((n) => typeof n === 'number')) fail(file, where, 'gains_multiple must be [low, high]');
    side.gains_multiple = [g[0] as number, g[1] as number];
  }
  return side;
}

export function parsePenalties(file: string, text: string): PenaltyProvision[] {
  const raw = parse(text) as unknown;
  if (!isRecord(raw) || raw.schema_version !== '1' || !Array.isArray(raw.provisions)) fail(file, 'top', 'needs schema_version "1" and provisions');
  const seen = new Set<string>();
  return raw.provisions.map((p: unknown, i: number) => {
    const where = `provisions[${i}]`;
    if (!isRecord(p)) fail(file, where, 'must be a mapping');
    const { id, instrument, article, verification, bands } = p;
    if (typeof id !== 'string' || !/^[A-Z][A-Z0-9-]*$/.test(id)) fail(file, where, 'id must be an upper-case id');
    if (seen.has(id)) fail(file, where, `duplicate id ${id}`);
    seen.add(id);
    if (typeof instrument !== 'string' || typeof article !== 'string') fail(file, where, 'instrument and article are strings');
    if (!['V', 'S', 'U', 'I'].includes(verification as string)) fail(file, where, 'verification is V, S, U or I');
    if (!Array.isArray(bands) || bands.length === 0) fail(file, where, 'bands must be a non-empty list');
    const parsed: PenaltyBand[] = bands.map((b: unknown, j: number) => {
      const bw = `${where}.bands[${j}]`;
      if (!isRecord(b)) fail(file, bw, 'must be a mapping');
      const tiers = strings(b.tiers);
      if (!tiers || tiers.length === 0 || !tiers.every((t) => (TIERS as readonly string[]).includes(t))) fail(file, bw, `tiers must list ${TIERS.join(', ')}`);
      const band: PenaltyBand = { tiers: tiers as Tier[] };
      if (b.entity !== undefined) band.entity = parseSide(file, `${bw}.entity`, b.entity);
      if (b.individual !== undefined) band.individual = parseSide(file, `${bw}.individual`, b.individual);
      return band;
    });
    for (const tier of TIERS) {
      if (parsed.filter((b) => b.tiers.includes(tier)).length > 1) fail(file, where, `tier ${tier} appears in two bands`);
    }
    return { id, instrument, article, verification: verification as Verification, bands: parsed };
  });
}

export function parseExposureMap(file: string, text: string, known: Set<string>): ExposureMap {
  const raw = parse(text) as unknown;
  if (!isRecord(raw) || raw.schema_version !== '1' || !Array.isArray(raw.by_legal_basis) || !isRecord(raw.by_category)) {
    fail(file, 'top', 'needs schema_version "1", by_legal_basis and by_category');
  }
  const check = (where: string, ids: string[] | undefined): string[] => {
    if (!ids) fail(file, where, 'provisions must be a list of ids');
    for (const id of ids) if (!known.has(id)) fail(file, where, `unknown provision ${id}`);
    return ids;
  };
  const byBasis = raw.by_legal_basis.map((r: unknown, i: number) => {
    const where = `by_legal_basis[${i}]`;
    if (!isRecord(r)) fail(file, where, 'must be a mapping');
    const instruments = strings(r.instruments) ?? fail(file, where, 'instruments must be a list');
    const articles = r.articles === '*' ? '*' : (strings(r.articles) ?? fail(file, where, 'articles must be "*" or a list'));
    return { instruments, articles, provisions: check(where, strings(r.provisions)) } satisfies ExposureRule;
  });
  const byCategory = {} as Record<Category, string[]>;
  for (const category of CATEGORIES) byCategory[category] = check(`by_category.${category}`, strings(raw.by_category[category]));
  for (const key of Object.keys(raw.by_category)) {
    if (!(CATEGORIES as readonly string[]).includes(key)) fail(file, 'by_category', `unknown category ${key}`);
  }
  return { by_legal_basis: byBasis, by_category: byCategory };
}

let cached: { provisions: PenaltyProvision[]; map: ExposureMap } | undefined;

/** The shipped penalty data and exposure map, loaded once. */
export function loadPenaltyData(): { provisions: PenaltyProvision[]; map: ExposureMap } {
  if (!cached) {
    const provisions = parsePenalties('policies/risk/penalties.yaml', readFileSync(PENALTIES_FILE, 'utf8'));
    const map = parseExposureMap('policies/risk/exposure-map.yaml', readFileSync(EXPOSURE_MAP_FILE, 'utf8'), new Set(provisions.map((p) => p.id)));
    cached = { provisions, map };
  }
  return cached;
}
