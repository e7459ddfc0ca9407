import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { isValidUscc } from '../../src/plan/uscc.js';
import { parsePlan } from '../../src/plan/load.js';
import { validatePlan } from '../../src/plan/validate.js';

const root = join(import.meta.dirname, '..', '..');
const schemaFile = join(root, 'schemas', 'plan.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
type Node = Record<string, unknown>;

/** A bare ajv 2020 in full strict mode that knows only our annotation keywords and formats. */
function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajvFormats.default(ajv);
  for (const keyword of ['x-description-zh', 'x-pipl-id', 'x-pipl-ref', 'markdownDescription', 'markdownEnumDescriptions']) ajv.addKeyword(keyword);
  ajv.addFormat('uscc', { type: 'string', validate: isValidUscc });
  return ajv;
}
const validate = strictAjv().compile(schema);

/** Every subschema with the path that leads to it. */
function* walk(node: unknown, path: string): Generator<[string, Node]> {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const n = node as Node;
  yield [path, n];
  for (const key of ['properties', '$defs'] as const) {
    const children = n[key] as Record<string, unknown> | undefined;
    if (children) for (const [name, child] of Object.entries(children)) yield* walk(child, `${path}/${key}/${name}`);
  }
  if (n.items) yield* walk(n.items, `${path}/items`);
}
const nodes = [...walk(schema, '#')];
const minimal = { schema_version: '1', transaction: { type: 'dissolution_liquidation' }, entity: { name: '某某有限公司' } };

