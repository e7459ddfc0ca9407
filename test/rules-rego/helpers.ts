import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { packageRoot } from '../../src/cli/version.js';
import { main } from '../../src/cli/main.js';

/** A policy folder holding the shipped helper library plus the given files (relative path -> text). */
export function policyFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipl-rego-'));
  mkdirSync(join(dir, 'pipl', 'lib'), { recursive: true });
  copyFileSync(join(packageRoot(), 'policies', 'pipl', 'lib', 'result.rego'), join(dir, 'pipl', 'lib', 'result.rego'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A valid METADATA block for a deny rule; `custom` lines replace or extend the defaults. */
export function metadata(overrides: { title?: string | null; custom?: Record<string, string | null> } = {}): string {
  const custom: Record<string, string | null> = {
    id: 'TEST-REGO-001',
    severity: 'high',
    title_zh: '测试规则',
    description_zh: '用于测试。',
    message: '{zh: "字段 {field} 缺失", en: "the field {field} is missing"}',
    messages: '{other: {zh: "另一条 {field}", en: "another {field}"}}',
    remediation: '{zh: 补上。, en: Add it.}',
    legal_basis: '[{instrument: PIPL, article: "51", verification: V}]',
    ...overrides.custom,
  };
  const lines = ['# METADATA'];
  if (overrides.title !== null) lines.push(`# title: ${overrides.title ?? 'A test rule'}`);
  lines.push('# description: For tests.', '# custom:');
  for (const [key, value] of Object.entries(custom)) if (value !== null) lines.push(`#   ${key}: ${value}`);
  return lines.join('\n');
}

/** A rule module in package pipl.<pkg> whose deny body is `body`. */
export function ruleModule(body: string, options: { pkg?: string; meta?: string } = {}): string {
  return [`package pipl.${options.pkg ?? 'training'}`, '', 'import data.pipl.lib', '', options.meta ?? metadata(), `deny contains finding if {`, body, '}', ''].join('\n');
}

export async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'pipl-guard', '--lang', 'en', ...args], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  });
  return { code, stdout, stderr };
}
