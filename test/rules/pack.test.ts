import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/cli/version.js';
import { shippedPoliciesDir } from '../../src/rules/ruleset.js';
import { coverageProblems, discoverRuleFolders, loadRuleTests, runRuleTests } from '../../src/rules/testing/rule-tests.js';
import { loadYamlRuleFile } from '../../src/rules/yaml/load-rule-file.js';

/**
 * Runs the tests.yaml of every rule folder of the shipped policies: each rule must have at least
 * one case that makes it fire (with the exact pointers) and one that keeps it quiet.
 */
const folders = discoverRuleFolders(shippedPoliciesDir());

describe('shipped rule pack', () => {
  it('has rule folders', () => {
    expect(folders.length).toBeGreaterThanOrEqual(5);
  });

  for (const folder of folders) {
    const name = relative(packageRoot(), folder.dir);
    describe(name, () => {
      it('has a tests.yaml with a firing and a quiet case', () => {
        expect(folder.testsFile, `${name} has no tests.yaml`).toBeDefined();
        expect(coverageProblems(loadRuleTests(folder.testsFile!)).map((p) => p.en)).toEqual([]);
      });
      if (!folder.testsFile) return;
      const tests = loadRuleTests(folder.testsFile);
      const rule = loadYamlRuleFile(folder.ruleFile);
      for (const testCase of tests.cases) {
        it(testCase.name, async () => {
          const [result] = await runRuleTests(rule, { ...tests, cases: [testCase] });
          expect(result!.problems.map((p) => p.en)).toEqual([]);
        });
      }
    });
  }
});
