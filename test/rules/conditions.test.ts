import { describe, expect, it } from 'vitest';
import { compileRule, evaluate, planOf, pointers, ruleObject } from './helpers.js';

/** A rule whose only check is `require` on each node of `select`. */
function rule(require: unknown, extra: Record<string, unknown> = {}) {
  return compileRule(ruleObject({ check: { select: '$.items[*]', require, ...extra } }));
}

describe('presence tests', () => {
  const present = rule({ field: '@.name', present: true });
  it('fires for a missing or null field and stays quiet for a present one', () => {
    expect(pointers(present, { items: [{ name: 'a' }, {}, { name: null }, { name: '' }] })).toEqual(['/items/1/name', '/items/2/name']);
  });
  it('present: false fires when the field exists', () => {
    expect(pointers(rule({ field: '@.raw_pi', present: false }), { items: [{ raw_pi: true }, {}] })).toEqual(['/items/0/raw_pi']);
  });
  it('non_empty rejects empty strings, lists and mappings', () => {
    const r = rule({ field: '@.x', non_empty: true });
    expect(pointers(r, { items: [{ x: '  ' }, { x: [] }, { x: {} }, { x: 'ok' }, { x: [1] }, { x: 0 }, { x: false }] })).toEqual([
      '/items/0/x',
      '/items/1/x',
      '/items/2/x',
    ]);
  });
});

describe('value tests', () => {
  it('equals compares JSON values exactly', () => {
    const r = rule({ field: '@.flag', equals: true });
    expect(pointers(r, { items: [{ flag: true }, { flag: 'true' }, {}] })).toEqual(['/items/1/flag', '/items/2/flag']);
  });
  it('one_of accepts listed values only', () => {
    const r = rule({ field: '@.basis', one_of: ['pipl_22', 'pipl_23'] });
    expect(pointers(r, { items: [{ basis: 'pipl_22' }, { basis: 'none' }, {}] })).toEqual(['/items/1/basis', '/items/2/basis']);
  });
  it('matches applies a regular expression to strings', () => {
    const r = rule({ field: '@.uscc', matches: '^[0-9A-Z]{18}$' });
    expect(pointers(r, { items: [{ uscc: '91310000MA1FL0000X' }, { uscc: 'short' }, { uscc: 123 }] })).toEqual(['/items/1/uscc', '/items/2/uscc']);
  });
  it('type checks JSON types and ISO dates', () => {
    expect(pointers(rule({ field: '@.d', type: 'date' }), { items: [{ d: '2025-02-30' }, { d: '2025-02-28' }, { d: '2025-02-28T10:00:00Z' }] })).toEqual([
      '/items/0/d',
    ]);
    expect(pointers(rule({ field: '@.n', type: 'integer' }), { items: [{ n: 1.5 }, { n: 2 }] })).toEqual(['/items/0/n']);
  });
  it('contains looks into lists and strings', () => {
    const r = rule({ field: '@.channels', contains: 'sms' });
    expect(pointers(r, { items: [{ channels: ['sms', 'email'] }, { channels: ['email'] }, { channels: 'sms,email' }, {}] })).toEqual([
      '/items/1/channels',
      '/items/3/channels',
    ]);
  });
});

describe('numeric tests', () => {
  it('compares with constants', () => {
    const r = rule({ field: '@.n', gte: 10, lt: 20 });
    expect(pointers(r, { items: [{ n: 9 }, { n: 10 }, { n: 19 }, { n: 20 }, { n: '15' }] })).toEqual(['/items/0/n', '/items/3/n', '/items/4/n']);
  });
  it('compares two fields and stays quiet when the other field is missing', () => {
    const r = rule({ field: '@.obtained', lte: { field: '@.total' } });
    expect(pointers(r, { items: [{ obtained: 5, total: 4 }, { obtained: 4, total: 4 }, { obtained: 5 }] })).toEqual(['/items/0/obtained']);
  });
  it('gt and lte are strict and inclusive', () => {
    expect(pointers(rule({ field: '@.n', gt: 1 }), { items: [{ n: 1 }, { n: 2 }] })).toEqual(['/items/0/n']);
    expect(pointers(rule({ field: '@.n', lte: 1 }), { items: [{ n: 1 }, { n: 2 }] })).toEqual(['/items/1/n']);
  });
});

