import type { JsonValue } from '../../plan/document.js';
import type { PlanFacts } from '../../risk/plan-facts.js';
import type { DataMap } from './types.js';

type Obj = { [key: string]: JsonValue };

function obj(value: JsonValue | undefined): Obj | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function objects(value: JsonValue | undefined): Obj[] {
  return Array.isArray(value) ? value.map(obj).filter((x): x is Obj => x !== undefined) : [];
}
function count(value: JsonValue | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Any plan value as display text (raw, unescaped): lists joined, objects as their values joined. */
export function displayText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(displayText).filter((s) => s !== '').join(', ');
  return Object.values(value).map(displayText).filter((s) => s !== '').join(' / ');
}

function joined(...parts: Array<JsonValue | undefined>): string {
  return parts.map(displayText).filter((s) => s !== '').join(' / ');
}

/** The data map of one plan (GB/T 39335 "data mapping"): subjects, data sets, parties, transfers, flows. */
export function buildDataMap(data: Obj, facts: PlanFacts): DataMap {
  const parties = objects(data.parties);
  const partyName = (ref: JsonValue | undefined): string => {
    const id = displayText(ref);
    const party = parties.find((p) => p.id === ref);
    return party ? displayText(party.name) || id : id;
  };
  const recipients: DataMap['recipients'] = parties.map((p) => ({
    name: displayText(p.name) || displayText(p.id),
    role: [displayText(p.roles), displayText(p.pipl_role)].filter((s) => s !== '' && s !== 'none').join(' · '),
    jurisdiction: displayText(p.jurisdiction),
    contact: displayText(p.contact),
  }));
  const crossBorder = data.cross_border;
  const flows = Array.isArray(crossBorder) ? objects(crossBorder) : objects(obj(crossBorder)?.flows);
  return {
    total_individuals: facts.total_individuals ?? null,
    sensitive_individuals: facts.sensitive_individuals ?? null,
    minors_under_14: facts.minors_under_14 ?? null,
    counts_as_of: facts.counts_as_of ?? null,
    important_data: facts.important_data,
    inventory: objects(data.data_inventory).map((set) => {
      const storage = obj(set.storage_location);
      return {
        id: [displayText(set.id), displayText(set.name)].filter((s) => s !== '').join(' — '),
        category: displayText(set.category),
        subject_count: count(set.subject_count),
        sensitive: typeof set.sensitive === 'boolean' ? set.sensitive : null,
        storage: storage ? joined(storage.country, storage.provider, storage.region) : displayText(set.storage_location),
        disposition: displayText(set.disposition),
      };
    }),
    recipients,
    transfers: objects(data.pi_transfers).map((t) => ({
      datasets: displayText(t.datasets ?? t.dataset_ids),
      legal_basis: displayText(t.legal_basis),
      recipient: partyName(t.recipient ?? t.recipient_ref),
      date: displayText(t.completed_on ?? t.planned_on ?? t.date),
    })),
    flows: flows.map((f) => ({
      recipient: partyName(f.recipient),
      country: displayText(f.country),
      mechanism: displayText(f.mechanism),
      individuals_non_sensitive: count(f.individuals_ytd_non_sensitive),
      individuals_sensitive: count(f.individuals_ytd_sensitive),
    })),
  };
}
