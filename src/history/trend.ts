import type { AssessmentReport, TrendView } from '../reports/assess/types.js';
import { type FindingRow, compareFindings, listAssessments, loadFindings } from './query.js';
import type { Database } from './sqlite.js';

/** The change between the last assessment recorded in `db` and `report` (not yet recorded). */
export function trendAgainstLatest(db: Database, report: AssessmentReport): TrendView {
  const all = listAssessments(db);
  const latest = all[all.length - 1];
  const current: FindingRow[] = report.findings.map((f) => ({
    file: f.location.file,
    fingerprint: f.fingerprint,
    rule_id: f.rule_id,
    line: f.location.line,
    title: f.title,
    severity: f.severity,
    status: f.status,
    inherent_risk: f.inherent_risk,
    residual_risk: f.residual_risk,
  }));
  const diff = compareFindings(latest ? loadFindings(db, latest.seq) : [], current);
  const items = [
    ...diff.new.map((c) => ({ kind: 'new' as const, c })),
    ...diff.changed.map((c) => ({ kind: 'changed' as const, c })),
    ...diff.fixed.map((c) => ({ kind: 'fixed' as const, c })),
  ].map(({ kind, c }) => ({
    kind,
    rule_id: c.rule_id,
    title: c.title,
    file: c.file,
    line: c.line,
    from_status: c.from?.status ?? null,
    from_risk: c.from?.residual_risk ?? null,
    to_status: c.to?.status ?? null,
    to_risk: c.to?.residual_risk ?? null,
  }));
  return {
    previous: latest
      ? { seq: latest.seq, report_id: latest.report_id, date: latest.assessed_on, decision: latest.decision, overall_risk: latest.overall_risk, findings: latest.findings }
      : null,
    new: diff.new.length,
    fixed: diff.fixed.length,
    changed: diff.changed.length,
    unchanged: diff.unchanged,
    items,
  };
}
