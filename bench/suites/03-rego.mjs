// The pack's Rego rules against the closest YAML rules (bench/rego-equivalents/) on generated plans
// of 1,000 / 10,000 / 50,000 data sets, measured interleaved in the same run; conformance-style
// queries in evaluations per second, with and without the coverage tracing hook; and CLI cold
// start of `lint` with and without Rego modules in the policy folder.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regoPlanData } from '../lib/rego-tasks.mjs';

export default async function (h) {
  const { loadRegoRules } = await import(h.dist('rules/rego/load-rego-rules.js'));
  const { loadYamlRuleFiles } = await import(h.dist('rules/yaml/load-rule-files.js'));
  const { lintPlan } = await import(h.dist('lint/run.js'));
  const { parsePlan } = await import(h.dist('plan/load.js'));
  const { compilePolicy, evaluateQuery } = await import(h.dist('rego/engine.js'));
  const { fromJSON } = await import(h.dist('rego/values.js'));

  const packDir = join(h.root, 'policies', 'pipl');
  const regoFiles = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.rego') && !e.name.endsWith('_test.rego')) regoFiles.push(join(dir, e.name));
    }
  };
  walk(packDir);
  const regoRules = loadRegoRules(regoFiles.sort());
  const yamlDir = join(h.root, 'bench', 'rego-equivalents');
  const yamlRules = loadYamlRuleFiles(readdirSync(yamlDir).filter((f) => f.endsWith('.rule.yaml')).map((f) => join(yamlDir, f)));

  h.title('Rego rules vs the same checks as YAML rules', 3);
  const table = h.startTable(['data sets', 'Rego (4 rules) ms', 'YAML (3 rules) ms', 'ratio Rego/YAML', 'Rego findings', 'YAML findings']);
  for (const n of h.quick ? [1_000] : [1_000, 10_000, 50_000]) {
    const text = JSON.stringify(regoPlanData(n));
    const plan = parsePlan(join(h.tmpdir(), `plan-${n}.json`), new TextEncoder().encode(text));
    let regoCount = 0;
    let yamlCount = 0;
    const r = await h.compare(
      {
        rego: async () => (regoCount = (await lintPlan(plan, regoRules, '2026-09-01')).length),
        yaml: async () => (yamlCount = (await lintPlan(plan, yamlRules, '2026-09-01')).length),
      },
      { reps: h.quick ? 2 : n >= 50_000 ? 5 : 7 },
    );
    table.row([n.toLocaleString('en'), h.ms(r.rego.median), h.ms(r.yaml.median), h.ratio(r.ratio('rego', 'yaml')), regoCount, yamlCount]);
  }
  h.note(
    'Each timing is one lint of one already-parsed plan (fresh evaluation context: the plan is converted to a Rego value once per plan and each package is evaluated once). The YAML rules are the closest the YAML format can express (no sums across flows, no intersection of lists, no date comparison between sections), so the Rego side does strictly more work.',
  );

  h.title('Conformance-style queries: evaluations per second', 3);
  const queries = {
    'arithmetic': ['package t\np := x if { x := 1 + 2 * 3 }', 'data.t.p'],
    'set comprehension (100)': ['package t\np := {x | some x in numbers.range(1, 100); x % 2 == 0}', 'data.t.p'],
    'object walk (input)': ['package t\np contains k if { some k, v in input; v > 1 }', 'data.t.p'],
    'function + sprintf': ['package t\nf(x) := sprintf("%v-%v", [x, x])\np := f(7)', 'data.t.p'],
    'every': ['package t\np if { every x in [1, 2, 3] { x > 0 } }', 'data.t.p'],
    'lib.finding (pointer)': [null, 'data.pipl.lib.finding("R-001", ["a", 1, "b~c"], {})'],
  };
  const libPolicy = compilePolicy([{ file: 'result.rego', source: (await import('node:fs')).readFileSync(join(packDir, 'lib', 'result.rego'), 'utf8') }]);
  const input = fromJSON({ a: 1, b: 2, c: 3 });
  const count = h.quick ? 500 : 5_000;
  const qrows = [];
  for (const [name, [source, query]] of Object.entries(queries)) {
    const policy = source ? compilePolicy([{ file: 'q.rego', source }]) : libPolicy;
    const trace = () => undefined;
    const r = await h.compare(
      {
        plain: () => {
          for (let i = 0; i < count; i++) evaluateQuery(policy, query, { input });
        },
        traced: () => {
          for (let i = 0; i < count; i++) evaluateQuery(policy, query, { input, trace });
        },
      },
      { reps: h.quick ? 2 : 5 },
    );
    qrows.push([name, Math.round((count / r.plain.median) * 1000).toLocaleString('en'), Math.round((count / r.traced.median) * 1000).toLocaleString('en'), h.ratio(r.ratio('traced', 'plain'))]);
  }
  h.table(['query', 'evals/s', 'evals/s with trace hook', 'ratio traced/plain'], qrows);
  h.note('Each evaluation parses and compiles the query text and runs it against a compiled policy (what `policy test` does per test).');

  h.title('CLI cold start of lint: policy folder with and without Rego', 3);
  const yamlOnly = h.tmpdir('pipl-yaml-only-');
  cpSync(join(h.root, 'policies'), join(yamlOnly, 'policies'), { recursive: true });
  const strip = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) strip(join(dir, e.name));
      else if (e.name.endsWith('.rego')) rmSync(join(dir, e.name));
    }
  };
  strip(yamlOnly);
  const plan = join(h.root, 'examples', 'share-sale.json');
  writeFileSync(join(yamlOnly, 'README'), 'benchmark copy');
  const bin = join(h.root, 'bin', 'pipl-guard.js');
  const run = (args) => () => {
    try {
      execFileSync(process.execPath, [bin, 'lint', plan, '--format', 'json', ...args], { stdio: 'pipe' });
    } catch (error) {
      if (error.status !== 1) throw error;
    }
  };
  const c = await h.compare(
    { withRego: run([]), yamlOnly: run(['--no-shipped', '--policies', join(yamlOnly, 'policies')]) },
    { reps: h.quick ? 2 : 9 },
  );
  h.table(
    ['policy folder', 'median ms'],
    [
      ['shipped (YAML + Rego)', h.ms(c.withRego.median)],
      ['same rules without .rego files', h.ms(c.yamlOnly.median)],
    ],
  );
  h.note(`Rego adds ${h.ratio(c.ratio('withRego', 'yamlOnly'))} to a whole \`lint\` process (engine import, parse and compile of the pack's modules). Without .rego files in the policy folders the engine is never imported.`);
}
