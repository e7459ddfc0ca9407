import type { Finding } from '../findings/types.js';
import { parsePointer } from '../plan/json-pointer.js';
import { EVIDENCE_BY_GROUP, genericEvidence } from './catalog.js';
import type { EvidenceRequest } from './types.js';

/** The top-level plan field a finding is about (`/pi_transfers/0/legal_basis` -> `pi_transfers`). */
export function fieldGroupOf(finding: Finding): string {
  const tokens = parsePointer(finding.target_pointer || finding.location.pointer);
  return tokens[0] ?? '';
}

/**
 * The documents to request from a target: one per field group that an open finding points into,
 * deduplicated across findings and plans, sorted by group. Findings on the plan root are skipped
 * (they name no field to document).
 */
export function deriveEvidenceRequests(findings: readonly Finding[]): EvidenceRequest[] {
  const byGroup = new Map<string, { rules: Set<string>; files: Set<string> }>();
  for (const finding of findings) {
    if (finding.status !== 'open') continue;
    const group = fieldGroupOf(finding);
    if (group === '') continue;
    let entry = byGroup.get(group);
    if (!entry) {
      entry = { rules: new Set(), files: new Set() };
      byGroup.set(group, entry);
    }
    entry.rules.add(finding.rule_id);
    entry.files.add(finding.location.file);
  }
  return [...byGroup.keys()].sort().map((group) => {
    const entry = byGroup.get(group)!;
    return {
      group,
      request: Object.prototype.hasOwnProperty.call(EVIDENCE_BY_GROUP, group) ? EVIDENCE_BY_GROUP[group]! : genericEvidence(group),
      rule_ids: [...entry.rules].sort(),
      files: [...entry.files].sort(),
    };
  });
}
