/**
 * `npm run conformance [-- DIR] [--summary FILE] [--check-floor] [--only FOLDER] [--verbose]`
 *
 * Runs OPA's Rego conformance cases in worker threads (each case with a time limit; a worker
 * that overruns is replaced), prints `folder: passed/total` per folder, the core-language and
 * overall pass rates, then `N passed, M failed` as the last line, and writes a JSON summary.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatUserError, UserError } from '../../errors/user-error.js';
import { resolveLang } from '../../i18n/lang.js';
import '../messages.js';
import { listCaseFiles, readCaseFile, readIndex } from './cases.js';
import type { CaseRequest } from './worker.js';

interface Job extends CaseRequest {
  folder: string;
  file: string;
}

interface Result {
  folder: string;
  file: string;
  index: number;
  note: string;
  pass: boolean;
  reason?: string;
}

/** Cases whose expected rows depend on Go map iteration order (reported, not special-cased). */
const ORDER_DEPENDENT = ['reachable_paths/cycle_1022_3', 'refheads/general, multiple result-set entries'];

const CASE_TIMEOUT_MS = 10_000;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function parseArgs(argv: string[]) {
  const opts = { dir: join(repoRoot, '..', 'shared', 'opa-conformance', 'v1'), summary: 'conformance-summary.json', checkFloor: false, only: [] as string[], verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--summary') opts.summary = argv[++i] ?? opts.summary;
    else if (a === '--check-floor') opts.checkFloor = true;
    else if (a === '--only') opts.only.push(argv[++i] ?? '');
    else if (a === '--verbose') opts.verbose = true;
    else opts.dir = resolve(a);
  }
  return opts;
}

async function runAll(jobs: Job[]): Promise<Result[]> {
  const results: Result[] = new Array(jobs.length);
  let next = 0;
  const workerUrl = new URL('./worker.js', import.meta.url);
  const lanes = Math.max(1, Math.min(availableParallelism(), 8));
  const lane = async (): Promise<void> => {
    let worker = new Worker(workerUrl);
    try {
      for (;;) {
        const n = next++;
        if (n >= jobs.length) return;
        const job = jobs[n]!;
        const outcome = await new Promise<{ pass: boolean; reason?: string; note: string }>((done) => {
          const replace = (reason: string) => {
            worker.removeAllListeners('message');
            worker.removeAllListeners('error');
            void worker.terminate();
            worker = new Worker(workerUrl);
            done({ pass: false, reason, note: '' });
          };
          const timer = setTimeout(() => replace(`timeout after ${CASE_TIMEOUT_MS} ms`), CASE_TIMEOUT_MS);
          worker.once('error', (e: unknown) => {
            clearTimeout(timer);
            replace(`worker crashed: ${e instanceof Error ? e.message : String(e)}`);
          });
          worker.once('message', (m: { pass: boolean; reason?: string; note: string }) => {
            clearTimeout(timer);
            worker.removeAllListeners('error');
            done(m);
          });
          worker.postMessage({ path: job.path, index: job.index, timeoutMs: CASE_TIMEOUT_MS / 2 } satisfies CaseRequest);
        });
        results[n] = { folder: job.folder, file: job.file, index: job.index, ...outcome };
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

async function main(): Promise<number> {
  const lang = resolveLang(undefined);
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.dir)) {
    process.stderr.write(`${formatUserError(new UserError('rego.load_not_found', { file: opts.dir }), lang)}\n`);
    return 2;
  }
  const index = readIndex(join(opts.dir, '..', 'INDEX.tsv'));
  const jobs: Job[] = [];
  for (const { folder, file } of listCaseFiles(opts.dir)) {
    if (opts.only.length && !opts.only.includes(folder)) continue;
    const path = join(opts.dir, file);
    const count = readCaseFile(path).length;
    for (let i = 0; i < count; i++) jobs.push({ folder, file, path, index: i, timeoutMs: CASE_TIMEOUT_MS });
  }
  const results = await runAll(jobs);
  const folders = new Map<string, { passed: number; total: number; class: string }>();
  for (const r of results) {
    const f = folders.get(r.folder) ?? { passed: 0, total: 0, class: index.get(r.folder) ?? 'unknown' };
    f.total++;
    if (r.pass) f.passed++;
    folders.set(r.folder, f);
  }
  for (const [name, f] of [...folders].sort(([a], [b]) => (a < b ? -1 : 1))) process.stdout.write(`${name}: ${f.passed}/${f.total}\n`);
  const failures = results.filter((r) => !r.pass);
  if (opts.verbose) for (const r of failures) process.stdout.write(`FAIL ${r.file}#${r.index} ${r.note}: ${r.reason}\n`);
  const passed = results.length - failures.length;
  const core = results.filter((r) => folders.get(r.folder)!.class === 'core');
  const corePassed = core.filter((r) => r.pass).length;
  const pct = (a: number, b: number) => (b === 0 ? '0.0' : ((100 * a) / b).toFixed(1));
  const orderDependent = results.filter((r) => ORDER_DEPENDENT.some((n) => r.note.includes(n)));
  process.stdout.write(`core language: ${corePassed}/${core.length} (${pct(corePassed, core.length)}%)\n`);
  process.stdout.write(`all cases: ${passed}/${results.length} (${pct(passed, results.length)}%)\n`);
  for (const r of orderDependent) process.stdout.write(`order-dependent case (Go map iteration order): ${r.note}: ${r.pass ? 'passed' : 'failed'}\n`);
  let floor: number | undefined;
  const floorPath = join(repoRoot, 'test', 'rego', 'conformance-floor.json');
  if (existsSync(floorPath)) floor = (JSON.parse(readFileSync(floorPath, 'utf8')) as { minPassed: number }).minPassed;
  const summary = {
    root: opts.dir,
    passed,
    failed: failures.length,
    total: results.length,
    core: { passed: corePassed, total: core.length },
    floor: floor ?? null,
    folders: Object.fromEntries([...folders].sort(([a], [b]) => (a < b ? -1 : 1))),
    orderDependent: orderDependent.map((r) => ({ note: r.note, passed: r.pass })),
    failures: failures.map((r) => ({ file: r.file, index: r.index, note: r.note, reason: r.reason })),
  };
  writeAtomic(resolve(opts.summary), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${passed} passed, ${failures.length} failed\n`);
  if (opts.checkFloor && floor !== undefined && passed < floor) {
    process.stderr.write(`${formatUserError(new UserError('rego.conformance_below_floor', { passed, floor }), lang)}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(3);
  },
);
