import type { Category, Finding, FindingStatus, LegalBasis, Severity } from '../../src/findings/types.js';
import type { RuleMeta } from '../../src/rules/types.js';
import type { PlanFacts } from '../../src/risk/plan-facts.js';

let counter = 0;

/** A synthetic finding; only what the risk model reads matters. */
export function makeFinding(over: Partial<Finding> & { severity?: Severity; category?: Category } = {}): Finding {
  counter++;
  const rule = over.rule_id ?? `TEST-RULE-${String(counter).padStart(3, '0')}`;
  return {
    rule_id: rule,
    severity: 'high',
    category: 'transfer-handover',
    title: { zh: '标题', en: 'Title' },
    message: { zh: '消息', en: 'Message' },
    location: { file: 'plan.yaml', pointer: '/x', line: 3, column: 1 },
    target_pointer: '/x',
    legal_basis: [{ instrument: 'PIPL', article: '22', verification: 'V' }],
    remediation: { zh: '整改', en: 'Fix it' },
    fingerprint: `fp-${rule}-${counter}`,
    status: 'open' as FindingStatus,
    unverified_basis: false,
    ...over,
  };
}

export function makeRule(id: string, over: Partial<RuleMeta> & { risk?: unknown } = {}): RuleMeta {
  return {
    id,
    title: { zh: '规则', en: 'Rule' },
    description: { zh: '说明', en: 'Description' },
    message: { zh: '消息', en: 'Message' },
    category: 'transfer-handover',
    severity: 'high',
    legal_basis: [] as LegalBasis[],
    remediation: { zh: '整改', en: 'Fix' },
    references: [],
    tags: [],
    engine: 'yaml',
    source: { file: 'rules.yaml', line: 1 },
    ...over,
  } as RuleMeta;
}

/** Plan facts with nothing that adjusts risk, counts given and dated. */
export function quietFacts(over: Partial<PlanFacts> = {}): PlanFacts {
  return {
    file: 'plan.yaml',
    has_sensitive: false,
    important_data: false,
    cross_border_flows: 0,
    total_individuals: 500_000,
    counts_as_of: '2026-06-30',
    ...over,
  };
}
