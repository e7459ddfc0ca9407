import { UserError } from '../errors/user-error.js';
import type { RiskLevel } from '../risk/scales.js';
import type { Database } from './sqlite.js';
import './messages.js';

export interface AssessmentRow {
  seq: number;
  report_id: string;
  assessed_on: string | null;
  tool_version: string;
  ruleset_revision: string;
  decision: 'go' | 'no_go';
  overall_risk: RiskLevel;
  findings: number;
  accepted: number;
  blocking: number;
  plans: string[];
}

export interface FindingRow {
  file: string;
  fingerprint: string;
  rule_id: string;
  line: number;
  title: string;
  severity: string;
  status: string;
  inherent_risk: RiskLevel;
  residual_risk: RiskLevel | null;
}

/** Every recorded assessment, oldest first. */
export function listAssessments(db: Database): AssessmentRow[] {
  const rows = db
    .prepare(
      `SELECT seq, report_id, assessed_on, tool_version, ruleset_revision, decision, overall_risk, findings, accepted, blocking
       FROM assessments ORDER BY seq`,
    )
    .all() as Array<Omit<AssessmentRow, 'plans'>>;
  const plans = db.prepare('SELECT seq, file FROM assessment_plans ORDER BY seq, file').all() as Array<{ seq: number; file: string }>;
  return rows.map((row) => ({ ...row, plans: plans.filter((p) => p.seq === row.seq).map((p) => p.file) }));
}

export interface FindingChange {
  file: string;
  fingerprint: string;
  rule_id: string;
  title: string;
  line: number;
  from: { status: string; residual_risk: RiskLevel | null } | null;
  to: { status: string; residual_risk: RiskLevel | null } | null;
}

export interface AssessmentDiff {
  from: AssessmentRow;
  to: AssessmentRow;
  new: FindingChange[];
  fixed: FindingChange[];
  changed: FindingChange[];
  unchanged: number;
}

/** Parses an assessment number given on the command line. */
export function parseSeq(value: string): number {
  if (!/^[1-9][0-9]*$/.test(value)) throw new UserError('history.bad_number', { value });
  return Number(value);
}

/**
 * Compares two assessments finding by finding (plan file + fingerprint): new, fixed, and changed
 * in status or residual risk. Without numbers, the last two recorded assessments.
 */
export function diffAssessments(db: Database, fromSeq?: number, toSeq?: number): AssessmentDiff {
  const all = listAssessments(db);
  const find = (seq: number) => {
    const row = all.find((a) => a.seq === seq);
    if (!row) throw new UserError('history.no_such_assessment', { seq, available: all.map((a) => a.seq).join(', ') || '—' });
    return row;
  };
  let from: AssessmentRow;
  let to: AssessmentRow;
  if (fromSeq !== undefined && toSeq !== undefined) {
    from = find(fromSeq);
    to = find(toSeq);
  } else if (fromSeq !== undefined) {
    from = find(fromSeq);
    if (all.length < 1) throw new UserError('history.need_two', { count: all.length });
    to = all[all.length - 1]!;
  } else {
    if (all.length < 2) throw new UserError('history.need_two', { count: all.length });
    from = all[all.length - 2]!;
    to = all[all.length - 1]!;
  }
  return { from, to, ...compareFindings(loadFindings(db, from.seq), loadFindings(db, to.seq)) };
}

/** The findings stored for one assessment, in report order. */
export function loadFindings(db: Database, seq: number): FindingRow[] {
  return db
    .prepare(
      `SELECT file, fingerprint, rule_id, line, title, severity, status, inherent_risk, residual_risk
       FROM assessment_findings WHERE seq = ? ORDER BY file, line, rule_id, fingerprint`,
    )
    .all(seq) as FindingRow[];
}

/** New, fixed and changed findings between two sets, keyed on plan file + fingerprint. */
export function compareFindings(beforeRows: FindingRow[], afterRows: FindingRow[]): Omit<AssessmentDiff, 'from' | 'to'> {
  const key = (f: FindingRow) => `${f.file}\u0000${f.fingerprint}`;
  const before = new Map(beforeRows.map((f) => [key(f), f] as const));
  const after = new Map(afterRows.map((f) => [key(f), f] as const));
  const change = (a: FindingRow | undefined, b: FindingRow | undefined): FindingChange => {
    const f = (b ?? a)!;
    return {
      file: f.file,
      fingerprint: f.fingerprint,
      rule_id: f.rule_id,
      title: f.title,
      line: f.line,
      from: a ? { status: a.status, residual_risk: a.residual_risk } : null,
      to: b ? { status: b.status, residual_risk: b.residual_risk } : null,
    };
  };
  const diff: Omit<AssessmentDiff, 'from' | 'to'> = { new: [], fixed: [], changed: [], unchanged: 0 };
  for (const [k, b] of after) {
    const a = before.get(k);
    if (!a) diff.new.push(change(undefined, b));
    else if (a.status !== b.status || a.residual_risk !== b.residual_risk) diff.changed.push(change(a, b));
    else diff.unchanged++;
  }
  for (const [k, a] of before) if (!after.has(k)) diff.fixed.push(change(a, undefined));
  return diff;
}
