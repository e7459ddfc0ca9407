import type { Lang } from '../../i18n/lang.js';
import { summarize } from '../../findings/summary.js';
import type { Finding } from '../../findings/types.js';
import type { Formatter, LintRun } from '../model.js';
import { runFails } from './tally.js';

/** Version of the JSON report shape (schemas/report.schema.json). */
export const REPORT_SCHEMA_VERSION = '1';

/**
 * The machine-readable report of the contract. Texts are in the chosen language; keys keep a
 * fixed order and nothing depends on the clock, so equal runs give byte-identical output.
 */
export const renderJson: Formatter = (run, options) => `${JSON.stringify(jsonReport(run, options.lang), null, 2)}\n`;

export function jsonReport(run: LintRun, lang: Lang): Record<string, unknown> {
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    tool: { name: run.tool.name, version: run.tool.version },
    ruleset: { revision: run.ruleset.revision, sha256: run.ruleset.sha256 },
    lang,
    ...(run.now ? { now: run.now } : {}),
    fail_on: run.fail_on,
    passed: !runFails(run),
    plans: run.plans.map((plan) => ({ file: plan.file, sha256: plan.sha256 })),
    summary: summarize(run.findings),
    findings: run.findings.map((finding) => jsonFinding(finding, lang)),
    waiver_notices: run.waiver_notices.map((n) => ({ waiver_id: n.waiver_id, kind: n.kind, file: n.file, line: n.line, column: n.column })),
    stale_baseline: run.stale_baseline.map((e) => ({ fingerprint: e.fingerprint, rule_id: e.rule_id, ...(e.file ? { file: e.file } : {}), ...(e.pointer !== undefined ? { pointer: e.pointer } : {}) })),
    ...(run.baseline ? { baseline: { file: run.baseline.file } } : {}),
    ...(run.evidence_requests
      ? { evidence_requests: run.evidence_requests.map((r) => ({ group: r.group, request: r.request[lang], rule_ids: r.rule_ids, files: r.files })) }
      : {}),
  };
}

function jsonFinding(finding: Finding, lang: Lang): Record<string, unknown> {
  return {
    rule_id: finding.rule_id,
    severity: finding.severity,
    category: finding.category,
    title: finding.title[lang],
    message: finding.message[lang],
    location: {
      file: finding.location.file,
      pointer: finding.location.pointer,
      line: finding.location.line,
      column: finding.location.column,
    },
    target_pointer: finding.target_pointer,
    legal_basis: finding.legal_basis.map((b) => ({ instrument: b.instrument, article: b.article, verification: b.verification })),
    unverified_basis: finding.unverified_basis,
    remediation: finding.remediation[lang],
    fingerprint: finding.fingerprint,
    status: finding.status,
    ...(finding.waiver ? { waiver: { ...finding.waiver } } : {}),
  };
}
