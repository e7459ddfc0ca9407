import type { Finding } from './types.js';

/** The report order: file, line, column, rule id, then fingerprint (total, so output is deterministic). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.rule_id, b.rule_id) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Code-unit order, independent of the locale of the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
