import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { prepareLint, writeBaselineFile } from '../../src/config/prepare-lint.js';
import { runLint } from '../../src/lint/run.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { parseOutputSpecs, writeOutputs } from '../../src/reports/write-outputs.js';
import { renderSarif } from '../../src/reports/formats/sarif.js';
import { renderJunit } from '../../src/reports/formats/junit.js';
import { renderMarkdown } from '../../src/reports/formats/markdown.js';
import { renderGithub } from '../../src/reports/formats/github.js';
import type { CliSettings } from '../../src/config/settings.js';
import { tempTree, userErrorsOf } from './helpers.js';

const require = createRequire(import.meta.url);
const sarifSchemaFile = join(require.resolve('@microsoft/sarif-multitool-linux/package.json'), '..', 'sarif-2.1.0.json');
const sarifAjv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(sarifSchemaFile, 'utf8')) as object);

/** Two real YAML rules: a transfer needs a legal basis; a notice needs a sending date. */
function rule(id: string, field: string, severity: string, category: string) {
  return stringify({
    id,
    title: { zh: `${id} 标题`, en: `${id} title` },
    description: { zh: '测试规则。', en: 'A test rule.' },
    message: { zh: '缺少 {field}', en: 'missing {field}' },
    remediation: { zh: '补上。', en: 'Add it.' },
    category,
    severity,
    legal_basis: [{ instrument: 'PIPL', article: '22', verification: 'V' }],
    check: { require: { field, present: true } },
  });
}

const PLAN = `schema_version: "1"
transaction:
  type: share_sale
entity:
  name: 示例数据科技有限公司
`;

function project(extra: Record<string, string> = {}): string {
  return tempTree({
    'rules/T-BASIS-001/rule.yaml': rule('T-BASIS-001', '$.transaction.effective_date', 'critical', 'transfer-handover'),
    'rules/N-SENT-001/rule.yaml': rule('N-SENT-001', '$.entity.uscc', 'medium', 'notification-consent'),
    'plans/plan.yaml': PLAN,
    ...extra,
  });
}

async function lint(cwd: string, cli: CliSettings = {}, baselineCreate?: string) {
  const prepared = await prepareLint(cli, {
    plans: ['plans/plan.yaml'],
    cwd,
    ...(baselineCreate ? { baselineCreate } : {}),
    loadRules: (dirs) => loadRuleset({ policyDirs: ['rules', ...dirs], includeShipped: false, cwd }),
  });
  const run = await runLint({ plans: [join(cwd, 'plans/plan.yaml')], now: '2026-03-01', cwd, ...prepared.lintOptions });
  return { run: prepared.finish(run), prepared };
}

