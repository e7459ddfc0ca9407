/** Worker thread of the conformance runner: runs the cases it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { registerBuiltin } from '../builtins/registry.js';
import { readCaseFile, type ConformanceCase } from './cases.js';
import { runCase } from './run-case.js';

// A builtin that exists only in OPA's test harness (used by `time/time caching`).
registerBuiltin('test.sleep', () => null, { arity: 1 });

export interface CaseRequest {
  path: string;
  index: number;
  timeoutMs: number;
}

const files = new Map<string, ConformanceCase[]>();

parentPort?.on('message', (req: CaseRequest) => {
  let cases = files.get(req.path);
  try {
    if (!cases) {
      cases = readCaseFile(req.path);
      files.set(req.path, cases);
    }
    const c = cases[req.index]!;
    const outcome = runCase(c, { timeoutMs: req.timeoutMs, maxSteps: 20_000_000 });
    parentPort!.postMessage({ ...outcome, note: c.note });
  } catch (e) {
    parentPort!.postMessage({ pass: false, reason: `runner error: ${e instanceof Error ? e.message : String(e)}`, note: cases?.[req.index]?.note ?? '' });
  }
});
