import { describe, expect, it } from 'vitest';
import { parseTurnover } from '../../src/cli/commands/assess.js';
import { UserError } from '../../src/errors/user-error.js';
import { addDays, dueDate, isoDay } from '../../src/reports/assess/due-dates.js';
import { fineText, formatCny, formatCount } from '../../src/reports/assess/format.js';
import { parseOutputTargets } from '../../src/reports/assess/output-targets.js';

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError');
}

describe('-o targets', () => {
  it('parses format:file, keeping colons in file names', () => {
    expect(parseOutputTargets(['html:out/r.html', 'json:C:/x.json', 'markdown:a:b.md'])).toEqual([
      { format: 'html', file: 'out/r.html' },
      { format: 'json', file: 'C:/x.json' },
      { format: 'markdown', file: 'a:b.md' },
    ]);
    expect(parseOutputTargets([])).toEqual([]);
  });

  it('rejects a missing colon, an empty file, an unknown format and a file written twice', () => {
    expect(userError(() => parseOutputTargets(['report.html'])).messageId).toBe('report.assess.output_spec');
    expect(userError(() => parseOutputTargets(['html:'])).messageId).toBe('report.assess.output_spec');
    const bad = userError(() => parseOutputTargets(['pdf:r.pdf']));
    expect(bad.messageId).toBe('report.assess.output_format');
    expect(bad.text.en).toContain('html, markdown, json');
    expect(bad.text.zh).toContain('pdf');
    expect(userError(() => parseOutputTargets(['html:r', 'json:r'])).messageId).toBe('report.assess.output_twice');
  });
});

describe('--turnover-cny', () => {
  it('takes whole yuan, with optional digit grouping', () => {
    expect(parseTurnover('412000000')).toBe(412_000_000);
    expect(parseTurnover('412,000,000')).toBe(412_000_000);
    expect(parseTurnover('412_000_000')).toBe(412_000_000);
    expect(parseTurnover('0')).toBe(0);
  });

  it('rejects anything else', () => {
    for (const bad of ['', '-5', '1.5', '5e6', 'abc', '99999999999999999999']) {
      expect(userError(() => parseTurnover(bad)).messageId).toBe('cli.assess.bad_turnover');
    }
  });
});

describe('due dates', () => {
  it('reads ISO days and rejects impossible ones', () => {
    expect(isoDay('2026-03-20')).toBe('2026-03-20');
    expect(isoDay('2026-03-20T10:00:00Z')).toBe('2026-03-20');
    expect(isoDay('2026-02-30')).toBeUndefined();
    expect(isoDay('soon')).toBeUndefined();
    expect(addDays('2026-12-30', 7)).toBe('2027-01-06');
  });

  it('adds the level allowance to --now, stopping at the effective date', () => {
    expect(dueDate('very_high', '2026-03-20', undefined)).toBe('2026-03-27');
    expect(dueDate('high', '2026-03-20', undefined)).toBe('2026-04-19');
    expect(dueDate('low', '2026-03-20', '2026-05-20')).toBe('2026-05-20');
    expect(dueDate('high', '2026-03-20', '2026-01-01')).toBe('2026-04-19'); // event already past: allowance counts
    expect(dueDate('high', undefined, '2026-05-20')).toBe('2026-05-20');
    expect(dueDate('high', undefined, undefined)).toBeNull();
  });
});

describe('number and money formatting', () => {
  it('groups digits without locale data', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-1000)).toBe('-1,000');
  });

  it('formats yuan per language', () => {
    expect(formatCny(50_000_000, 'en')).toBe('¥50,000,000');
    expect(formatCny(50_000_000, 'zh')).toBe('5,000 万元');
    expect(formatCny(2_000, 'zh')).toBe('2,000 元');
    expect(formatCny(12_345, 'zh')).toBe('12,345 元');
  });

  it('describes a fine range with its alternatives', () => {
    const range = { min: 0, max: 50_000_000, turnover_pct: 5, turnover_max: 20_600_000, gains_multiple: null, effects: [], unquantified: [] };
    expect(fineText(range, 'en')).toBe('up to ¥50,000,000; or 5% of prior-year turnover (¥20,600,000)');
    expect(fineText({ ...range, min: 100_000, max: 1_000_000, turnover_pct: null, turnover_max: null }, 'zh')).toBe('10 万元 至 100 万元');
    expect(fineText({ ...range, turnover_max: null }, 'en')).toBe('up to ¥50,000,000; or 5% of prior-year turnover');
    expect(fineText(null, 'en')).toBe('—');
  });
});
