import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/baseline/apply.js';
import { createBaseline, serializeBaseline } from '../../src/baseline/create.js';
import { loadBaseline } from '../../src/baseline/load.js';
import { makeFinding } from '../reports/helpers/factory.js';
import { tempTree, userErrorsOf } from './helpers.js';

const fp = (n: number) => n.toString(16).padStart(32, '0');

describe('createBaseline', () => {
  it('records open and baselined findings (not waived ones), sorted, with paths relative to the baseline and --now as first_seen', () => {
    const findings = [
      makeFinding({ rule_id: 'Z-1', file: 'plans/b.yaml', fingerprint: fp(1), pointer: '/z' }),
      makeFinding({ rule_id: 'A-1', file: 'plans/a.yaml', fingerprint: fp(2), pointer: '/a' }),
      makeFinding({ rule_id: 'A-1', file: 'plans/a.yaml', fingerprint: fp(3), pointer: '/w', status: 'waived' }),
      makeFinding({ rule_id: 'A-1', file: 'plans/a.yaml', fingerprint: fp(2), pointer: '/a' }),
    ];
    const baseline = createBaseline(findings, { baselineDir: '/repo/ci', cwd: '/repo', today: '2026-03-01' });
    expect(baseline).toEqual({
      schema_version: '1',
      entries: [
        { file: '../plans/a.yaml', fingerprint: fp(2), rule_id: 'A-1', pointer: '/a', first_seen: '2026-03-01' },
        { file: '../plans/b.yaml', fingerprint: fp(1), rule_id: 'Z-1', pointer: '/z', first_seen: '2026-03-01' },
      ],
    });
    const again = createBaseline([...findings].reverse(), { baselineDir: '/repo/ci', cwd: '/repo', today: '2026-03-01' });
    expect(serializeBaseline(again)).toBe(serializeBaseline(baseline));
  });

  it('has no date without --now and keeps first_seen of entries already in the previous baseline', () => {
    const f = makeFinding({ fingerprint: fp(7), file: 'p.yaml' });
    expect(createBaseline([f], { baselineDir: '/r', cwd: '/r' }).entries[0]!.first_seen).toBeUndefined();
    const previous = { file: '/r/b.json', dir: '/r', entries: [{ file: 'p.yaml', fingerprint: fp(7), rule_id: 'X', pointer: '/', first_seen: '2025-01-01' }] };
    expect(createBaseline([f], { baselineDir: '/r', cwd: '/r', today: '2026-03-01', previous }).entries[0]!.first_seen).toBe('2025-01-01');
  });
});

describe('applyBaseline', () => {
  const baseline = {
    file: '/repo/baseline.json',
    dir: '/repo',
    entries: [
      { file: 'plans/a.yaml', fingerprint: fp(1), rule_id: 'A-1', pointer: '/a' },
      { file: 'plans/a.yaml', fingerprint: fp(9), rule_id: 'GONE-1', pointer: '/gone' },
      { file: 'plans/other.yaml', fingerprint: fp(8), rule_id: 'B-1', pointer: '/b' },
    ],
  };

  it('marks known findings baselined, leaves new ones open, and reports stale entries of checked plans only', () => {
    const known = makeFinding({ file: 'plans/a.yaml', fingerprint: fp(1) });
    const fresh = makeFinding({ file: 'plans/a.yaml', fingerprint: fp(2) });
    const samePrintOtherPlan = makeFinding({ file: 'plans/c.yaml', fingerprint: fp(1) });
    const { findings, stale } = applyBaseline([known, fresh, samePrintOtherPlan], baseline, ['plans/a.yaml', 'plans/c.yaml'], '/repo');
    expect(findings.map((f) => f.status)).toEqual(['baselined', 'open', 'open']);
    expect(stale).toEqual([{ fingerprint: fp(9), rule_id: 'GONE-1', file: 'plans/a.yaml', pointer: '/gone' }]);
  });

  it('matches absolute and relative spellings of the same plan', () => {
    const known = makeFinding({ file: '/repo/plans/a.yaml', fingerprint: fp(1) });
    expect(applyBaseline([known], baseline, ['/repo/plans/a.yaml'], '/elsewhere').findings[0]!.status).toBe('baselined');
  });

  it('does not count a waived finding as stale, nor re-mark it', () => {
    const waived = makeFinding({ file: 'plans/a.yaml', fingerprint: fp(1), status: 'waived' });
    const { findings, stale } = applyBaseline([waived], baseline, ['plans/a.yaml'], '/repo');
    expect(findings[0]!.status).toBe('waived');
    expect(stale.map((s) => s.rule_id)).toEqual(['GONE-1']);
  });
});

describe('loadBaseline', () => {
  it('round-trips what createBaseline wrote', () => {
    const dir = tempTree();
    const file = join(dir, 'baseline.json');
    const created = createBaseline([makeFinding({ file: join(dir, 'p.yaml'), fingerprint: fp(3) })], { baselineDir: dir, cwd: dir, today: '2026-03-01' });
    writeFileSync(file, serializeBaseline(created));
    const loaded = loadBaseline(file);
    expect(loaded.entries).toEqual(created.entries);
    expect(loaded.dir).toBe(dir);
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  it.each([
    ['not JSON', '{"schema_version": "1", entries: []}', 'config.baseline_not_json', undefined],
    ['a wrong version', '{\n  "schema_version": "2",\n  "entries": []\n}\n', 'config.schema_problem', 2],
    ['a bad fingerprint', '{\n  "schema_version": "1",\n  "entries": [\n    {"file": "p.yaml", "fingerprint": "XYZ", "rule_id": "A", "pointer": "/"}\n  ]\n}\n', 'config.schema_problem', 4],
    ['an unknown key', '{\n  "schema_version": "1",\n  "entries": [],\n  "extra": 1\n}\n', 'config.schema_problem', 4],
  ])('rejects %s', (_name, text, id, line) => {
    const dir = tempTree({ 'b.json': text });
    const [error] = userErrorsOf(() => loadBaseline(join(dir, 'b.json')));
    expect(error!.id).toBe(id);
    if (line !== undefined) expect(error!.line).toBe(line);
  });

  it('reports a missing baseline file', () => {
    expect(userErrorsOf(() => loadBaseline('/nonexistent/b.json'))[0]!.en).toContain('baseline file not found: /nonexistent/b.json');
  });
});
