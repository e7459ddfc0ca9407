import { basename } from 'node:path';
import { compareText } from '../../findings/sort.js';
import type { LocalizedText } from '../../i18n/lang.js';
import { listPolicyFiles } from '../discover.js';
import { compilePolicy, evaluateQuery, type CompiledPolicy } from '../../rego/engine.js';
import { RegoError } from '../../rego/syntax/errors.js';
import type { Module } from '../../rego/syntax/ast.js';
import { CoverageCollector, type CoverageReport } from './coverage.js';
import { readRegoSources } from './load-rego-rules.js';
import { dataRef } from './package-category.js';
import { message } from '../../i18n/catalog.js';
import './messages.js';

export interface PolicyTestResult {
  /** `data.pkg.test_name` */
  name: string;
  file: string;
  line: number;
  passed: boolean;
  /** Why it failed: undefined/false result, or an evaluation error. */
  reason?: LocalizedText;
}

export interface PolicyTestRun {
  results: PolicyTestResult[];
  passed: number;
  failed: number;
  coverage: CoverageReport;
}

export interface PolicyTestOptions {
  /** `time.now_ns()` for tests that do not mock it (default: the real clock). */
  nowNs?: bigint;
}

const isTestFile = (file: string) => basename(file).endsWith('_test.rego');

/** Every `.rego` file under the folders (policy modules and `*_test.rego`), sorted. */
export function regoFilesOf(dirs: string[]): string[] {
  return [...new Set(dirs.flatMap((dir) => listPolicyFiles(dir)).filter((file) => file.endsWith('.rego')))].sort(compareText);
}

/** Compiles policies and tests together; mistakes are UserErrors with file:line:col. */
export function compileWithTests(files: string[]): CompiledPolicy {
  return compilePolicy(readRegoSources(files));
}

/**
 * Runs every `test_*` rule (OPA's convention: a test passes when it is defined and true) and
 * measures line coverage of the policy modules (not of the tests).
 */
export function runPolicyTests(policy: CompiledPolicy, options: PolicyTestOptions = {}): PolicyTestRun {
  const collector = new CoverageCollector();
  const tests = new Map<string, { file: string; line: number; path: string[] }>();
  for (const module of policy.modules) {
    for (const rule of module.rules) {
      const head = rule.head.ref[0];
      if (head?.type !== 'var' || !head.name.startsWith('test_') || rule.head.ref.length !== 1 || rule.kind === 'function') continue;
      const path = [...module.packagePath, head.name];
      const name = dataRef(path);
      const known = tests.get(name);
      if (!known || compareText(`${module.file}:${rule.loc.row}`, `${known.file}:${known.line}`) < 0) tests.set(name, { file: module.file, line: rule.loc.row, path });
    }
  }
  const results: PolicyTestResult[] = [];
  for (const [name, test] of [...tests].sort((a, b) => compareText(a[1].file, b[1].file) || a[1].line - b[1].line)) {
    try {
      const rows = evaluateQuery(policy, name, { trace: collector.trace, ...(options.nowNs === undefined ? {} : { nowNs: options.nowNs }) });
      const value = rows[0]?.expressions[0]?.value;
      if (value === true) results.push({ name, file: test.file, line: test.line, passed: true });
      else results.push({ name, file: test.file, line: test.line, passed: false, reason: message(value === undefined ? 'policy_test.undefined' : 'policy_test.not_true') });
    } catch (error) {
      if (!(error instanceof RegoError)) throw error;
      const where = error.where && error.where.row > 0 ? `${error.where.file}:${error.where.row}: ` : '';
      results.push({ name, file: test.file, line: test.line, passed: false, reason: { zh: where + error.text.zh, en: where + error.text.en } });
    }
  }
  const policyModules: Module[] = policy.modules.filter((module) => !isTestFile(module.file));
  const passed = results.filter((r) => r.passed).length;
  return { results, passed, failed: results.length - passed, coverage: collector.report(policyModules) };
}