describe('date tests', () => {
  const notice = rule({ field: '@.published_on', on_or_before: { field: '@.cessation_date', offset_days: -30 } });
  it('"published at least 30 days before cessation"', () => {
    const data = {
      items: [
        { published_on: '2025-01-01', cessation_date: '2025-01-31' }, // exactly 30 days: quiet
        { published_on: '2025-01-02', cessation_date: '2025-01-31' }, // 29 days: fires
        { cessation_date: '2025-01-31' }, // no notice: fires
        { published_on: '2025-01-01' }, // no cessation date: nothing to compare
        { published_on: 'soon', cessation_date: '2025-01-31' }, // not a date: fires
      ],
    };
    expect(pointers(notice, data)).toEqual(['/items/1/published_on', '/items/2/published_on', '/items/4/published_on']);
  });
  it('compares with today (--now) and an offset', () => {
    const r = rule({ field: '@.expires_on', after: { now: true, offset_days: 7 } });
    const data = { items: [{ expires_on: '2026-01-08' }, { expires_on: '2026-01-09' }] };
    expect(pointers(r, data, '2026-01-01')).toEqual(['/items/0/expires_on']);
    expect(pointers(r, data, '2025-12-01')).toEqual([]);
  });
  it('compares with a literal date; before and on_or_after are strict and inclusive', () => {
    expect(pointers(rule({ field: '@.d', before: '2025-06-01' }), { items: [{ d: '2025-05-31' }, { d: '2025-06-01' }] })).toEqual(['/items/1/d']);
    expect(pointers(rule({ field: '@.d', on_or_after: '2025-06-01' }), { items: [{ d: '2025-05-31' }, { d: '2025-06-01' }] })).toEqual([
      '/items/0/d',
    ]);
  });
});

describe('counts', () => {
  it('counts matches of a relative query, located at its container', () => {
    const r = rule({ count: '@.steps[*]', gte: 2 });
    expect(pointers(r, { items: [{ steps: [1, 2] }, { steps: [1] }, {}] })).toEqual(['/items/1/steps', '/items/2/steps']);
  });
  it('counts matches of a filter across the plan', () => {
    const r = compileRule(ruleObject({ check: { require: { count: '$.data[?@.sensitive == true]', lte: 1 } } }));
    expect(pointers(r, { data: [{ sensitive: true }, { sensitive: true }, { sensitive: false }] })).toEqual(['/data']);
    expect(pointers(r, { data: [{ sensitive: true }, { sensitive: false }] })).toEqual([]);
  });
});

describe('each', () => {
  const r = compileRule(
    ruleObject({
      message: { zh: '{field}：{expected}', en: '{field} {expected}' },
      check: { require: { field: '$.data', non_empty: true, each: [{ field: '@.id', present: true }, { field: '@.n', gte: 1 }] } },
    }),
  );
  it('checks every element, each failure at the element', () => {
    expect(pointers(r, { data: [{ id: 'a', n: 1 }, { n: 0 }, { id: 'c' }] })).toEqual(['/data/1/id', '/data/1/n', '/data/2/n']);
    expect(evaluate(r, { data: [{ n: 1 }] })[0]!.params).toMatchObject({ field: 'id', pointer: '/data/0/id' });
  });
  it('with non_empty, reports a missing or empty list once', () => {
    expect(pointers(r, {})).toEqual(['/data']);
    expect(pointers(r, { data: [] })).toEqual(['/data']);
  });
  it('alone, holds for a missing list and fails for a non-list', () => {
    const alone = rule({ field: '@.list', each: { field: '@.x', present: true } });
    expect(pointers(alone, { items: [{}, { list: [{ x: 1 }] }, { list: 'x' }] })).toEqual(['/items/2/list']);
  });
});

