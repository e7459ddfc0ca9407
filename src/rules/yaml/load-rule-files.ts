import { readFileSync } from 'node:fs';
import { UserError, UserErrors } from '../../errors/user-error.js';
import type { YamlRule } from './yaml-rule.js';
import { compileCheckedRule, loadYamlRuleFile } from './load-rule-file.js';
import { policySchemaFile } from './policy-validator.js';
import { packedRule, readRulePack, type RulePack } from './rule-pack.js';

/**
 * Loads many rule files, gathering the mistakes of all of them before failing. A file whose bytes
 * match the build-time pack of shipped rules is compiled from the pack (no YAML parse, no schema
 * check); every other file is read from source. `pack: null` disables the pack (tests, benchmarks).
 */
export function loadYamlRuleFiles(files: string[], pack: RulePack | null | undefined = defaultPack()): YamlRule[] {
  const rules: YamlRule[] = [];
  const errors: UserError[] = [];
  for (const file of files) {
    try {
      rules.push(loadOne(file, pack ?? undefined));
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

function loadOne(file: string, pack: RulePack | undefined): YamlRule {
  if (!pack) return loadYamlRuleFile(file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    return loadYamlRuleFile(file); // reports the unreadable file as usual
  }
  const packed = packedRule(pack, file, bytes);
  if (packed) {
    try {
      return compileCheckedRule(packed);
    } catch (error) {
      if (!(error instanceof UserError) && !(error instanceof UserErrors)) throw error;
      // A pack that no longer compiles (an engine change since the build): the source has the lines.
    }
  }
  return loadYamlRuleFile(file, bytes);
}

function defaultPack(): RulePack | undefined {
  if (process.env.PIPL_GUARD_NO_RULE_PACK === '1') return undefined;
  let schemaText: string;
  try {
    schemaText = readFileSync(policySchemaFile(), 'utf8');
  } catch {
    return undefined;
  }
  return readRulePack(schemaText);
}
