import { describe, expect, it } from 'vitest';
import { buildFinding } from '../../src/findings/build.js';
import { compileRule, planOf, ruleObject } from './helpers.js';

/** The rendered finding messages of a rule on a plan, in both languages, as the CLI prints them. */
function messages(require: unknown, data: unknown, message = { zh: '要求 {field} {expected}，实际为 {value}。', en: '{field} {expected} is required; found {value}.' }) {
  const rule = compileRule(ruleObject({ message, check: { require } }));
  const plan = planOf(data);
  return rule.evaluate(plan, { today: '2026-05-01', cache: new Map() }).map((hit) => buildFinding(rule.meta, hit, plan).message);
}

describe('finding messages name each field once', () => {
  it('an `any` of fields starts with the first field and does not repeat it', () => {
    const require = { any: [{ field: '$.contact.phone', non_empty: true }, { field: '$.contact.email', non_empty: true }] };
    expect(messages(require, { contact: {} })).toEqual([
      {
        zh: '要求 contact.phone 已填写且不为空，或 contact.email 已填写且不为空，实际为 （缺失）。',
        en: 'contact.phone is present and not empty, or contact.email is present and not empty is required; found (missing).',
      },
    ]);
  });

  it('alternatives about the same field share it', () => {
    const require = { any: [{ field: '$.status', equals: 'a' }, { field: '$.status', equals: 'b' }] };
    expect(messages(require, { status: 'c' })).toEqual([
      { zh: '要求 status 等于 a，或 等于 b，实际为 c。', en: 'status equals a, or equals b is required; found c.' },
    ]);
  });

  it('`not` is put in positive words, De Morgan for groups', () => {
    const require = {
      any: [
        { field: '$.evidence', non_empty: true },
        { not: { any: [{ field: '$.shredding', equals: true }, { field: '$.method', one_of: ['crypto'] }] } },
      ],
    };
    expect(messages(require, { shredding: true })).toEqual([
      {
        zh: '要求 evidence 已填写且不为空，或 （shredding 不等于 true，且 method 不等于 crypto），实际为 （缺失）。',
        en: 'evidence is present and not empty, or (shredding does not equal true, and method does not equal crypto) is required; found (missing).',
      },
    ]);
    expect(messages({ not: { field: '$.n', gte: 3 } }, { n: 5 })).toEqual([{ zh: '要求 n 小于 3，实际为 5。', en: 'n is less than 3 is required; found 5.' }]);
  });

  it('a group that starts with a group leaves {field} empty without a double space', () => {
    const require = { any: [{ all: [{ field: '$.a', equals: 1 }, { field: '$.b', equals: 2 }] }, { field: '$.c', present: true }] };
    expect(messages(require, { a: 0, b: 2 })).toEqual([
      { zh: '要求 （a 等于 1，且 b 等于 2），或 c 已填写，实际为 0。', en: '(a equals 1, and b equals 2), or c is present is required; found 0.' },
    ]);
  });

  it('a count of query matches is described in words, not JSONPath', () => {
    const require = { count: "$.pia[?@.scope && (@.completed_on && !@.draft)]", gte: 1 };
    expect(messages(require, { pia: [{ scope: 'x' }] })).toEqual([
      {
        zh: '要求 pia 中满足“scope 已填写 且 completed_on 已填写 且 draft 未填写”的条目数 大于等于 1，实际为 0。',
        en: 'the number of entries in pia where scope is present and completed_on is present and draft is absent is at least 1 is required; found 0.',
      },
    ]);
    const channels = { count: "$.channels[?@ == 'sms' || @ == 'email']", gte: 1 };
    expect(messages(channels, { channels: ['fax'] })[0]!.en).toBe('the number of entries in channels where the value is one of sms, email is at least 1 is required; found 0.');
    const paper = { count: "$.inventory[?@.media[?@ == 'paper']]", lte: 0 };
    expect(messages(paper, { inventory: [{ media: ['paper'] }] })).toEqual([
      { zh: '要求 inventory 中满足“media 包含 paper”的条目数 小于等于 0，实际为 1。', en: 'the number of entries in inventory where media contains paper is at most 0 is required; found 1.' },
    ]);
  });

  it('a count whose filter has no words keeps the query text', () => {
    const require = { count: '$.items[?length(@.name) > 3]', gte: 1 };
    expect(messages(require, { items: [] })[0]!.en).toBe('the number of matches of $.items[?length(@.name) > 3] is at least 1 is required; found 0.');
  });

  it('a bare @ is "the value"', () => {
    const require = { field: '$.purposes', each: { field: '@', one_of: ['tax', 'audit'] } };
    expect(messages(require, { purposes: ['tax', 'ads'] })).toEqual([
      { zh: '要求 该值 为以下之一：tax、audit，实际为 ads。', en: 'the value is one of tax, audit is required; found ads.' },
    ]);
  });

  it('a lookup names the selected entries in words and brackets a compound requirement', () => {
    const require = {
      field: '$.transfer.recipient',
      found_in: { select: "$.parties[?@.kind == 'buyer']", key: '@.id', require: [{ field: '@.contact', non_empty: true }, { field: '@.name', present: true }] },
    };
    expect(messages(require, { transfer: { recipient: 'x' }, parties: [{ id: 'y', kind: 'buyer' }] })).toEqual([
      {
        zh: '要求 transfer.recipient 出现在 parties 中满足“kind 等于 buyer”的条目的 id 中，且所指条目满足：（contact 已填写且不为空，且 name 已填写），实际为 x。',
        en: 'transfer.recipient appears as the id of entries in parties where kind equals buyer, where for the entry found: (contact is present and not empty, and name is present) is required; found x.',
      },
    ]);
  });

  it('a met alternative produces no message', () => {
    const require = { any: [{ field: '$.a', present: true }, { field: '$.b', present: true }] };
    expect(messages(require, { b: 1 })).toEqual([]);
  });
});
