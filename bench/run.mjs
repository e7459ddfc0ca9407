// `npm run bench` (builds first): runs every bench/suites/*.mjs in name order, or only those whose
// name contains one of the arguments (`npm run bench -- load`). Prints markdown to stdout and
// writes it to bench/out/results.md. BENCH_QUICK=1 asks suites for a fast smoke run.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, createHarness } from './lib/harness.mjs';

const filters = process.argv.slice(2);
const suitesDir = join(ROOT, 'bench', 'suites');
const suites = readdirSync(suitesDir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

let report = '';
const out = (text) => {
  process.stdout.write(text);
  report += text;
};
const quick = process.env.BENCH_QUICK === '1';
const h = createHarness({ out, quick });

out(`# pipl-guard benchmarks\n\nNode ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB${quick ? ', quick run' : ''}${typeof globalThis.gc === 'function' ? '' : ' (no --expose-gc: timings include collections)'}.\n`);
let failed = 0;
try {
  for (const file of suites) {
    h.title(file.replace(/\.mjs$/, ''));
    const started = performance.now();
    try {
      const suite = await import(pathToFileURL(join(suitesDir, file)).href);
      await suite.default(h);
    } catch (error) {
      failed++;
      out(`\n**suite failed:** ${error instanceof Error ? error.stack : String(error)}\n`);
    }
    out(`\n_(${((performance.now() - started) / 1000).toFixed(1)} s)_\n`);
  }
} finally {
  h.cleanup();
}
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'out', 'results.md'), report);
process.exitCode = failed > 0 ? 1 : 0;
