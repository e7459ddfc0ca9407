import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError, UserErrors } from '../../errors/user-error.js';
import { parsePlan } from '../../plan/load.js';
import { listPolicyFiles } from '../discover.js';
import { yamlRuleLoader } from '../loaders.js';
import { shippedPoliciesDir } from '../ruleset.js';
import { loadYamlRuleFile } from './load-rule-file.js';
import { policySchemaFile } from './policy-validator.js';
import { PACK_FORMAT, packKey, rulePackFile, sha256, type RulePack } from './rule-pack.js';

/**
 * Build step (`npm run build` runs it after the validators): checks and compiles every shipped
 * YAML rule and writes their data with the SHA-256 of each file (src/rules/yaml/rule-pack.ts).
 * A shipped rule with mistakes writes no pack (`lint` then loads from source and reports them).
 * Written atomically (temp file in the same folder, then rename).
 */
const target = rulePackFile();
const files = listPolicyFiles(shippedPoliciesDir()).filter((file) => yamlRuleLoader.claims(basename(file)));
const pack: RulePack = { format: PACK_FORMAT, schemaSha256: sha256(readFileSync(policySchemaFile(), 'utf8')), rules: {} };
let broken = 0;
for (const file of files) {
  const bytes = readFileSync(file);
  try {
    loadYamlRuleFile(file, bytes);
  } catch (error) {
    if (!(error instanceof UserError) && !(error instanceof UserErrors)) throw error;
    broken++;
    continue;
  }
  const doc = parsePlan(file, bytes);
  pack.rules[packKey(file)] = { sha256: sha256(bytes), data: doc.data, idLine: doc.positionOf('/id').line };
}
if (broken > 0) {
  rmSync(target, { force: true });
  process.stderr.write(`未写入规则包：${broken} 个内置规则文件有错误（运行 pipl-guard policy lint）\nrule pack not written: ${broken} shipped rule file(s) have mistakes (run pipl-guard policy lint)\n`);
} else {
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(pack));
  renameSync(temp, target);
}