describe('plan schema', () => {
  it('compiles with ajv 2020 in strict mode', () => {
    expect(validate(minimal)).toBe(true);
  });

  it('is generated from tools/plan-schema and up to date', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'tools', 'plan-schema', 'build.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('gives every property and every shared shape an English and a Chinese description', () => {
    const missing = nodes
      .filter(([path]) => /\/(properties|\$defs)\/[^/]+$/.test(path))
      .filter(([, n]) => typeof n.description !== 'string' || typeof n['x-description-zh'] !== 'string' || !/[\u4e00-\u9fff]/.test(String(n['x-description-zh'])))
      .map(([path]) => path);
    expect(missing).toEqual([]);
    expect(nodes.length).toBeGreaterThan(500);
  });

  it('has non-empty enums and explains every value in both languages', () => {
    const enums = nodes.filter(([, n]) => Array.isArray(n.enum));
    expect(enums.length).toBeGreaterThan(60);
    for (const [path, n] of enums) {
      const values = n.enum as string[];
      expect(values.length, path).toBeGreaterThan(0);
      for (const value of values) {
        expect(String(n.description), `${path} ${value}`).toContain(`\`${value}\``);
        expect(String(n['x-description-zh']), `${path} ${value}`).toContain(`\`${value}\``);
      }
    }
  });

  it('gives every value of a closed list its own editor description', () => {
    for (const [path, n] of nodes.filter(([, n]) => Array.isArray(n.enum))) {
      const texts = n.markdownEnumDescriptions as string[];
      expect(texts, path).toHaveLength((n.enum as unknown[]).length);
      for (const text of texts) expect(text, path).toMatch(/^[^｜]+｜[^｜]+$/);
    }
  });

  it('requires the id of every list entry that defines one', () => {
    const definers = nodes.filter(([path, n]) => n['x-pipl-id'] !== undefined && /\/items\/properties\/id$/.test(path));
    expect(definers.length).toBe(7);
    for (const [path] of definers) {
      const owner = nodes.find(([p]) => p === path.replace(/\/properties\/id$/, ''))![1];
      expect(owner.required, path).toContain('id');
    }
  });

  it('closes every object so unknown keys are rejected', () => {
    const open = nodes.filter(([, n]) => n.type === 'object' && n.additionalProperties !== false).map(([p]) => p);
    expect(open).toEqual([]);
  });

  it('uses snake_case for every property name', () => {
    const bad = nodes
      .map(([p]) => /\/properties\/([^/]+)$/.exec(p)?.[1])
      .filter((k): k is string => k !== undefined && k !== '$schema' && !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(k));
    expect(bad).toEqual([]);
  });

  it('defines every id kind that is referenced', () => {
    const defined = new Set(nodes.map(([, n]) => n['x-pipl-id']).filter(Boolean));
    const referenced = new Set(nodes.map(([, n]) => n['x-pipl-ref']).filter(Boolean));
    expect([...referenced].filter((k) => !defined.has(k))).toEqual([]);
    expect(defined).toEqual(new Set(['dataset', 'party', 'system', 'transfer', 'retention_record', 'cross_border_flow', 'pia']));
  });

  it('marks dates with format date', () => {
    const dateLike = nodes.filter(([p, n]) => /\/properties\/[^/]*(_on|_date|_until|^date)$/.test(p) && n.type === 'string');
    expect(dateLike.length).toBeGreaterThan(50);
    for (const [p, n] of dateLike) expect(n.format, p).toBe('date');
  });

  it('rejects unknown keys at the top and deep inside', () => {
    expect(validate({ ...minimal, extra: 1 })).toBe(false);
    expect(validate({ ...minimal, data_inventory: [{ id: 'crm', colour: 'red' }] })).toBe(false);
    expect(validate({ ...minimal, handover: { backup: { taken: true, verified: true } } })).toBe(false);
  });

  it('requires schema_version "1", the event type and the entity name', () => {
    expect(validate({ transaction: minimal.transaction, entity: minimal.entity })).toBe(false);
    expect(validate({ ...minimal, schema_version: '2' })).toBe(false);
    expect(validate({ ...minimal, transaction: {} })).toBe(false);
    expect(validate({ ...minimal, entity: { uscc: '91310115MA1H7X3K2G' } })).toBe(false);
  });

  it('rejects malformed values', () => {
    const bad: Record<string, unknown>[] = [
      { transaction: { type: 'ipo' } },
      { transaction: { type: 'asset_sale', effective_date: '2026-13-01' } },
      { transaction: { type: 'asset_sale', effective_date: '30/06/2026' } },
      { entity: { name: 'x', uscc: '91310115MA1H7X3K2A' } },
      { entity: { name: 'x', is_cii_operator: 'yes' } },
      { subject_counts: { total_individuals: -1 } },
      { subject_counts: { total_individuals: 1.5 } },
      { data_inventory: [{ id: 'CRM Export' }] },
      { data_inventory: [{ id: 'crm', sensitive_basis: ['financial_account', 'financial_account'] }] },
      { notices: { transfer: { reach_rate: 95 } } },
      { rights_channel: { contact: {} } },
      { parties: [{ id: 'a', name: 'A', jurisdiction: 'China' }] },
      { parties: [{ name: 'no id' }] },
      { pi_transfers: [{ id: 't1', legal_basis: 'consent' }] },
      { cross_border: { flows: [{ id: 'f', mechanism: 'binding_corporate_rules' }] } },
    ];
    for (const patch of bad) expect(validate({ ...minimal, ...patch }), JSON.stringify(patch)).toBe(false);
  });

  it('accepts the well-formed counterparts', () => {
    const good: Record<string, unknown>[] = [
      { entity: { name: 'x', uscc: '91310115MA1H7X3K2G', is_cii_operator: false } },
      { $schema: '../schemas/plan.schema.json' },
      { subject_counts: { total_individuals: 0, as_of: '2026-02-28' } },
      { notices: { transfer: { reach_rate: 0.95 } } },
      { parties: [{ id: 'buyer-1', name: 'B', jurisdiction: 'CN', roles: ['buyer'] }] },
    ];
    for (const patch of good) expect(validate({ ...minimal, ...patch }), JSON.stringify(patch)).toBe(true);
  });
});

describe('examples', () => {
  const dir = join(root, 'examples');
  const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

  it('include the scenario plans, the compliant merger and a JSON plan', () => {
    expect(files).toEqual(expect.arrayContaining(['s1-ecommerce-bankruptcy.yaml', 's4-simplified-deregistration.yaml', 's6-saas-dissolution.yaml', 'compliant-merger.yaml', 'share-sale.json']));
  });

  for (const file of files) {
    it(`${file} is valid, with every reference resolved`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      if (file.endsWith('.yaml')) expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
      const doc = parsePlan(file, new TextEncoder().encode(text));
      expect(validate(doc.data), JSON.stringify(validate.errors)).toBe(true);
      expect(validatePlan(doc).map((d) => `${d.line}: ${JSON.stringify(d)}`)).toEqual([]);
    });
  }
});
