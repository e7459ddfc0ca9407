import type { RuleEvaluator } from './types.js';

/**
 * An engine that turns some files of a policy folder into rules. The ruleset asks each loader
 * which files it claims and hands it all of them at once (a Rego loader compiles its modules
 * together). To add an engine, append a loader here; import heavy code lazily inside `load`.
 */
export interface PolicyLoader {
  name: string;
  /** True for a file (base name) this loader reads. */
  claims(fileName: string): boolean;
  /** Loads every claimed file of the run; mistakes are UserErrors with file and line. */
  load(files: string[]): Promise<RuleEvaluator[]>;
}

export const yamlRuleLoader: PolicyLoader = {
  name: 'yaml',
  claims: (fileName) => fileName === 'rule.yaml' || fileName === 'rule.yml' || /\.rule\.ya?ml$/.test(fileName),
  async load(files) {
    const { loadYamlRuleFiles } = await import('./yaml/load-rule-files.js');
    return loadYamlRuleFiles(files);
  },
};

/** Rego rule modules (`*.rego`, not `*_test.rego`), compiled together with the embedded engine. */
export const regoRuleLoader: PolicyLoader = {
  name: 'rego',
  claims: (fileName) => fileName.endsWith('.rego') && !fileName.endsWith('_test.rego'),
  async load(files) {
    const { loadRegoRules } = await import('./rego/load-rego-rules.js');
    return loadRegoRules(files);
  },
};

export const policyLoaders: PolicyLoader[] = [yamlRuleLoader, regoRuleLoader];