describe('lint with config, waivers and baselines (real rules, real plans)', () => {
  it('applies a waiver from the config and reports an expired one at its line', async () => {
    const cwd = project({
      '.pipl-guard.yaml': 'waivers: gov/waivers.yaml\n',
      'gov/waivers.yaml': stringify({
        waivers: [
          { id: 'W-1', rule: 'T-BASIS-001', target: '/transaction', justification: 'court-approved', owner: 'dpo', approved_by: 'gc', approved_on: '2026-01-01', expires_on: '2026-12-31' },
          { id: 'W-2', rule: 'N-SENT-001', target: '/entity/uscc', justification: 'sent by post', owner: 'dpo', approved_by: 'gc', approved_on: '2025-01-01', expires_on: '2026-02-28' },
        ],
      }),
    });
    const { run } = await lint(cwd);
    expect(run.findings.map((f) => [f.rule_id, f.status, f.waiver?.id])).toEqual([
      ['T-BASIS-001', 'waived', 'W-1'],
      ['N-SENT-001', 'open', undefined],
    ]);
    expect(run.waiver_notices).toEqual([{ waiver_id: 'W-2', kind: 'expired', file: join(cwd, 'gov/waivers.yaml'), line: 10, column: 5 }]);
    expect(run.fail_on).toBe('high');
  });

  it('creates a baseline that survives lines inserted above the findings, and reports stale entries', async () => {
    const cwd = project();
    const first = await lint(cwd);
    expect(first.run.findings.map((f) => f.status)).toEqual(['open', 'open']);
    const count = writeBaselineFile(first.run, 'ci/../baseline.json', { cwd });
    expect(count).toBe(2);
    const written = JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8'));
    expect(written.entries.map((e: { file: string; rule_id: string; first_seen: string }) => [e.file, e.rule_id, e.first_seen])).toEqual([
      ['plans/plan.yaml', 'N-SENT-001', '2026-03-01'],
      ['plans/plan.yaml', 'T-BASIS-001', '2026-03-01'],
    ]);

    // Move every line down: a comment block and an unrelated key above the findings.
    writeFileSync(join(cwd, 'plans/plan.yaml'), `# moved\n# down\n\n${PLAN}`);
    const moved = await lint(cwd, { baseline: 'baseline.json' });
    expect(moved.run.findings.map((f) => [f.rule_id, f.status, f.location.line])).toEqual([
      ['T-BASIS-001', 'baselined', 5],
      ['N-SENT-001', 'baselined', 7],
    ]);
    expect(moved.run.stale_baseline).toEqual([]);
    expect(moved.run.baseline).toEqual({ file: join(cwd, 'baseline.json') });

    // Fix one finding: its entry becomes stale; a new finding stays open.
    writeFileSync(join(cwd, 'plans/plan.yaml'), PLAN.replace('type: share_sale', 'type: share_sale\n  effective_date: 2026-03-01'));
    writeFileSync(join(cwd, 'rules/N-CHAN-001.rule.yaml'), rule('N-CHAN-001', '$.transaction.counterparties', 'high', 'notification-consent'));
    const fixed = await lint(cwd, { baseline: 'baseline.json' });
    expect(fixed.run.findings.map((f) => [f.rule_id, f.status])).toEqual([
      ['N-CHAN-001', 'open'],
      ['N-SENT-001', 'baselined'],
    ]);
    expect(fixed.run.stale_baseline.map((s) => [s.rule_id, s.file])).toEqual([['T-BASIS-001', 'plans/plan.yaml']]);
    const sarif = JSON.parse(renderSarif(fixed.run, { lang: 'en', color: false }));
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0].results.map((r: { ruleId: string; baselineState: string }) => [r.ruleId, r.baselineState])).toEqual([
      ['N-CHAN-001', 'new'],
      ['N-SENT-001', 'unchanged'],
    ]);
  });

  it('re-creating a baseline keeps first_seen of known entries', async () => {
    const cwd = project({ 'baseline.json': '' });
    const { run } = await lint(cwd);
    writeBaselineFile({ ...run, now: '2025-12-01' }, 'baseline.json', { cwd });
    const again = await lint(cwd, { baseline: 'baseline.json' }, 'baseline.json');
    writeBaselineFile(again.run, 'baseline.json', { cwd, previous: join(cwd, 'baseline.json') });
    const entries = JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8')).entries;
    expect(entries.map((e: { first_seen: string }) => e.first_seen)).toEqual(['2025-12-01', '2025-12-01']);
  });

  it('uses the due-diligence profile: never fails, lists evidence to request', async () => {
    const cwd = project({ '.pipl-guard.yaml': 'profile: due-diligence\n' });
    const { run } = await lint(cwd);
    expect(run.fail_on).toBe('never');
    expect(run.evidence_requests!.map((r) => [r.group, r.rule_ids])).toEqual([
      ['entity', ['N-SENT-001']],
      ['transaction', ['T-BASIS-001']],
    ]);
    expect(renderMarkdown(run, { lang: 'zh', color: false })).toContain('需向目标方索取的材料');
  });

  it('applies config rule settings over the profile, and rejects a misspelt rule id at its line', async () => {
    const cwd = project({ '.pipl-guard.yaml': 'profile: periodic\nrules:\n  N-SENT-001: low\n' });
    const { run } = await lint(cwd);
    expect(run.findings.map((f) => [f.rule_id, f.severity])).toEqual([
      ['T-BASIS-001', 'critical'],
      ['N-SENT-001', 'low'],
    ]);
    const typo = project({ '.pipl-guard.yaml': 'rules:\n  N-SENT-01: off\n' });
    await expect(lint(typo)).rejects.toMatchObject({ errors: [expect.objectContaining({ messageId: 'config.unknown_rule', location: expect.objectContaining({ line: 2 }) })] });
  });

  it('writes several reports in one run, atomically', async () => {
    const cwd = project();
    const { run } = await lint(cwd);
    const formats = { sarif: renderSarif, junit: renderJunit, markdown: renderMarkdown, github: renderGithub };
    const specs = parseOutputSpecs(['sarif:out.sarif', 'junit:out.xml', 'markdown:out.md', 'github:out.txt'], Object.keys(formats), cwd);
    writeOutputs(run, specs, formats, { lang: 'en', color: false, cwd });
    expect(readdirSync(cwd).filter((n) => n.startsWith('out')).sort()).toEqual(['out.md', 'out.sarif', 'out.txt', 'out.xml']);
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(join(cwd, 'out.xml'), 'utf8'));
    expect(junit.testsuites).toMatchObject({ tests: '2', failures: '2' });
    expect(readdirSync(cwd).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('parseOutputSpecs', () => {
  const known = ['sarif', 'junit'];
  it('splits at the first colon and keeps the rest of the path', () => {
    expect(parseOutputSpecs(['sarif:C:\\r.sarif', 'junit:a:b.xml'], known, '/')).toEqual([
      { format: 'sarif', file: 'C:\\r.sarif' },
      { format: 'junit', file: 'a:b.xml' },
    ]);
  });
  it.each([
    ['report.sarif', 'config.bad_output'],
    [':x', 'config.bad_output'],
    ['sarif:', 'config.bad_output'],
    ['pdf:x.pdf', 'config.unknown_format'],
  ])('rejects %s', (value, id) => {
    expect(userErrorsOf(() => parseOutputSpecs([value], known, '/'))[0]!.id).toBe(id);
  });
  it('rejects two outputs to the same file', () => {
    expect(userErrorsOf(() => parseOutputSpecs(['sarif:a/r', 'junit:./a/r'], known, '/w'))[0]!.en).toBe('the file ./a/r is named by two outputs');
  });
});
