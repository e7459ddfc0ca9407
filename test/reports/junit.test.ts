import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/reports/formats/junit.js';
import { stripForbiddenXmlChars, xmlAttr } from '../../src/reports/formats/xml-escape.js';
import { makeFinding, makeRule, makeRun, makeWaiver, richRun } from './helpers/factory.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

interface Case {
  name: string;
  classname: string;
  failure?: { message: string; type: string; '#text': string };
  skipped?: { message: string };
  'system-out'?: string;
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as { testsuites: { tests: string; failures: string; skipped: string; testsuite: Array<{ name: string; tests: string; failures: string; skipped: string; testcase: Case[] }> } };
}

describe('junit', () => {
  it('has one suite per plan and one case per rule, with failures, skips and baselined passes', () => {
    const xml = renderJunit(richRun(), { lang: 'en', color: false });
    const doc = parse(xml);
    expect(doc.testsuites).toMatchObject({ tests: '8', failures: '2', skipped: '1' });
    const [a, b] = doc.testsuites.testsuite;
    expect(a!.name).toBe('plans/a.yaml');
    expect(b!.name).toBe('plans/b 计划.yaml');
    expect(a).toMatchObject({ tests: '4', failures: '1', skipped: '1' });
    expect(b).toMatchObject({ tests: '4', failures: '1', skipped: '0' });
    const byRule = (suite: typeof a, id: string) => suite!.testcase.find((c) => c.name.startsWith(`${id}:`))!;
    const failed = byRule(a, 'TRANSFER-BASIS-001');
    expect(failed.failure!.type).toBe('critical');
    expect(failed.failure!['#text']).toContain('plans/a.yaml:4:3 (/pi_transfers/0) [critical]');
    expect(failed.failure!['#text']).toContain('Legal basis: PIPL Art. 22 [V]');
    const waived = byRule(a, 'NOTIFY-TRANSFER-001');
    expect(waived.skipped!.message).toContain('waived by W-1');
    expect(waived.skipped!.message).toContain('notice <sent> by "letter" & SMS');
    expect(waived.skipped!.message).not.toContain('\u0007');
    const baselined = byRule(a, 'ENC-REST-002');
    expect(baselined.failure).toBeUndefined();
    expect(baselined['system-out']).toContain('in the baseline');
    expect(byRule(a, 'TRAIN-STAFF-001').failure).toBeUndefined();
    expect(byRule(b, 'TRANSFER-BASIS-001').failure!.message).toContain('value `a|b` <script>alert(1)</script>, bad: 100%');
    expect(xml).toContain('bad: 100%&#13;&#10;next @team" type="critical"');
  });

  it('escapes markup and strips characters XML 1.0 forbids, in names too', () => {
    const hostile = makeFinding({
      rule_id: 'X-1',
      file: 'p<"&\'>\u0000\uFFFE\uD800.yaml',
      message: { zh: 'x', en: ']]><evil attr="1"/>\u001B[31m' },
    });
    const xml = renderJunit(makeRun({ findings: [hostile], rules: [makeRule('X-1', { title: { zh: 't', en: '<t>&' } })] }), { lang: 'en', color: false });
    const doc = parse(xml);
    const suite = doc.testsuites.testsuite[0]!;
    expect(suite.name).toBe('p<"&\'>.yaml');
    expect(suite.testcase[0]!.name).toBe('X-1: <t>&');
    expect(suite.testcase[0]!.failure!.message).toBe(']]><evil attr="1"/>[31m');
    expect(xml).not.toContain('<evil');
  });

  it('passes every rule of a clean plan and counts waived-plus-open as a failure', () => {
    const clean = parse(renderJunit(makeRun({ rules: [makeRule('A-1'), makeRule('B-2')] }), { lang: 'zh', color: false }));
    expect(clean.testsuites).toMatchObject({ tests: '2', failures: '0', skipped: '0' });
    const mixed = makeRun({
      findings: [makeFinding({ rule_id: 'A-1' }), makeFinding({ rule_id: 'A-1', status: 'waived', waiver: makeWaiver(), pointer: '/x' })],
    });
    const doc = parse(renderJunit(mixed, { lang: 'en', color: false }));
    const only = doc.testsuites.testsuite[0]!.testcase[0]!;
    expect(only.failure).toBeDefined();
    expect(only.skipped).toBeUndefined();
    expect(only['system-out']).toContain('waived by W-1');
  });

  it('keeps line breaks inside attributes as character references', () => {
    expect(xmlAttr('a\nb\t"c"')).toBe('a&#10;b&#9;&quot;c&quot;');
    expect(stripForbiddenXmlChars('ok\u0001\uD83D\uDE00\uDFFF')).toBe('ok\uD83D\uDE00');
  });
});