describe('combinators', () => {
  it('all reports every failing part', () => {
    const r = rule({ all: [{ field: '@.a', present: true }, { field: '@.b', present: true }] });
    expect(pointers(r, { items: [{}] })).toEqual(['/items/0/a', '/items/0/b']);
  });
  it('a list means all', () => {
    const r = rule([{ field: '@.a', present: true }, { field: '@.b', present: true }]);
    expect(pointers(r, { items: [{ a: 1 }] })).toEqual(['/items/0/b']);
  });
  it('any holds when one part holds and otherwise blames the first part', () => {
    const r = rule({ any: [{ field: '@.consent', equals: true }, { field: '@.basis', equals: 'pipl_22' }] });
    expect(pointers(r, { items: [{ consent: true }, { basis: 'pipl_22' }, { basis: 'x' }] })).toEqual(['/items/2/consent']);
  });
  it('not fails where its inner condition holds', () => {
    const r = rule({ not: { field: '@.method', equals: 'email_plaintext' } });
    expect(pointers(r, { items: [{ method: 'sftp' }, { method: 'email_plaintext' }] })).toEqual(['/items/1/method']);
  });
});

describe('lookups across sections', () => {
  const r = rule({ field: '@.recipient_ref', found_in: { select: '$.recipients[*]', require: { field: '@.contact', present: true } } });
  it('reports dangling references at the reference and incomplete targets at the target', () => {
    const data = {
      recipients: [{ id: 'R1', contact: 'x' }, { id: 'R2' }],
      items: [{ recipient_ref: 'R1' }, { recipient_ref: 'R2' }, { recipient_ref: 'R3' }, { recipient_ref: 'R2' }],
    };
    expect(pointers(r, data)).toEqual(['/recipients/1/contact', '/items/2/recipient_ref']);
  });
  it('checks every id of a list', () => {
    const list = rule({ field: '@.dataset_ids', found_in: { select: '$.data_inventory[*]' } });
    expect(pointers(list, { data_inventory: [{ id: 'D1' }], items: [{ dataset_ids: ['D1', 'D9'] }] })).toEqual(['/items/0/dataset_ids/1']);
  });
  it('uses a custom key', () => {
    const vault = compileRule(
      ruleObject({
        check: {
          select: '$.data_inventory[?@.disposition == "retain_legal"]',
          require: { field: '@.id', found_in: { select: '$.retention_vault[*]', key: '@.dataset_id' } },
        },
      }),
    );
    const data = {
      data_inventory: [
        { id: 'D1', disposition: 'retain_legal' },
        { id: 'D2', disposition: 'retain_legal' },
        { id: 'D3', disposition: 'delete' },
      ],
      retention_vault: [{ dataset_id: 'D1' }],
    };
    expect(pointers(vault, data)).toEqual(['/data_inventory/1/id']);
  });
  it('builds each id index once per plan', () => {
    const ctx = { today: '2026-01-01', cache: new Map<string, unknown>() };
    const plan = { recipients: [{ id: 'R1', contact: 'c' }], items: [{ recipient_ref: 'R1' }, { recipient_ref: 'R1' }] };
    r.evaluate(planOf(plan), ctx);
    expect([...ctx.cache.keys()].filter((k) => k.startsWith('found_in'))).toHaveLength(1);
  });
});

describe('applies_when, where and params', () => {
  const scoped = compileRule(
    ruleObject({
      applies_when: [{ event_in: ['dissolution_liquidation'] }, { field: '$.subject_counts.total_individuals', gte: 1000000 }],
      message: { zh: '数据集 {dataset} 缺少 {field}', en: 'dataset {dataset} lacks {field}' },
      check: {
        select: '$.data_inventory[*]',
        where: { field: '@.sensitive', equals: true },
        require: { field: '@.encrypted', equals: true },
        params: { dataset: '@.id' },
      },
    }),
  );
  const plan = (type: string, total: number) => ({
    transaction: { type },
    subject_counts: { total_individuals: total },
    data_inventory: [
      { id: 'D1', sensitive: true },
      { id: 'D2', sensitive: false },
    ],
  });
  it('runs only where applies_when holds', () => {
    expect(pointers(scoped, plan('dissolution_liquidation', 2000000))).toEqual(['/data_inventory/0/encrypted']);
    expect(pointers(scoped, plan('merger_absorption', 2000000))).toEqual([]);
    expect(pointers(scoped, plan('dissolution_liquidation', 10))).toEqual([]);
    expect(pointers(scoped, { data_inventory: [{ id: 'D1', sensitive: true }] })).toEqual([]);
  });
  it('fills params from the checked node', () => {
    expect(evaluate(scoped, plan('dissolution_liquidation', 2000000))[0]!.params).toMatchObject({ dataset: 'D1', field: 'encrypted', node: '/data_inventory/0' });
  });
});
