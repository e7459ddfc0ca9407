import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPlan } from '../../src/lint/run.js';
import { loadPlanFile } from '../../src/plan/load.js';
import { regoRuleLoader, type PolicyLoader } from '../../src/rules/loaders.js';
import { loadRuleset, shippedPoliciesDir } from '../../src/rules/ruleset.js';
import { loadYamlRuleFiles } from '../../src/rules/yaml/load-rule-files.js';
import { policySchemaFile } from '../../src/rules/yaml/policy-validator.js';
import { packKey, readRulePack, sha256, type RulePack } from '../../src/rules/yaml/rule-pack.js';
import { ROOT } from '../assess/helpers.js';

/** The pack `npm run build` wrote next to the compiled loader (npm test builds first). */
const BUILT_PACK = join(ROOT, 'dist/rules/yaml/shipped-rules.generated.json');
const schemaText = () => readFileSync(policySchemaFile(), 'utf8');

function yamlLoader(pack: RulePack | null): PolicyLoader {
  return { name: 'yaml', claims: (name) => name === 'rule.yaml', load: async (files) => loadYamlRuleFiles(files, pack) };
}

const RULE = join(shippedPoliciesDir(), 'pipl/recipient/RECIP-IDENTITY-001/rule.yaml');

/** A pack holding one entry for RULE, with the given changes. */
function onePack(change: (entry: RulePack['rules'][string]) => void): RulePack {
  const pack = readRulePack(schemaText(), BUILT_PACK)!;
  const entry = structuredClone(pack.rules[packKey(RULE)]!);
  change(entry);
  return { ...pack, rules: { [packKey(RULE)]: entry } };
}

describe('build-time pack of the shipped YAML rules', () => {
  it('holds every shipped rule file with the hash of its bytes', () => {
    const pack = readRulePack(schemaText(), BUILT_PACK);
    expect(pack).toBeDefined();
    const entry = pack!.rules[packKey(RULE)]!;
    expect(entry.sha256).toBe(sha256(readFileSync(RULE)));
    expect(entry.data.id).toBe('RECIP-IDENTITY-001');
  });

  it('gives the same ruleset (sha256, revision, files, rules) and the same findings as loading from source', async () => {
    const pack = readRulePack(schemaText(), BUILT_PACK)!;
    const packed = await loadRuleset({ loaders: [yamlLoader(pack), regoRuleLoader] });
    const source = await loadRuleset({ loaders: [yamlLoader(null), regoRuleLoader] });
    expect(packed.sha256).toBe(source.sha256);
    expect(packed.revision).toBe(source.revision);
    expect(packed.files).toEqual(source.files);
    expect(packed.rules.map((r) => r.meta)).toEqual(source.rules.map((r) => r.meta));
    expect(packed.rules.map((r) => r.explain?.())).toEqual(source.rules.map((r) => r.explain?.()));
    for (const example of ['examples/s1-ecommerce-bankruptcy.yaml', 'examples/s6-saas-dissolution.yaml']) {
      const plan = loadPlanFile(join(ROOT, example));
      const [a, b] = [await lintPlan(plan, packed.rules, '2026-05-01'), await lintPlan(plan, source.rules, '2026-05-01')];
      expect(a.length).toBeGreaterThan(0);
      expect(a).toEqual(b);
    }
  });

  it('is used for a file whose bytes match, and ignored for one that changed since the build', () => {
    const retitled = onePack((entry) => {
      entry.data = { ...entry.data, title: { zh: '包内标题', en: 'title from the pack' } };
    });
    expect(loadYamlRuleFiles([RULE], retitled)[0]!.meta.title.en).toBe('title from the pack');
    const stale = onePack((entry) => {
      entry.data = { ...entry.data, title: { zh: '包内标题', en: 'title from the pack' } };
      entry.sha256 = sha256('an older version of the file');
    });
    expect(loadYamlRuleFiles([RULE], stale)[0]!.meta.title.en).not.toBe('title from the pack');
  });

  it('falls back to the source when packed data no longer compiles', () => {
    const broken = onePack((entry) => {
      entry.data = { ...entry.data, check: { require: { field: '$.[', present: true } } };
    });
    const [rule] = loadYamlRuleFiles([RULE], broken);
    const [source] = loadYamlRuleFiles([RULE], null);
    expect(rule!.meta).toEqual(source!.meta);
    expect(rule!.explain()).toEqual(source!.explain());
  });

  it('is refused when made for another rule schema or format', () => {
    expect(readRulePack(`${schemaText()} `, BUILT_PACK)).toBeUndefined();
    expect(readRulePack(schemaText(), join(ROOT, 'package.json'))).toBeUndefined();
    expect(readRulePack(schemaText(), join(ROOT, 'no-such-pack.json'))).toBeUndefined();
  });

  it('the built CLI reports the same ruleset and findings with and without the pack', () => {
    const run = (env: Record<string, string>) =>
      execFileSync(process.execPath, [join(ROOT, 'bin/pipl-guard.js'), 'lint', 'examples/s1-ecommerce-bankruptcy.yaml', '--now', '2026-05-01', '--format', 'json'], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    const stdoutOf = (env: Record<string, string>) => {
      try {
        return run(env);
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    };
    const withPack = JSON.parse(stdoutOf({}));
    const withoutPack = JSON.parse(stdoutOf({ PIPL_GUARD_NO_RULE_PACK: '1' }));
    expect(withPack.ruleset).toEqual(withoutPack.ruleset);
    expect(withPack).toEqual(withoutPack);
  });
});
