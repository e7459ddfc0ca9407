import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { UserError } from '../../src/errors/user-error.js';
import { diffAssessments, listAssessments, parseSeq } from '../../src/history/query.js';
import { openSqlite } from '../../src/history/sqlite.js';
import { HISTORY_FORMAT, openHistory, recordAssessment } from '../../src/history/store.js';
import { POLICIES, ROOT, S1, assess } from '../assess/helpers.js';


const tempDb = () => join(mkdtempSync(join(tmpdir(), 'pg-history-')), 'history.db');

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'pipl-guard', ...args], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd: ROOT,
    env: { LANG: 'en_US.UTF-8' },
    isTTY: false,
  });
  return { code, stdout, stderr };
}

describe('history store', () => {
  it('records assessments in order and lists them', async () => {
    const file = tempDb();
    const db = openHistory(file, { create: true });
    const { report } = await assess([S1]);
    expect(recordAssessment(db, report)).toBe(1);
    expect(recordAssessment(db, report)).toBe(2);
    const rows = listAssessments(db);
    expect(rows.map((r) => [r.seq, r.report_id, r.assessed_on, r.decision, r.findings, r.plans])).toEqual([
      [1, report.report_id, '2026-03-20', 'no_go', report.findings.length, [S1]],
      [2, report.report_id, '2026-03-20', 'no_go', report.findings.length, [S1]],
    ]);
    db.close();
    // Reopening keeps the data and the format version.
    const again = openHistory(file, { create: false });
    expect(listAssessments(again)).toHaveLength(2);
    expect(again.pragma('user_version', { simple: true })).toBe(HISTORY_FORMAT);
    again.close();
  });

  it('diffs two assessments: new, fixed, changed, unchanged', async () => {
    const db = openHistory(tempDb(), { create: true });
    const before = (await assess([S1])).report;
    const after = structuredClone(before);
    const fixed = after.findings.shift()!;
    after.findings[0]!.status = 'waived';
    after.findings[0]!.residual_risk = null;
    after.findings.push({ ...structuredClone(after.findings[1]!), fingerprint: 'fp-new', rule_id: 'NEW-RULE-001' });
    recordAssessment(db, before);
    recordAssessment(db, after);
    const diff = diffAssessments(db);
    expect(diff.from.seq).toBe(1);
    expect(diff.to.seq).toBe(2);
    expect(diff.fixed.map((c) => c.fingerprint)).toEqual([fixed.fingerprint]);
    expect(diff.new.map((c) => c.rule_id)).toEqual(['NEW-RULE-001']);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]!.to).toEqual({ status: 'waived', residual_risk: null });
    expect(diff.unchanged).toBe(before.findings.length - 2);
    expect(diffAssessments(db, 2, 1).new.map((c) => c.fingerprint)).toEqual([fixed.fingerprint]);
    db.close();
  });

  it('refuses a missing file, a foreign database, a newer format and bad numbers', () => {
    const missing = tempDb();
    expect(() => openHistory(missing, { create: false })).toThrow(expect.objectContaining({ messageId: 'history.db_missing' }));
    const foreign = tempDb();
    const raw = openSqlite(foreign);
    raw.exec('CREATE TABLE customers (id INTEGER)');
    raw.close();
    expect(() => openHistory(foreign, { create: true })).toThrow(expect.objectContaining({ messageId: 'history.db_foreign' }));
    const newer = tempDb();
    const n = openSqlite(newer);
    n.pragma('user_version = 99');
    n.close();
    expect(() => openHistory(newer, { create: true })).toThrow(expect.objectContaining({ messageId: 'history.db_newer' }));
    const notSqlite = tempDb();
    writeFileSync(notSqlite, 'this is not a database, just text that is long enough to have a header...........');
    expect(() => openHistory(notSqlite, { create: false })).toThrow(expect.objectContaining({ messageId: 'history.db_unreadable' }));
    expect(() => parseSeq('0')).toThrow(UserError);
    expect(() => parseSeq('x')).toThrow(UserError);
    const empty = openHistory(tempDb(), { create: true });
    expect(() => diffAssessments(empty)).toThrow(expect.objectContaining({ messageId: 'history.need_two' }));
    expect(() => diffAssessments(empty, 3, 4)).toThrow(expect.objectContaining({ messageId: 'history.no_such_assessment' }));
    empty.close();
  });
});

