import { existsSync } from 'node:fs';
import { UserError } from '../errors/user-error.js';
import type { AssessmentReport } from '../reports/assess/types.js';
import { type Database, openSqlite } from './sqlite.js';
import './messages.js';

/** The on-disk format version (`PRAGMA user_version`); bumped with a migration when tables change. */
export const HISTORY_FORMAT = 1;
const APPLICATION = 'pipl-guard-history';

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE assessments (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id TEXT NOT NULL,
  assessed_on TEXT,
  tool_version TEXT NOT NULL,
  ruleset_revision TEXT NOT NULL,
  ruleset_sha256 TEXT NOT NULL,
  matrix_sha256 TEXT NOT NULL,
  decision TEXT NOT NULL,
  overall_risk TEXT NOT NULL,
  findings INTEGER NOT NULL,
  accepted INTEGER NOT NULL,
  blocking INTEGER NOT NULL,
  report_json TEXT NOT NULL
);
CREATE TABLE assessment_plans (
  seq INTEGER NOT NULL REFERENCES assessments(seq),
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  decision TEXT NOT NULL,
  overall_risk TEXT NOT NULL
);
CREATE TABLE assessment_findings (
  seq INTEGER NOT NULL REFERENCES assessments(seq),
  file TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  line INTEGER NOT NULL,
  title TEXT NOT NULL,
  severity TEXT NOT NULL,
  status TEXT NOT NULL,
  inherent_risk TEXT NOT NULL,
  residual_risk TEXT
);
CREATE INDEX assessment_findings_seq ON assessment_findings (seq, file, fingerprint);
`;

/** Opens a history database, creating it when `create` is set; refuses foreign or newer files. */
export function openHistory(file: string, options: { create: boolean }): Database {
  if (!options.create && !existsSync(file)) throw new UserError('history.db_missing', { file }, { file });
  let db: Database;
  try {
    db = openSqlite(file);
  } catch (error) {
    throw new UserError('history.db_unreadable', { file, reason: error instanceof Error ? error.message : String(error) }, { file });
  }
  try {
    migrate(db, file);
  } catch (error) {
    db.close();
    if (error instanceof UserError) throw error;
    throw new UserError('history.db_unreadable', { file, reason: error instanceof Error ? error.message : String(error) }, { file });
  }
  return db;
}

function migrate(db: Database, file: string): void {
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > HISTORY_FORMAT) throw new UserError('history.db_newer', { file, found: version, supported: HISTORY_FORMAT }, { file });
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map((t) => t.name);
  if (version === 0) {
    if (tables.length > 0) throw new UserError('history.db_foreign', { file }, { file });
    db.transaction(() => {
      db.exec(SCHEMA);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('application', APPLICATION);
      db.pragma(`user_version = ${HISTORY_FORMAT}`);
    })();
    return;
  }
  const app = tables.includes('meta') ? (db.prepare("SELECT value FROM meta WHERE key = 'application'").get() as { value: string } | undefined) : undefined;
  if (app?.value !== APPLICATION) throw new UserError('history.db_foreign', { file }, { file });
}

/** Stores one assessment, its plans and its findings in one transaction; returns its number. */
export function recordAssessment(db: Database, report: AssessmentReport): number {
  const insertAssessment = db.prepare(
    `INSERT INTO assessments (report_id, assessed_on, tool_version, ruleset_revision, ruleset_sha256, matrix_sha256,
       decision, overall_risk, findings, accepted, blocking, report_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPlan = db.prepare('INSERT INTO assessment_plans (seq, file, sha256, decision, overall_risk) VALUES (?, ?, ?, ?, ?)');
  const insertFinding = db.prepare(
    `INSERT INTO assessment_findings (seq, file, fingerprint, rule_id, line, title, severity, status, inherent_risk, residual_risk)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const store = db.transaction(() => {
    const s = report.summary;
    const { lastInsertRowid } = insertAssessment.run(
      report.report_id,
      report.date,
      report.tool.version,
      report.ruleset.revision,
      report.ruleset.sha256,
      report.matrix.sha256,
      s.decision,
      s.overall_risk,
      s.findings,
      s.accepted,
      s.blocking.length,
      JSON.stringify(report),
    );
    const seq = Number(lastInsertRowid);
    for (const p of report.plans) insertPlan.run(seq, p.file, p.sha256, p.decision, p.overall_risk);
    for (const f of report.findings) {
      insertFinding.run(seq, f.location.file, f.fingerprint, f.rule_id, f.location.line, f.title, f.severity, f.status, f.inherent_risk, f.residual_risk);
    }
    return seq;
  });
  return store();
}
