import { UserError, UserErrors } from '../../errors/user-error.js';
import type { YamlRule } from './yaml-rule.js';
import { loadYamlRuleFile } from './load-rule-file.js';

/** Loads many rule files, gathering the mistakes of all of them before failing. */
export function loadYamlRuleFiles(files: string[]): YamlRule[] {
  const rules: YamlRule[] = [];
  const errors: UserError[] = [];
  for (const file of files) {
    try {
      rules.push(loadYamlRuleFile(file));
    } catch (error) {
      if (error instanceof UserError) errors.push(error);
      else if (error instanceof UserErrors) errors.push(...error.errors);
      else throw error;
    }
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new UserErrors(errors);
  return rules;
}
