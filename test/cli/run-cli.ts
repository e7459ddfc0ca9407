import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/pipl-guard.js', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the compiled CLI (`npm run build` first; `npm test` does) with an explicit locale and no TTY. */
export function runCli(args: string[], lang = 'en_US.UTF-8', nodeArgs: string[] = []): CliResult {
  if (!existsSync(new URL('../../dist/cli/main.js', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does) before the CLI tests');
  }
  const result = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace line (`    at fn (file:1:2)`) or an uncaught error header. */
export const STACK_TRACE = /^\s+at .+[:(]\d+|^(?:Type|Range|Reference|Syntax)?Error: |FATAL ERROR|node:internal/m;
