import type { JsonValue } from '../plan/document.js';

/** The plan facts the risk model and the penalty estimate read (field names from the catalogue, App. A). */
export interface PlanFacts {
  file: string;
  /** `transaction.type`, e.g. `bankruptcy_liquidation`. */
  event?: string;
  effective_date?: string;
  entity_name?: string;
  total_individuals?: number;
  sensitive_individuals?: number;
  minors_under_14?: number;
  counts_as_of?: string;
  /** Sensitive PI anywhere: a positive sensitive count or a data set marked `sensitive: true`. */
  has_sensitive: boolean;
  important_data: boolean;
  cross_border_flows: number;
  /** Prior-year turnover in CNY as the plan states it (`entity.prior_year_turnover_cny`). */
  turnover_cny?: number;
  /** Who owns remediation by default: the liquidation data lead, else the PIPO, else the accountable executive. */
  default_owner?: string;
}

type Obj = { [key: string]: JsonValue };

function obj(value: JsonValue | undefined): Obj | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function arr(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}
function num(value: JsonValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
function str(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A person given as a name or as `{name, ...}`. */
function person(value: JsonValue | undefined): string | undefined {
  return str(value) ?? str(obj(value)?.name);
}

/** Reads the facts from a plan's data; missing or ill-typed fields simply stay unknown. */
export function extractPlanFacts(file: string, data: Obj): PlanFacts {
  const transaction = obj(data.transaction);
  const entity = obj(data.entity);
  const counts = obj(data.subject_counts);
  const subjects = obj(data.subjects);
  const important = obj(data.important_data);
  const governance = obj(data.governance);
  const liquidation = obj(data.liquidation);
  const pipo = obj(data.pipo);
  const inventory = arr(data.data_inventory).map(obj).filter((x): x is Obj => x !== undefined);

  const crossBorder = data.cross_border;
  const flows = Array.isArray(crossBorder) ? crossBorder : arr(obj(crossBorder)?.flows);
  const sensitive = num(counts?.sensitive_individuals);
  const minors = num(counts?.minors_under_14) ?? num(subjects?.minors_under_14_count);
  const inventorySensitive = inventory.some(
    (set) => set.sensitive === true || set.minors_included === true || set.category === 'minor' || set.category === 'biometric' || set.category === 'health',
  );
  const facts: PlanFacts = {
    file,
    has_sensitive: (sensitive ?? 0) > 0 || inventorySensitive || (minors ?? 0) > 0,
    important_data: important?.declared === true || important?.notified_by_authority === true || important?.core_data === true,
    cross_border_flows: flows.length,
  };
  const set = <K extends keyof PlanFacts>(key: K, value: PlanFacts[K] | undefined) => {
    if (value !== undefined) facts[key] = value;
  };
  set('event', str(transaction?.type));
  set('effective_date', str(transaction?.effective_date));
  set('entity_name', str(entity?.name));
  set('total_individuals', num(counts?.total_individuals));
  set('sensitive_individuals', sensitive);
  set('minors_under_14', minors);
  set('counts_as_of', str(counts?.as_of));
  set('turnover_cny', num(entity?.prior_year_turnover_cny));
  set(
    'default_owner',
    person(governance?.liquidation_data_lead) ?? person(liquidation?.data_lead) ?? person(governance?.pipo) ?? person(pipo) ?? person(governance?.accountable_executive),
  );
  return facts;
}
