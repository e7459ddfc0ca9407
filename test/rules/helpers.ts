import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parsePlan } from '../../src/plan/load.js';
import type { PlanDocument } from '../../src/plan/document.js';
import { loadYamlRuleFile } from '../../src/rules/yaml/load-rule-file.js';
import type { YamlRule } from '../../src/rules/yaml/yaml-rule.js';
import type { RawHit } from '../../src/rules/types.js';

export function tempDir(prefix = 'pipl-rules-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A complete rule with sensible metadata; `overrides` replace top-level keys. */
export function ruleObject(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'TEST-RULE-001',
    title: { zh: '测试规则', en: 'Test rule' },
    description: { zh: '用于测试。', en: 'For tests.' },
    message: { zh: '{field} 不符合要求：应{expected}', en: '{field} fails: it should be {expected}' },
    remediation: { zh: '修正它。', en: 'Fix it.' },
    category: 'transfer-handover',
    severity: 'high',
    legal_basis: [{ instrument: 'PIPL', article: '22', verification: 'V' }],
    check: { require: { field: '$.a', present: true } },
    ...overrides,
  };
}

/** Writes a rule file as `<dir>/<id>/rule.yaml` (or raw text) and returns its path. */
export function writeRule(dir: string, rule: Record<string, unknown> | string, id = 'TEST-RULE-001'): string {
  const folder = join(dir, id);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'rule.yaml');
  writeFileSync(file, typeof rule === 'string' ? rule : stringify(rule));
  return file;
}

export function compileRule(rule: Record<string, unknown>): YamlRule {
  const dir = tempDir();
  return loadYamlRuleFile(writeRule(dir, rule, String(rule.id ?? 'TEST-RULE-001')));
}

export function planOf(data: unknown, file = 'plan.yaml'): PlanDocument {
  return parsePlan(file, new TextEncoder().encode(stringify(data)));
}

export function evaluate(rule: YamlRule, data: unknown, today = '2026-01-01'): RawHit[] {
  return rule.evaluate(planOf(data), { today, cache: new Map() }) as RawHit[];
}

export function pointers(rule: YamlRule, data: unknown, today?: string): string[] {
  return evaluate(rule, data, today).map((hit) => hit.pointer);
}
