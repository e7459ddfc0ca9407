import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { applyPatch, type PatchOperation } from '../../src/rules/testing/json-patch.js';

export const BASE_PLAN = join(import.meta.dirname, '../../policies/pipl/_fixtures/liquidation-base.yaml');

/** The five template rules this suite is written against (the shipped pack keeps growing). */
export const TEMPLATE_RULES = [
  'incident-response/INCIDENT-PLAN-001',
  'recipient/RECIP-IDENTITY-001',
  'regulator-reporting/REG-DISPOSAL-001',
  'transfer-handover/TRANSFER-BASIS-001',
  'transfer-handover/TRANSFER-ECOM-009',
];

/** A policy folder holding copies of the template rules; use with `--no-shipped --policies`. */
export function templatePolicies(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipl-templates-'));
  for (const rule of TEMPLATE_RULES) cpSync(join(import.meta.dirname, '../../policies/pipl', rule), join(dir, rule), { recursive: true });
  return dir;
}

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
