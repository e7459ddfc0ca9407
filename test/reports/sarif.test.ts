import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSarif, ruleName } from '../../src/reports/formats/sarif.js';
import { makeFinding, makeRun, richRun } from './helpers/factory.js';

const require = createRequire(import.meta.url);
/** The package's main export is the path of the native Multitool executable for this platform. */
const multitoolBinary = require('@microsoft/sarif-multitool') as string;
const schemaFile = join(require.resolve('@microsoft/sarif-multitool-linux/package.json'), '..', 'sarif-2.1.0.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const dir = mkdtempSync(join(tmpdir(), 'pipl-sarif-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface MultitoolResult {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string };
}

/** Runs `sarif-multitool validate` and returns what it reported (its own SARIF output). */
function multitool(sarif: string, name: string): MultitoolResult[] {
  const input = join(dir, `${name}.sarif`);
  const output = join(dir, `${name}.validation.sarif`);
  writeFileSync(input, sarif);
  if (process.env.SARIF_DEBUG) writeFileSync(join(process.env.SARIF_DEBUG, `${name}.sarif`), sarif);
  try {
    execFileSync(multitoolBinary, ['validate', input, '-o', output, '--level', 'Error;Warning;Note', '--log', 'ForceOverwrite', '-q'], { stdio: 'pipe' });
  } catch (error) {
    // It exits non-zero when it finds errors; its findings are still in the output file.
    if ((error as { status?: number }).status === undefined) throw error;
  }
  const log = JSON.parse(readFileSync(output, 'utf8')) as { runs: Array<{ results?: MultitoolResult[] }> };
  return log.runs.flatMap((r) => r.results ?? []);
}

describe('sarif', () => {
  const run = richRun();
  const text = renderSarif(run, { lang: 'en', color: false });
  const log = JSON.parse(text);
  const sarifRun = log.runs[0];

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check can fail (a result without a message is rejected)', () => {
    const broken = JSON.parse(text);
    delete broken.runs[0].results[0].message;
    expect(validate(broken)).toBe(false);
  });

  it('is accepted by the SARIF Multitool with no errors and no warnings but one', () => {
    const results = multitool(text, 'rich');
    // Multitool results default to level "warning" when the level is absent.
    const problems = results.filter((r) => r.level === 'error' || r.level === 'warning' || r.level === undefined);
    // The one warning we accept: SARIF2005 asks for `tool.driver.informationUri`; pipl-guard has no
    // published home page yet, and inventing a URL would be worse than the warning.
    expect(problems.map((r) => `${r.ruleId}/${r.message.id}`)).toEqual(['SARIF2005/Warning_ProvideToolnformationUri']);
  }, 60_000);

  it('the Multitool check can fail (a rule index out of range is an error)', () => {
    const broken = JSON.parse(text);
    broken.runs[0].results[0].ruleIndex = 99;
    const results = multitool(JSON.stringify(broken), 'broken');
    expect(results.some((r) => r.level === 'error' || r.level === undefined)).toBe(true);
  }, 60_000);

  it('describes rules with help, severity, tags and legal taxa', () => {
    const rule = sarifRun.tool.driver.rules.find((r: { id: string }) => r.id === 'ENC-REST-002');
    expect(rule.name).toBe('EncRest002');
    expect(rule.defaultConfiguration.level).toBe('warning');
    expect(rule.properties['security-severity']).toBe('5.5');
    expect(rule.properties.tags).toEqual(expect.arrayContaining(['security', 'encryption']));
    expect(rule.help.text).toContain('Legal basis: PIPL Art. 51 [V]');
    expect(rule.help.text).toContain('Remediation: Add the field');
    expect(rule.help.text).toContain('[U]');
    expect(rule.help.markdown).toContain('**Legal basis**');
    const taxa = sarifRun.taxonomies[0].taxa.map((x: { id: string }) => x.id);
    expect(taxa).toEqual(['GB/T 22239/8.1.4.8', 'PIPL/22', 'PIPL/51']);
    expect(rule.relationships.map((r: { target: { id: string; index: number } }) => [r.target.id, taxa[r.target.index]])).toEqual([
      ['PIPL/51', 'PIPL/51'],
      ['GB/T 22239/8.1.4.8', 'GB/T 22239/8.1.4.8'],
    ]);
    const levels = Object.fromEntries(sarifRun.tool.driver.rules.map((r: { id: string; properties: Record<string, string> }) => [r.id, r.properties['security-severity']]));
    expect(levels).toEqual({ 'ENC-REST-002': '5.5', 'NOTIFY-TRANSFER-001': '7.5', 'TRAIN-STAFF-001': '3.0', 'TRANSFER-BASIS-001': '9.5' });
  });

  it('maps findings to results with locations, pointers, fingerprints, suppressions and baseline state', () => {
    const results = sarifRun.results;
    expect(results).toHaveLength(4);
    const [first, waived, baselined, hostile] = results;
    expect(sarifRun.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
    expect(first.level).toBe('error');
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'plans/a.yaml', index: 0 },
      region: { startLine: 4, startColumn: 3 },
    });
    expect(first.locations[0].logicalLocations[0]).toMatchObject({ fullyQualifiedName: '/pi_transfers/0', kind: 'element' });
    expect(first.partialFingerprints).toEqual({ 'piplGuardFingerprint/v1': 'f1' });
    expect(first.baselineState).toBe('new');
    expect(first.suppressions).toBeUndefined();
    expect(waived.suppressions).toEqual([
      expect.objectContaining({ kind: 'external', status: 'accepted', justification: 'notice <sent> by "letter" & SMS\u0007' }),
    ]);
    expect(waived.locations[0].logicalLocations[0].fullyQualifiedName).toBe('/notices/transfer/sent_on');
    expect(baselined.baselineState).toBe('unchanged');
    expect(hostile.locations[0].physicalLocation.artifactLocation.uri).toBe('plans/b%20%E8%AE%A1%E5%88%92.yaml');
  });

  it('sets the run language, reports notices, and has no timestamp without --now', () => {
    expect(sarifRun.language).toBe('en-US');
    expect(JSON.parse(renderSarif(run, { lang: 'zh', color: false })).runs[0].language).toBe('zh-CN');
    const invocation = sarifRun.invocations[0];
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.startTimeUtc).toBe('2026-03-01T00:00:00.000Z');
    expect(invocation.toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text)).toEqual([
      'waivers.yaml:3:5: waiver W-NONE matches no finding (remove or correct it)',
      'waivers.yaml:12:5: waiver W-OLD has expired and no longer applies; its findings stay open',
      'baseline entry RETAIN-DELETE-001 (gone) is no longer found; remove it from the baseline',
    ]);
    const { now: _now, ...withoutNow } = run;
    const plain = renderSarif(withoutNow, { lang: 'en', color: false });
    expect(plain).not.toMatch(/Time/);
    expect(plain).toBe(renderSarif(withoutNow, { lang: 'en', color: false }));
  });

  it('omits baselineState when no baseline was used, and handles an empty run', () => {
    const plain = JSON.parse(renderSarif(makeRun({ findings: [makeFinding()] }), { lang: 'en', color: false }));
    expect(plain.runs[0].results[0].baselineState).toBeUndefined();
    const empty = JSON.parse(renderSarif(makeRun(), { lang: 'zh', color: false }));
    expect(empty.runs[0].results).toEqual([]);
    expect(validate(empty)).toBe(true);
  });

  it('names rules as identifiers', () => {
    expect(ruleName('TRANSFER-BASIS-001')).toBe('TransferBasis001');
  });
});
