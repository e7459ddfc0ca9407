import { resolve } from 'node:path';
import { assembleRuleset, loadRuleset, type Ruleset, type RulesetOptions } from '../ruleset.js';
import { loadBundleRules } from './bundle-rules.js';
import { readBundle } from './read-bundle.js';

/**
 * `lint --bundle`: the rules of the policy folders, with the Rego rules the bundle provides
 * evaluated by OPA's wasm build instead of the embedded engine (YAML rules run as usual).
 */
export async function loadBundleRuleset(bundleFile: string, options: RulesetOptions = {}): Promise<Ruleset> {
  const file = resolve(options.cwd ?? process.cwd(), bundleFile);
  const catalogue = await loadRuleset(options);
  const bundleRules = await loadBundleRules(readBundle(file), catalogue.rules);
  const replaced = new Set(bundleRules.map((rule) => rule.meta.id));
  return assembleRuleset([...catalogue.rules.filter((rule) => !replaced.has(rule.meta.id)), ...bundleRules], [...catalogue.files, file]);
}
