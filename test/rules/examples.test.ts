import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/cli/version.js';
import { lintPlan } from '../../src/lint/run.js';
import { loadPlanFile } from '../../src/plan/load.js';
import { loadRuleset, type Ruleset } from '../../src/rules/ruleset.js';
import { ExpectationError, matchesAny, parseExampleExpectations } from './example-expectations.js';

/**
 * Every example plan fires exactly the rules `examples/README.md` lists for it (among the rules
 * shipped today), none of the rules it marks quiet, and the compliant merger fires nothing.
 */
const examplesDir = join(packageRoot(), 'examples');
const exampleFiles = readdirSync(examplesDir).filter((name) => /\.(ya?ml|json)$/.test(name)).sort();
const expectations = parseExampleExpectations(readFileSync(join(examplesDir, 'README.md'), 'utf8'));

let ruleset: Ruleset;
beforeAll(async () => {
  ruleset = await loadRuleset({ cwd: packageRoot() });
});

describe('example plans fire exactly the rules examples/README.md lists', () => {
  it('has a README section for every example and an example for every section', () => {
    expect([...expectations.keys()].sort()).toEqual(exampleFiles);
  });

  for (const file of exampleFiles) {
    it(file, async () => {
      const expectation = expectations.get(file)!;
      const plan = loadPlanFile(join(examplesDir, file));
      const preparedOn = (plan.data as { plan?: { prepared_on?: string } }).plan?.prepared_on;
      expect(preparedOn, `${file} states plan.prepared_on (the lint date)`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const findings = await lintPlan(plan, ruleset.rules, preparedOn!);
      const shipped = new Set(ruleset.rules.map((rule) => rule.meta.id));
      const fired = [...new Set(findings.map((finding) => finding.rule_id))].filter((id) => !matchesAny(id, expectation.review)).sort();
      const wanted = expectation.fire.filter((id) => shipped.has(id)).sort();
      expect(fired).toEqual(wanted);
    });
  }

  it('the compliant merger has no table, so no rule may fire on it', () => {
    const compliant = expectations.get('compliant-merger.yaml')!;
    expect(compliant.fire).toEqual([]);
  });
});

describe('README expectation tables', () => {
  const parse = (text: string) => parseExampleExpectations(text);

  it('reads fire, quiet (with prefixes and remarks) and review rows', () => {
    const map = parse(
      [
        '### S9 — `s9.yaml`',
        '| Rule | Why it fires | Where |',
        '|---|---|---|',
        '| A-B-001 | a gap | `/x` |',
        '| C-002, XBORDER-*, D-003 (biennial) | *quiet*: fine | |',
        '| REG-X-004 | *for review*: contested | |',
        '## Other',
        '| Z-009 | outside any example section | |',
      ].join('\n'),
    );
    expect(map.get('s9.yaml')).toEqual({ fire: ['A-B-001'], quiet: ['C-002', 'XBORDER-*', 'D-003'], review: ['REG-X-004'] });
    expect(matchesAny('XBORDER-MECH-001', ['XBORDER-*'])).toBe(true);
    expect(matchesAny('XBORDERS-001', ['XBORDER-*'])).toBe(false);
  });

  it('refuses a cell that is not a rule id', () => {
    expect(() => parse('### `a.yaml`\n| TRANSFER BASIS | gap | |')).toThrow(ExpectationError);
  });

  it('refuses a rule that both fires and stays quiet', () => {
    expect(() => parse('### `a.yaml`\n| A-001 | gap | |\n| A-* | *quiet* | |')).toThrow(/both fire and stay quiet/);
  });

  it('refuses two sections for one file and a row without a reason', () => {
    expect(() => parse('### `a.yaml`\n### `a.yaml`')).toThrow(/second section/);
    expect(() => parse('### `a.yaml`\n| A-001 |')).toThrow(/reason cell/);
  });
});
