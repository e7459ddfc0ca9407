import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateValidatorModule } from './validator-codegen.js';

/**
 * Build step (`npm run build` runs it after tsc): writes the plan schema's validator as plain code
 * next to the compiled plan modules, so the CLI does not spend half a second compiling the schema
 * on every start. Written atomically: a temp file in the same folder, then a rename.
 */
const schemaFile = fileURLToPath(new URL('../../schemas/plan.schema.json', import.meta.url));
const target = fileURLToPath(new URL('./plan-validator.generated.cjs', import.meta.url));
const source = generateValidatorModule(readFileSync(schemaFile, 'utf8'));
const temp = `${target}.${process.pid}.tmp`;
writeFileSync(temp, source);
renameSync(temp, target);
