// Builds schemas/plan.schema.json from the section modules in this folder.
//   node tools/plan-schema/build.mjs          write the schema
//   node tools/plan-schema/build.mjs --check  exit 1 if the committed schema is out of date
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlanSchema } from './schema.mjs';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas', 'plan.schema.json');
const text = `${JSON.stringify(buildPlanSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    process.stderr.write('schemas/plan.schema.json is out of date: run node tools/plan-schema/build.mjs\n');
    process.exit(1);
  }
} else {
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, target);
  process.stdout.write(`wrote ${target}\n`);
}
