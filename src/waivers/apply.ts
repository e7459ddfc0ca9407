import type { AppliedWaiver, Finding } from '../findings/types.js';
import type { WaiverNotice } from '../reports/model.js';
import { waiverMatches } from './match.js';
import { waiverStanding } from './standing.js';
import type { Waiver } from './types.js';

export interface WaiverOutcome {
  findings: Finding[];
  notices: WaiverNotice[];
}

/**
 * Marks open findings covered by an in-force waiver as `waived` (the first matching waiver in file
 * order wins). An expired waiver leaves its findings open and yields an `expired` notice; an in-force
 * waiver that covers nothing yields an `unmatched` notice. Findings are never dropped.
 */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], today: string, cwd: string = process.cwd()): WaiverOutcome {
  // In-force waivers by rule id, in file order (a finding only ever looks at its rule's waivers).
  const inForce = new Map<string, Waiver[]>();
  for (const w of waivers) {
    if (waiverStanding(w, today) !== 'in_force') continue;
    const list = inForce.get(w.rule);
    if (list) list.push(w);
    else inForce.set(w.rule, [w]);
  }
  const used = new Set<Waiver>();
  const out = findings.map((finding) => {
    if (finding.status !== 'open') return finding;
    const waiver = inForce.get(finding.rule_id)?.find((w) => waiverMatches(w, finding, cwd));
    if (!waiver) return finding;
    used.add(waiver);
    return { ...finding, status: 'waived' as const, waiver: applied(waiver) };
  });
  const notices: WaiverNotice[] = [];
  for (const waiver of waivers) {
    const kind = waiverStanding(waiver, today) === 'expired' ? 'expired' : used.has(waiver) ? undefined : 'unmatched';
    if (kind) notices.push({ waiver_id: waiver.id, kind, file: waiver.source.file, line: waiver.source.line, column: waiver.source.column });
  }
  return { findings: out, notices };
}

function applied(w: Waiver): AppliedWaiver {
  return {
    id: w.id,
    justification: w.justification,
    owner: w.owner,
    approved_by: w.approved_by,
    approved_on: w.approved_on,
    expires_on: w.expires_on,
  };
}
