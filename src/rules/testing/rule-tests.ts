import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse as parseYaml, stringify } from 'yaml';
import { UserError } from '../../errors/user-error.js';
import { message } from '../../i18n/catalog.js';
import type { LocalizedText } from '../../i18n/lang.js';
import { packageRoot } from '../../cli/version.js';
import { compareText } from '../../findings/sort.js';
import { lintPlan } from '../../lint/run.js';
import { parsePlan } from '../../plan/load.js';
import { validatePlan } from '../../plan/validate.js';
import { listPolicyFiles } from '../discover.js';
import type { RuleEvaluator } from '../types.js';
import { applyPatch, type PatchOperation } from './json-patch.js';
import './messages.js';

export interface ExpectedHit {
  pointer: string;
  message_contains?: string;
}

export interface RuleTestCase {
  name: string;
  base?: string;
  plan?: Record<string, unknown>;
  patch?: PatchOperation[];
  now?: string;
  validate?: boolean;
  expect: ExpectedHit[];
}

export interface RuleTestFile {
  file: string;
  base?: string;
  now?: string;
  cases: RuleTestCase[];
}

export interface CaseResult {
  name: string;
  passed: boolean;
  /** Why it failed, one sentence each, in both languages. */
  problems: LocalizedText[];
  expected: string[];
  actual: string[];
}

/** A rule folder: `rule.yaml` (or another engine's rule file) and its `tests.yaml`. */
export interface RuleFolder {
  dir: string;
  ruleFile: string;
  testsFile?: string;
}

/** The fixed evaluation date of rule tests unless a case says otherwise. */
export const DEFAULT_TEST_DATE = '2026-01-20';

let validator: ValidateFunction | undefined;

/** Reads and checks a `tests.yaml`. */
export function loadRuleTests(file: string): RuleTestFile {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core' });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError('rules.tests_unreadable', { detail_zh: detail, detail_en: detail }, { file });
  }
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(
    JSON.parse(readFileSync(join(packageRoot(), 'schemas', 'rule-tests.schema.json'), 'utf8')) as object,
  );
  if (!validator(data)) {
    const first = validator.errors![0]!;
    throw new UserError('rules.tests_invalid', { detail: `${first.instancePath || '/'} ${first.message ?? ''}` }, { file, pointer: first.instancePath });
  }
  const tests = data as Omit<RuleTestFile, 'file'>;
  return { file, ...tests };
}

/** Every rule folder under a policy tree (a folder holding `rule.yaml`), sorted. */
export function discoverRuleFolders(root: string): RuleFolder[] {
  return listPolicyFiles(root)
    .filter((file) => /(^|\/)rule\.ya?ml$/.test(file))
    .map((ruleFile) => {
      const dir = dirname(ruleFile);
      const testsFile = ['tests.yaml', 'tests.yml'].map((name) => join(dir, name)).find((f) => existsSync(f));
      return testsFile ? { dir, ruleFile, testsFile } : { dir, ruleFile };
    })
    .sort((a, b) => compareText(a.dir, b.dir));
}

/** Problems with a test file as a whole: a rule needs at least one firing and one quiet case. */
export function coverageProblems(tests: RuleTestFile): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (!tests.cases.some((c) => c.expect.length > 0)) problems.push(message('rules.test.no_firing_case'));
  if (!tests.cases.some((c) => c.expect.length === 0)) problems.push(message('rules.test.no_quiet_case'));
  return problems;
}

/** Runs every case of a test file against one rule. */
export async function runRuleTests(rule: RuleEvaluator, tests: RuleTestFile): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const testCase of tests.cases) results.push(await runCase(rule, tests, testCase));
  return results;
}

async function runCase(rule: RuleEvaluator, tests: RuleTestFile, testCase: RuleTestCase): Promise<CaseResult> {
  const expected = testCase.expect.map((e) => e.pointer).sort(compareText);
  const fail = (problem: LocalizedText): CaseResult => ({ name: testCase.name, passed: false, problems: [problem], expected, actual: [] });
  const baseName = testCase.base ?? (testCase.plan ? undefined : tests.base);
  if ((baseName === undefined) === (testCase.plan === undefined)) {
    return fail(message('rules.tests_bad_case', { name: testCase.name }));
  }
  let file: string;
  let text: string;
  try {
    if (testCase.plan) {
      file = `${tests.file}#${testCase.name}`;
      text = stringify(testCase.plan);
    } else {
      file = resolve(dirname(tests.file), baseName!);
      text = readFileSync(file, 'utf8');
      if (testCase.patch && testCase.patch.length > 0) {
        const data = parseYaml(text, { version: '1.2', schema: 'core' }) as unknown;
        text = stringify(applyPatch(data, testCase.patch));
      }
    }
  } catch (error) {
    return fail(message('rules.test.cannot_build', { detail: (error as Error).message }));
  }
  let plan;
  try {
    plan = parsePlan(file, new TextEncoder().encode(text));
  } catch (error) {
    const text = error instanceof UserError ? error.text : { zh: String(error), en: String(error) };
    return fail(message('rules.test.does_not_load', { detail_zh: text.zh, detail_en: text.en }));
  }
  if (testCase.validate !== false) {
    const invalid = validatePlan(plan);
    if (invalid.length > 0) {
      const detail = (lang: 'zh' | 'en') => invalid.map((d) => `${d.pointer || '/'} ${d.text[lang]}`).join('; ');
      return fail(message('rules.test.invalid_plan', { detail_zh: detail('zh'), detail_en: detail('en') }));
    }
  }
  const today = (testCase.now ?? tests.now ?? DEFAULT_TEST_DATE).slice(0, 10);
  const findings = await lintPlan(plan, [rule], today);
  const actual = findings.map((f) => f.target_pointer).sort(compareText);
  const problems: LocalizedText[] = [];
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    problems.push(message('rules.test.mismatch', { expected: expected.join(', '), actual: actual.join(', ') }));
  }
  for (const want of testCase.expect) {
    if (!want.message_contains) continue;
    const match = findings.find((f) => f.target_pointer === want.pointer);
    if (match && !match.message.en.includes(want.message_contains)) {
      problems.push(message('rules.test.message_lacks', { pointer: want.pointer, text: want.message_contains, message: match.message.en }));
    }
  }
  for (const finding of findings) {
    for (const lang of ['zh', 'en'] as const) {
      const unfilled = /\{[A-Za-z_][A-Za-z0-9_]*\}/.exec(finding.message[lang]);
      if (unfilled) problems.push(message('rules.test.unfilled', { lang, pointer: finding.target_pointer, placeholder: unfilled[0] }));
    }
  }
  return { name: testCase.name, passed: problems.length === 0, problems, expected, actual };
}
