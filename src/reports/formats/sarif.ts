import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import type { Finding, LegalBasis, Severity } from '../../findings/types.js';
import { parsePointer } from '../../plan/json-pointer.js';
import type { RuleMeta } from '../../rules/types.js';
import type { Formatter, LintRun } from '../model.js';
import { citeAll, citeArticle, verificationText } from './citation.js';
import { cmp, describeStaleEntry, describeWaiverNotice, sortedNotices } from './notices.js';
import { toArtifactUri } from './artifact-uri.js';
import { escapeMarkdown as escapeMd } from './markdown-escape.js';
import { label } from './labels.js';
import './format-messages.js';

/** SARIF `level` per severity: blocking severities are errors. */
export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** GitHub code scanning reads `security-severity` (0-10, CVSS bands) to rank alerts. */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '7.5',
  medium: '5.5',
  low: '3.0',
};

const TAXONOMY_NAME = 'pipl-guard-legal-basis';
const FINGERPRINT_KEY = 'piplGuardFingerprint/v1';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

/**
 * SARIF 2.1.0: one run; rules with help text and GitHub `security-severity`; legal instruments as a
 * taxonomy (one taxon per instrument and article) that rules relate to; waived findings as accepted
 * external suppressions; `baselineState` when a baseline was used. No timestamps unless `--now`.
 */