describe('assess --record and pipl-guard history', () => {
  const BASE = ['assess', S1, '--no-shipped', '--policies', POLICIES, '--fail-on', 'never'];

  it('records each run and shows the trend', async () => {
    const db = tempDb();
    const first = await cli([...BASE, '--now', '2026-03-20', '--record', '--db', db, '-o', `json:${db}.json`]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('recorded as assessment #1');
    const dir = mkdtempSync(join(tmpdir(), 'pg-history-'));
    const waivers = join(dir, 'w.yaml');
    writeFileSync(
      waivers,
      `waivers:
  - {id: W-1, rule: ASSESS-BASIS-001, target: /pi_transfers/0/legal_basis, justification: Opinion pending, owner: Chen, approved_by: Zhou, approved_on: "2026-03-25", expires_on: "2026-05-01"}
`,
    );
    const second = await cli([...BASE, '--now', '2026-03-27', '--waivers', waivers, '--record', '--db', db, '-o', `json:${db}.2.json`]);
    expect(second.stderr).toContain('recorded as assessment #2');

    const list = await cli(['history', 'list', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^#\s+Date\s+Report ID/);
    expect(list.stdout).toContain('2026-03-20');
    expect(list.stdout).toContain('2026-03-27');
    expect(list.stdout).toContain('NO-GO');
    expect(list.stdout).toContain('GO');

    const json = JSON.parse((await cli(['history', 'list', '--db', db, '--format', 'json'])).stdout);
    expect(json.assessments.map((a: { seq: number; decision: string }) => [a.seq, a.decision])).toEqual([
      [1, 'no_go'],
      [2, 'go'],
    ]);

    // Each recorded report carries its trend against the previous recorded assessment.
    const firstReport = JSON.parse(readFileSync(`${db}.json`, 'utf8'));
    expect(firstReport.trend).toMatchObject({ previous: null, new: firstReport.findings.length, fixed: 0, changed: 0, unchanged: 0 });
    const secondReport = JSON.parse(readFileSync(`${db}.2.json`, 'utf8'));
    expect(secondReport.trend).toMatchObject({ previous: { seq: 1, decision: 'no_go', date: '2026-03-20' }, new: 0, fixed: 0, changed: 1 });
    expect(secondReport.trend.items).toEqual([
      expect.objectContaining({ kind: 'changed', rule_id: 'ASSESS-BASIS-001', from_status: 'open', from_risk: 'very_high', to_status: 'waived', to_risk: null }),
    ]);
    const validate = new Ajv2020({ strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/assessment.schema.json'), 'utf8')));
    expect(validate(secondReport)).toBe(true);
    const third = await cli([...BASE, '--now', '2026-03-28', '--record', '--db', db, '--format', 'html']);
    expect(third.stdout).toContain('<section id="trend"><h2>Trend since the last assessment</h2>');
    expect(third.stdout).toContain('Compared with assessment #2 (2026-03-27');
    expect((await cli([...BASE, '--format', 'html'])).stdout).not.toContain('id="trend"');

    const diff = await cli(['history', 'diff', '1', '2', '--db', db]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('Assessment #1 → #2');
    expect(diff.stdout).toContain('Decision: NO-GO → GO');
    expect(diff.stdout).toContain('0 new, 0 fixed, 1 changed');
    expect(diff.stdout).toContain('ASSESS-BASIS-001');
    const diffJson = JSON.parse((await cli(['history', 'diff', '1', '2', '--db', db, '--format', 'json'])).stdout);
    expect(diffJson.changed[0]).toMatchObject({ rule_id: 'ASSESS-BASIS-001', from: { status: 'open' }, to: { status: 'waived', residual_risk: null } });
  });

  it('reports mistakes with exit 2', async () => {
    const db = tempDb();
    expect((await cli(['history', 'list', '--db', db])).stderr).toContain('no assessment history database');
    expect((await cli(['history', 'list', '--db', db])).code).toBe(2);
    const onlyDb = await cli([...BASE, '--db', db]);
    expect(onlyDb.code).toBe(2);
    expect(onlyDb.stderr).toContain('only takes effect with --record');
    await cli([...BASE, '--record', '--db', db]);
    const one = await cli(['history', 'diff', '--db', db]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('a diff needs two assessments');
    expect((await cli(['history', 'diff', 'abc', '--db', db])).code).toBe(2);
  });
});
