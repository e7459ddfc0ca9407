import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_BY_GROUP } from '../../src/evidence/catalog.js';
import { deriveEvidenceRequests } from '../../src/evidence/requests.js';
import { makeFinding } from './helpers/factory.js';

describe('evidence requests', () => {
  it('has a specific, bilingual request for every section of the plan schema', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/plan.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    const sections = Object.keys(schema.properties).filter((k) => k !== 'schema_version' && k !== 'notes' && !k.startsWith('$'));
    expect(sections.filter((k) => !(k in EVIDENCE_BY_GROUP))).toEqual([]);
    for (const text of Object.values(EVIDENCE_BY_GROUP)) {
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en).toMatch(/^[A-Z]/);
    }
  });

  it('makes one request per field group of open findings, deduplicated and sorted, across plans', () => {
    const requests = deriveEvidenceRequests([
      makeFinding({ rule_id: 'B-1', target_pointer: '/pi_transfers/0/legal_basis', file: 'b.yaml' }),
      makeFinding({ rule_id: 'A-1', target_pointer: '/pi_transfers/2', file: 'a.yaml' }),
      makeFinding({ rule_id: 'A-1', target_pointer: '/encryption/at_rest', file: 'a.yaml' }),
      makeFinding({ rule_id: 'W-1', target_pointer: '/governance', status: 'waived' }),
      makeFinding({ rule_id: 'C-1', target_pointer: '/made_up_section/x' }),
      makeFinding({ rule_id: 'R-1', target_pointer: '', pointer: '' }),
    ]);
    expect(requests.map((r) => [r.group, r.rule_ids, r.files])).toEqual([
      ['encryption', ['A-1'], ['a.yaml']],
      ['made_up_section', ['C-1'], ['plans/plan.yaml']],
      ['pi_transfers', ['A-1', 'B-1'], ['a.yaml', 'b.yaml']],
    ]);
    expect(requests[1]!.request.en).toBe('Documents evidencing the plan field "made_up_section"');
    expect(requests[2]!.request).toBe(EVIDENCE_BY_GROUP.pi_transfers);
  });
});
