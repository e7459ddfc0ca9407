// Lint with the whole shipped pack against load+validate of the same plan (target: at most 3x,
// linear in plan size), the cost of loading the rules, and the CLI's cold start.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writePlan } from '../generate-plan.mjs';

const NOW = '2026-01-20';

export default async function lintSuite(h) {
  const { runLint, lintPlan } = await import(h.dist('lint/run.js'));
  const { loadRuleset } = await import(h.dist('rules/ruleset.js'));
  const { loadPlanFile } = await import(h.dist('plan/load.js'));
  const { validatePlan } = await import(h.dist('plan/validate.js'));
  const { loadPlanSchema } = await import(h.dist('plan/plan-schema.js'));
  const schema = loadPlanSchema();
  const dir = h.tmpdir();

  const { loadYamlRuleFiles } = await import(h.dist('rules/yaml/load-rule-files.js'));
  const { regoRuleLoader } = await import(h.dist('rules/loaders.js'));
  const yamlFrom = (pack) => ({ name: 'yaml', claims: (name) => name === 'rule.yaml', load: async (files) => loadYamlRuleFiles(files, pack) });
  const loading = await h.time(() => loadRuleset(), { reps: h.quick ? 3 : 7 });
  const fromSource = await h.time(() => loadRuleset({ loaders: [yamlFrom(null), regoRuleLoader] }), { reps: h.quick ? 3 : 7 });
  const ruleset = await loadRuleset();
  h.note(
    `${ruleset.rules.length} rules from ${ruleset.files.length} files. Loading them with the build-time pack of shipped YAML rules (hash check, compile): ${h.ms(loading.median)} ms; from source (YAML parse, schema check, compile): ${h.ms(fromSource.median)} ms (medians; ${h.ratio(fromSource.median / loading.median)} faster with the pack; Rego compile included in both).`,
  );

  const sizes = h.quick ? [100, 1000] : [1000, 10_000, 50_000];
  const rows = [];
  for (const datasets of sizes) {
    const file = writePlan(dir, datasets);
    const reps = h.quick ? 3 : datasets >= 50_000 ? 3 : datasets >= 10_000 ? 5 : 9;
    const lint = () => runLint({ plans: [file], ruleset, now: NOW, maxPlanBytes: Number.MAX_SAFE_INTEGER, failOn: 'never' });
    const load = () => validatePlan(loadPlanFile(file, { maxBytes: Number.MAX_SAFE_INTEGER }), { schema });
    const result = await h.compare({ lint, load }, { reps });
    const doc = loadPlanFile(file, { maxBytes: Number.MAX_SAFE_INTEGER });
    const rulesOnly = await h.time(() => lintPlan(doc, ruleset.rules, NOW), { reps });
    const findings = (await lint()).findings.length;
    rows.push([
      datasets.toLocaleString('en-US'),
      findings.toLocaleString('en-US'),
      h.ms(result.load.median),
      h.ms(result.lint.median),
      h.ratio(result.ratio('lint', 'load')),
      h.ms(rulesOnly.median),
      ((result.lint.median * 1000) / datasets).toFixed(0),
      ((rulesOnly.median * 1000) / datasets).toFixed(0),
    ]);
  }
  h.table(['data sets', 'findings', 'load+validate ms', 'lint ms', 'ratio lint / load+validate', 'rules only ms', 'µs per data set (lint)', 'µs per data set (rules)'], rows);
  h.note(
    '"lint" is `runLint` on one plan with the shipped pack: load, validate, every rule, findings built and sorted (the rules are loaded once, outside the timing). "load+validate" is the same file loaded and schema-validated. The ratio is the median of per-repetition ratios (target: at most 3x). Constant µs per data set means linear growth.',
  );

  h.title('CLI cold start', 3);
  const bin = join(h.root, 'bin', 'pipl-guard.js');
  const fixture = join(h.root, 'policies', 'pipl', '_fixtures', 'liquidation-base.yaml');
  const run = (args, env = {}) => () => {
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
    if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  };
  const start = await h.compare(
    {
      bare: run(['-e', '0']),
      version: run([bin, '--version']),
      lint: run([bin, 'lint', fixture, '--now', NOW, '--fail-on', 'never']),
      lintSource: run([bin, 'lint', fixture, '--now', NOW, '--fail-on', 'never'], { PIPL_GUARD_NO_RULE_PACK: '1' }),
    },
    { reps: h.quick ? 3 : 9 },
  );
  h.table(
    ['command', 'median ms', 'ratio to node -e 0'],
    [
      ['node -e 0', h.ms(start.bare.median), '1.00x'],
      ['pipl-guard --version', h.ms(start.version.median), h.ratio(start.ratio('version', 'bare'))],
      [`pipl-guard lint (${ruleset.rules.length} rules, small plan)`, h.ms(start.lint.median), h.ratio(start.ratio('lint', 'bare'))],
      ['the same, rules from source (PIPL_GUARD_NO_RULE_PACK=1)', h.ms(start.lintSource.median), h.ratio(start.ratio('lintSource', 'bare'))],
    ],
  );
  h.note(
    `Wall-clock time of a fresh process (interleaved). \`--version\` measures the CLI shell; \`lint\` adds what the command imports when it runs (the engine, the formats, the build-time plan and rule-file validators), the rules, and linting a 70-line plan. Cold start: the shipped YAML rules come from the build-time pack (dist/rules/yaml/shipped-rules.generated.json: schema-checked data and the SHA-256 of each file, used only for files whose bytes still match), so no rule file is parsed or schema-checked at start; lint from source / lint with the pack = ${h.ratio(start.ratio('lintSource', 'lint'))}.`,
  );
}
