import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../cli/version.js';
import type { JsonValue } from '../../plan/document.js';
import type { ResolvedPosition } from '../../plan/document.js';
import type { RuleDocument } from './load-rule-file.js';

/**
 * The build-time pack of the shipped YAML rules (`dist/rules/yaml/shipped-rules.generated.json`):
 * each rule file's schema-checked data with the SHA-256 of its bytes, so that `lint` compiles the
 * shipped rules without parsing YAML and validating every file on each start. A file is taken
 * from the pack only when its current bytes have the recorded hash; anything else (an edited rule,
 * a new one, a missing or unreadable pack) is loaded from source as before. The ruleset hash is
 * computed from the files themselves, so it is identical either way.
 */
export interface RulePack {
  format: typeof PACK_FORMAT;
  /** The rule schema the data was checked against: a changed schema invalidates the pack. */
  schemaSha256: string;
  /** Keyed by path relative to the package root, `/`-separated. */
  rules: Record<string, PackedRule>;
}

export interface PackedRule {
  sha256: string;
  data: { [key: string]: JsonValue };
  /** Line of the rule's `id` key (`RuleMeta.source.line`). */
  idLine: number;
}

export const PACK_FORMAT = 1;

export function rulePackFile(): string {
  return fileURLToPath(new URL('./shipped-rules.generated.json', import.meta.url));
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The key of a file in the pack: its path under the package root. */
export function packKey(file: string): string {
  return relative(packageRoot(), resolve(file)).split('\\').join('/');
}

let cached: RulePack | null | undefined;

/** The pack written by the build, if present, readable and made for this rule schema. */
export function readRulePack(schemaText: string, file = rulePackFile()): RulePack | undefined {
  if (file !== rulePackFile()) return usable(readPackFile(file), schemaText);
  if (cached === undefined) cached = readPackFile(file) ?? null;
  return usable(cached ?? undefined, schemaText);
}

function readPackFile(file: string): RulePack | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RulePack;
  } catch {
    return undefined; // running from source, or the build step did not run: load every rule from its file
  }
}

function usable(pack: RulePack | undefined, schemaText: string): RulePack | undefined {
  if (!pack || pack.format !== PACK_FORMAT || pack.schemaSha256 !== sha256(schemaText)) return undefined;
  return pack.rules !== null && typeof pack.rules === 'object' ? pack : undefined;
}

/** The packed rule for a file whose current bytes are `bytes`, or `undefined` when it is not packed as it is now. */
export function packedRule(pack: RulePack | undefined, file: string, bytes: Uint8Array): RuleDocument | undefined {
  const entry = pack?.rules[packKey(file)];
  if (!entry || entry.sha256 !== sha256(bytes)) return undefined;
  return {
    file,
    data: entry.data,
    // Packed rules compiled without problems at build time; positions serve error messages only.
    positionOf: (pointer: string): ResolvedPosition => ({ line: entry.idLine, column: 1, pointer, approximate: true }),
  };
}