export const renderSarif: Formatter = (run, options) => {
  const lang = options.lang;
  const rules = [...run.rules].sort((a, b) => cmp(a.id, b.id));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const taxa = collectTaxa(rules, run.findings);
  const taxonIndex = new Map(taxa.map((x, i) => [x.id, i]));
  const plans = [...run.plans].sort((a, b) => cmp(a.file, b.file));
  const artifactIndex = new Map(plans.map((p, i) => [p.file, i]));
  const uris = new Map<string, string>();
  const uriOf = (file: string) => {
    let uri = uris.get(file);
    if (uri === undefined) {
      uri = toArtifactUri(file);
      uris.set(file, uri);
    }
    return uri;
  };
  const { waivers, stale } = sortedNotices(run);

  const sarifRun: { [key: string]: Json | undefined } = {
    tool: {
      driver: {
        name: run.tool.name,
        fullName: `${run.tool.name} ${run.tool.version}`,
        version: run.tool.version,
        semanticVersion: run.tool.version,
        shortDescription: { text: label('formats.sarif.tool', lang) },
        language: sarifLanguage(lang),
        rules: rules.map((rule) => renderRule(rule, lang, taxonIndex)),
        properties: { ruleset: { revision: run.ruleset.revision, sha256: run.ruleset.sha256 } },
      },
    },
    language: sarifLanguage(lang),
    columnKind: 'utf16CodeUnits',
    taxonomies: [
      {
        name: TAXONOMY_NAME,
        shortDescription: { text: label('formats.sarif.taxonomy', lang) },
        language: sarifLanguage(lang),
        isComprehensive: false,
        taxa: taxa.map((x) => ({
          id: x.id,
          name: x.id,
          shortDescription: { text: citeArticle(x.basis, lang) },
          properties: { instrument: x.basis.instrument, article: x.basis.article },
        })),
      },
    ],
    artifacts: plans.map((plan) => ({
      location: { uri: toArtifactUri(plan.file) },
      hashes: { 'sha-256': plan.sha256 },
      roles: ['analysisTarget'],
    })),
    invocations: [
      {
        executionSuccessful: true,
        ...(run.now !== undefined ? { startTimeUtc: toUtcTimestamp(run.now) } : {}),
        toolExecutionNotifications: [
          ...waivers.map((n) => ({
            level: 'warning',
            message: { text: `${n.file}:${n.line}:${n.column}: ${describeWaiverNotice(n, lang)}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toArtifactUri(n.file) },
                  region: { startLine: n.line, startColumn: n.column },
                },
              },
            ],
            descriptor: { id: `waiver-${n.kind}` },
            properties: { waiver_id: n.waiver_id },
          })),
          ...stale.map((entry) => ({
            level: 'note',
            message: { text: describeStaleEntry(entry, lang) },
            descriptor: { id: 'baseline-stale' },
            properties: { fingerprint: entry.fingerprint, rule_id: entry.rule_id },
          })),
        ],
      },
    ],
    results: run.findings.map((finding) => renderResult(finding, run, lang, ruleIndex, artifactIndex, uriOf)),
    properties: { fail_on: run.fail_on },
  };
  const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [sarifRun] };
  return `${JSON.stringify(log, null, 2)}\n`;
};

interface Taxon {
  id: string;
  basis: LegalBasis;
}

/** One taxon per distinct instrument + article cited by a rule or a finding, sorted by id. */
function collectTaxa(rules: readonly RuleMeta[], findings: readonly Finding[]): Taxon[] {
  const byId = new Map<string, Taxon>();
  const add = (basis: LegalBasis) => {
    const id = taxonId(basis);
    if (!byId.has(id)) byId.set(id, { id, basis });
  };
  for (const rule of rules) rule.legal_basis.forEach(add);
  for (const finding of findings) finding.legal_basis.forEach(add);
  return [...byId.values()].sort((a, b) => cmp(a.id, b.id));
}

export function taxonId(basis: LegalBasis): string {
  return `${basis.instrument}/${basis.article}`;
}

function renderRule(rule: RuleMeta, lang: Lang, taxonIndex: Map<string, number>): Json {
  const remediation = rule.remediation[lang];
  const citations = rule.legal_basis.map((b) => `${citeArticle(b, lang)} [${b.verification}] (${verificationText(b, lang)})`);
  const unverified = rule.legal_basis.some((b) => b.verification === 'U');
  const textParts = [
    rule.description[lang],
    `${label('formats.legal_basis', lang)}: ${citations.join('; ')}`,
    `${label('formats.remediation', lang)}: ${remediation}`,
  ];
  const markdownParts = [
    `**${escapeMd(rule.title[lang])}**`,
    '',
    escapeMd(rule.description[lang]),
    '',
    `**${label('formats.legal_basis', lang)}**`,
    '',
    ...citations.map((c) => `- ${escapeMd(c)}`),
    '',
    `**${label('formats.remediation', lang)}**`,
    '',
    escapeMd(remediation),
  ];
  if (unverified) {
    textParts.push(label('formats.unverified_note', lang));
    markdownParts.push('', `_${escapeMd(label('formats.unverified_note', lang))}_`);
  }
  const relationships: Json[] = [];
  const seen = new Set<string>();
  for (const basis of rule.legal_basis) {
    const id = taxonId(basis);
    if (seen.has(id)) continue;
    seen.add(id);
    relationships.push({
      target: { id, index: taxonIndex.get(id)!, toolComponent: { name: TAXONOMY_NAME, index: 0 } },
      kinds: ['relevant'],
      properties: { verification: basis.verification },
    });
  }
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: rule.description[lang] },
    help: { text: textParts.join('\n\n'), markdown: markdownParts.join('\n') },
    ...(rule.references.length > 0 && /^https?:\/\//.test(rule.references[0]!) ? { helpUri: rule.references[0] } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    relationships,
    properties: {
      'security-severity': SECURITY_SEVERITY[rule.severity],
      precision: 'high',
      problem: { severity: rule.severity },
      severity: rule.severity,
      category: rule.category,
      engine: rule.engine,
      legal_basis: citeAll(rule.legal_basis, lang),
      tags: [...new Set(['security', 'compliance', 'pipl', rule.category, ...rule.tags])].sort(),
    },
  };
}

/** `TRANSFER-BASIS-001` -> `TransferBasis001` (SARIF rule names are identifiers, distinct from ids). */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('');
}

function renderResult(
  finding: Finding,
  run: LintRun,
  lang: Lang,
  ruleIndex: Map<string, number>,
  artifactIndex: Map<string, number>,
  uriOf: (file: string) => string,
): Json {
  const index = ruleIndex.get(finding.rule_id);
  const artifact = artifactIndex.get(finding.location.file);
  const result: { [key: string]: Json | undefined } = {
    ruleId: finding.rule_id,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message[lang] },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(finding.location.file), ...(artifact !== undefined ? { index: artifact } : {}) },
          region: { startLine: Math.max(1, finding.location.line), startColumn: Math.max(1, finding.location.column) },
        },
        logicalLocations: [logicalLocation(finding.target_pointer)],
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      severity: finding.severity,
      'security-severity': SECURITY_SEVERITY[finding.severity],
      category: finding.category,
      status: finding.status,
      pointer: finding.location.pointer,
      target_pointer: finding.target_pointer,
      unverified_basis: finding.unverified_basis,
    },
  };
  if (finding.status === 'waived') {
    const w = finding.waiver;
    result.suppressions = [
      {
        kind: 'external',
        status: 'accepted',
        justification: w?.justification ?? '',
        ...(w
          ? {
              properties: {
                waiver_id: w.id,
                owner: w.owner,
                approved_by: w.approved_by,
                approved_on: w.approved_on,
                expires_on: w.expires_on,
              },
            }
          : {}),
      },
    ];
  }
  if (run.baseline) result.baselineState = finding.status === 'baselined' ? 'unchanged' : 'new';
  return result;
}

/** The JSON pointer as a logical location: the member or element the finding is about. */
function logicalLocation(pointer: string): Json {
  const tokens = parsePointer(pointer);
  const last = tokens[tokens.length - 1];
  if (last === undefined) return { fullyQualifiedName: '/', name: '/', kind: 'object' };
  return { fullyQualifiedName: pointer, name: last, kind: /^(0|[1-9]\d*)$/.test(last) ? 'element' : 'property' };
}

function sarifLanguage(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-US';
}

/** `--now` as a UTC timestamp: a bare date is midnight UTC. */
function toUtcTimestamp(now: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(now) ? new Date(`${now}T00:00:00Z`) : new Date(now);
  return Number.isNaN(date.getTime()) ? now : date.toISOString();
}
