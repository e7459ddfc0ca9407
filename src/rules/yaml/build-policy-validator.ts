import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatePolicyValidatorModule, policySchemaFile } from './policy-validator.js';

/**
 * Build step (`npm run build` runs it after tsc): writes the rule-file validator as plain code next
 * to the compiled rule loader, so that loading rules does not compile the policy schema on every
 * start. Written atomically (temp file in the same folder, then rename).
 */
const target = fileURLToPath(new URL('./policy-validator.generated.cjs', import.meta.url));
const source = generatePolicyValidatorModule(readFileSync(policySchemaFile(), 'utf8'));
const temp = `${target}.${process.pid}.tmp`;
writeFileSync(temp, source);
renameSync(temp, target);
