import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import type { Finding } from '../../findings/types.js';
import type { RuleMeta } from '../../rules/types.js';
import type { Formatter } from '../model.js';
import { citeAll } from './citation.js';
import { cmp } from './notices.js';
import { xmlAttr, xmlText } from './xml-escape.js';
import { label } from './labels.js';
import './format-messages.js';

/**
 * JUnit XML: one `testsuite` per plan, one `testcase` per rule and plan. A rule passes when it left no
 * open finding in that plan; open findings make one `failure` (every location in its body); a rule
 * whose findings were all waived is `skipped` with the justification; baselined findings pass and
 * are listed in `system-out`.
 */
export const renderJunit: Formatter = (run, options) => {
  const lang = options.lang;
  const rules = [...run.rules].sort((a, b) => cmp(a.id, b.id));
  const known = new Set(rules.map((r) => r.id));
  // Findings of rules missing from `run.rules` still get a test case.
  for (const f of run.findings) {
    if (!known.has(f.rule_id)) {
      known.add(f.rule_id);
      rules.push(ruleFromFinding(f));
    }
  }
  rules.sort((a, b) => cmp(a.id, b.id));
  const files = [...new Set([...run.plans.map((p) => p.file), ...run.findings.map((f) => f.location.file)])].sort(cmp);

  const byFileAndRule = new Map<string, Finding[]>();
  for (const f of run.findings) {
    const key = `${f.location.file}\u0000${f.rule_id}`;
    const list = byFileAndRule.get(key);
    if (list) list.push(f);
    else byFileAndRule.set(key, [f]);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const file of files) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    for (const rule of rules) {
      const findings = byFileAndRule.get(`${file}\u0000${rule.id}`) ?? [];
      const open = findings.filter((f) => f.status === 'open');
      const waived = findings.filter((f) => f.status === 'waived');
      const baselined = findings.filter((f) => f.status === 'baselined');
      const head = `    <testcase classname="${xmlAttr(`pipl-guard.${rule.category}`)}" name="${xmlAttr(`${rule.id}: ${rule.title[lang]}`)}" file="${xmlAttr(file)}"`;
      const body: string[] = [];
      const skippedCase = open.length === 0 && waived.length > 0 && baselined.length === 0;
      if (open.length > 0) {
        suiteFailures++;
        const first = open[0]!;
        const text = [t('formats.junit.failures', lang, { count: open.length }), ...open.map((f) => describe(f, lang))].join('\n');
        body.push(`      <failure message="${xmlAttr(first.message[lang])}" type="${xmlAttr(first.severity)}">${xmlText(text)}</failure>`);
      } else if (skippedCase) {
        suiteSkipped++;
        body.push(`      <skipped message="${xmlAttr(waived.map((f) => `${location(f)} ${waiverLine(f, lang)}`).join('\n'))}"/>`);
      }
      const notes = [
        ...(skippedCase ? [] : waived.map((f) => `${location(f)} ${waiverLine(f, lang)}`)),
        ...baselined.map((f) => `${location(f)} ${label('formats.baselined_note', lang)}`),
      ];
      if (notes.length > 0) body.push(`      <system-out>${xmlText(notes.join('\n'))}</system-out>`);
      cases.push(body.length === 0 ? `${head}/>` : `${head}>\n${body.join('\n')}\n    </testcase>`);
    }
    tests += rules.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${xmlAttr(file)}" tests="${rules.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${cases.join('\n')}${cases.length > 0 ? '\n' : ''}  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pipl-guard" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function location(f: Finding): string {
  return `${f.location.file}:${f.location.line}:${f.location.column} (${f.target_pointer || '/'})`;
}

function describe(f: Finding, lang: Lang): string {
  return [
    `${location(f)} [${f.severity}] ${f.message[lang]}`,
    `  ${label('formats.legal_basis', lang)}: ${citeAll(f.legal_basis, lang)}`,
    `  ${label('formats.remediation', lang)}: ${f.remediation[lang]}`,
  ].join('\n');
}

function waiverLine(f: Finding, lang: Lang): string {
  const w = f.waiver;
  if (!w) return label('formats.status.waived', lang);
  return t('formats.waived_by', lang, { id: w.id, owner: w.owner, approved_by: w.approved_by, expires_on: w.expires_on, justification: w.justification });
}

function ruleFromFinding(f: Finding): RuleMeta {
  return {
    id: f.rule_id,
    title: f.title,
    description: f.title,
    message: f.message,
    category: f.category,
    severity: f.severity,
    legal_basis: f.legal_basis,
    remediation: f.remediation,
    references: [],
    tags: [],
    engine: 'yaml',
    source: { file: '', line: 0 },
  };
}
