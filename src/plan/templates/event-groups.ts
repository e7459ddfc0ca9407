/**
 * Which parts of a plan matter for which corporate event. The template for an event shows only
 * those parts, so that a share sale does not start with a deregistration checklist.
 */
export const TRANSFERRING_EVENTS: ReadonlySet<string> = new Set([
  'merger_absorption',
  'merger_new_entity',
  'division',
  'dissolution_liquidation',
  'bankruptcy_liquidation',
  'bankruptcy_reorganisation',
  'asset_sale',
  'business_line_transfer',
]);

/** Events after which the company (or the selling unit's data holder) no longer exists. */
export const ENDING_EVENTS: ReadonlySet<string> = new Set([
  'merger_absorption',
  'merger_new_entity',
  'division',
  'dissolution_liquidation',
  'bankruptcy_liquidation',
  'simplified_deregistration',
]);

/** Events in which the company stops serving its customers itself. */
export const CEASING_EVENTS: ReadonlySet<string> = new Set(['dissolution_liquidation', 'bankruptcy_liquidation', 'simplified_deregistration']);

/** Sales with bidders or a buyer who looks at the data first. */
export const DUE_DILIGENCE_EVENTS: ReadonlySet<string> = new Set([
  'merger_absorption',
  'merger_new_entity',
  'division',
  'bankruptcy_liquidation',
  'bankruptcy_reorganisation',
  'asset_sale',
  'share_sale',
  'business_line_transfer',
]);

/** Events where the default route is PIPL Art. 23 (separate consent) rather than Art. 22 (catalogue §1.2, engine default). */
export const ARTICLE_23_EVENTS: ReadonlySet<string> = new Set(['asset_sale', 'business_line_transfer']);

export const BANKRUPTCY_EVENTS: ReadonlySet<string> = new Set(['bankruptcy_liquidation', 'bankruptcy_reorganisation']);

/** The deregistration type that follows an ending event. */
export function deregistrationTypeFor(event: string): 'merger' | 'simplified' | 'court_ordered' | 'ordinary' {
  if (event === 'merger_absorption' || event === 'merger_new_entity') return 'merger';
  if (event === 'simplified_deregistration') return 'simplified';
  if (event === 'bankruptcy_liquidation') return 'court_ordered';
  return 'ordinary';
}

/** The roles of the party that receives the data. */
export function recipientRolesFor(event: string): string[] {
  if (event === 'merger_absorption' || event === 'merger_new_entity' || event === 'division') return ['successor', 'recipient', 'custodian'];
  return ['buyer', 'recipient'];
}
