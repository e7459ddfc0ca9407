import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { applyPatch, type PatchOperation } from '../../src/rules/testing/json-patch.js';

export const BASE_PLAN = join(import.meta.dirname, '../../policies/pipl/_fixtures/liquidation-base.yaml');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], options: { isTTY?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'pipl-guard', ...args], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? { LANG: 'en_US.UTF-8' },
  });
  return { code, stdout, stderr };
}

/** Writes the base plan with JSON Patch operations applied into `dir` and returns its path. */
export function patchedPlan(dir: string, name: string, operations: PatchOperation[]): string {
  const data = parse(readFileSync(BASE_PLAN, 'utf8')) as unknown;
  const file = join(dir, name);
  writeFileSync(file, stringify(applyPatch(data, operations)));
  return file;
}
