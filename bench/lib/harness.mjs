// The harness every suite receives (see bench/README.md for the API).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..', '..');
const MEASURE_CHILD = join(HERE, 'measure-child.mjs');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function stats(samples) {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples };
}

function gc() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

export function createHarness({ out, quick }) {
  const temps = [];
  const h = {
    /** True for `BENCH_QUICK=1` smoke runs: suites should use small sizes and few repetitions. */
    quick,
    root: ROOT,

    /** file:// URL of a compiled module: `await import(h.dist('plan/load.js'))`. */
    dist(path) {
      return pathToFileURL(join(ROOT, 'dist', path)).href;
    },

    /** A fresh temporary folder, removed when the run ends. */
    tmpdir(prefix = 'pipl-guard-bench-') {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      temps.push(dir);
      return dir;
    },

    /** Median (and min, max, samples) in milliseconds of `reps` runs of `fn` after `warmup` runs. */
    async time(fn, { reps = 7, warmup = 1 } = {}) {
      for (let i = 0; i < warmup; i++) await fn();
      const samples = [];
      for (let i = 0; i < reps; i++) {
        gc();
        const start = performance.now();
        await fn();
        samples.push(performance.now() - start);
      }
      return stats(samples);
    },

    /**
     * Times several functions side by side: each repetition runs every function once, in rotating
     * order, so drift in machine load hits all of them alike. `ratio(a, b)` is the median of the
     * per-repetition ratios a/b, which is steadier than a ratio of medians on a noisy machine.
     */
    async compare(fns, { reps = 9, warmup = 1 } = {}) {
      const names = Object.keys(fns);
      for (let i = 0; i < warmup; i++) for (const name of names) await fns[name]();
      const samples = Object.fromEntries(names.map((n) => [n, []]));
      for (let r = 0; r < reps; r++) {
        for (let k = 0; k < names.length; k++) {
          const name = names[(r + k) % names.length];
          gc();
          const start = performance.now();
          await fns[name]();
          samples[name].push(performance.now() - start);
        }
      }
      const result = Object.fromEntries(names.map((n) => [n, stats(samples[n])]));
      result.ratio = (a, b) => median(samples[a].map((v, i) => v / samples[b][i]));
      return result;
    },

    /**
     * Peak resident memory of one call, measured in a fresh Node process:
     * `export async function NAME(...args)` from `module` (a path or URL) is imported and called.
     * Returns bytes: `peak` (process maxRSS at the end), `before` (RSS after imports, before the
     * call) and `exitCode`/`error` when the child failed. `nodeArgs` adds flags such as
     * `--max-old-space-size=...`.
     */
    peakRss(module, name, args = [], { nodeArgs = [] } = {}) {
      const url = module.startsWith('file:') ? module : pathToFileURL(resolve(module)).href;
      try {
        const stdout = execFileSync(process.execPath, [...nodeArgs, MEASURE_CHILD, url, name, JSON.stringify(args)], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          maxBuffer: 16 * 1024 * 1024,
        });
        return JSON.parse(stdout.trim().split('\n').at(-1));
      } catch (error) {
        return { error: String(error.stderr ?? error.message).split('\n').filter(Boolean).slice(-3).join(' '), exitCode: error.status ?? null };
      }
    },

    /** Prints a heading. */
    title(text, level = 2) {
      out(`\n${'#'.repeat(level)} ${text}\n`);
    },

    /** Prints a paragraph. */
    note(text) {
      out(`\n${text}\n`);
    },

    /** Prints a markdown table at once: `columns` are header strings, `rows` arrays of cells. */
    table(columns, rows) {
      const table = h.startTable(columns);
      for (const row of rows) table.row(row);
    },

    /** Prints a table's header now and each `row(cells)` as soon as it is measured. */
    startTable(columns) {
      out(`\n| ${columns.join(' | ')} |\n|${columns.map(() => ' --- ').join('|')}|\n`);
      return { row: (cells) => out(`| ${cells.join(' | ')} |\n`) };
    },

    /** Formatting helpers for table cells. */
    ms: (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)),
    mb: (bytes) => (bytes / (1024 * 1024)).toFixed(1),
    ratio: (v) => `${v.toFixed(2)}x`,

    cleanup() {
      for (const dir of temps) rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}
