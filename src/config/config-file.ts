import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors/user-error.js';
import type { FailOn } from '../findings/summary.js';
import type { Lang } from '../i18n/lang.js';
import type { ResolvedConfig, RuleSetting, SettingOrigin } from './types.js';
import { loadSettingsFile, type CheckedFile } from './yaml-file.js';
import './messages.js';

/** The names a project config may have, in order of preference. */
export const CONFIG_NAMES = ['.pipl-guard.yaml', '.pipl-guard.yml'] as const;

interface RawConfig {
  extends?: string;
  profile?: string;
  policies?: string[];
  rules?: Record<string, RuleSetting>;
  fail_on?: FailOn;
  lang?: Lang;
  waivers?: string | string[];
  baseline?: string;
}

export function emptyConfig(): ResolvedConfig {
  return { files: [], policies: [], rules: {}, waivers: [] };
}

/**
 * The nearest `.pipl-guard.yaml` (or `.yml`) in `startDir` or one of its parents, up to the file
 * system root; undefined when there is none.
 */
export function findConfig(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Reads a config file and the files it `extends` (relative to the file that names them), merged
 * base-first: scalars from the extending file win, `rules` merge per rule, `policies` and `waivers`
 * accumulate. A cycle of `extends` is an error naming the chain.
 */
export function loadConfig(file: string): ResolvedConfig {
  return loadChain(resolve(file), []);
}

function loadChain(file: string, stack: string[]): ResolvedConfig {
  if (stack.includes(file)) {
    const chain = [...stack.slice(stack.indexOf(file)), file].join(' -> ');
    throw new UserError('config.extends_cycle', { chain }, { file: stack[stack.length - 1]! });
  }
  const checked = loadSettingsFile(file, 'config');
  const raw = checked.data as RawConfig;
  const dir = dirname(file);
  const base = raw.extends !== undefined ? loadChainAt(checked, resolve(dir, raw.extends), [...stack, file]) : emptyConfig();
  const origin = (pointer: string): SettingOrigin => originOf(checked, pointer);

  const merged: ResolvedConfig = {
    ...base,
    files: [...base.files, file],
    policies: [...base.policies, ...(raw.policies ?? []).map((p) => resolve(dir, p))],
    rules: { ...base.rules },
    waivers: [...base.waivers, ...(raw.waivers === undefined ? [] : Array.isArray(raw.waivers) ? raw.waivers : [raw.waivers]).map((w) => resolve(dir, w))],
  };
  const origins: Record<string, SettingOrigin> = { ...base.origins };
  (raw.policies ?? []).forEach((p, i) => (origins[resolve(dir, p)] = origin(`/policies/${i}`)));
  if (typeof raw.waivers === 'string') origins[resolve(dir, raw.waivers)] = origin('/waivers');
  else (raw.waivers ?? []).forEach((w, i) => (origins[resolve(dir, w)] = origin(`/waivers/${i}`)));
  if (raw.baseline !== undefined) origins[resolve(dir, raw.baseline)] = origin('/baseline');
  merged.origins = origins;
  for (const [id, setting] of Object.entries(raw.rules ?? {})) merged.rules[id] = { setting, origin: origin(`/rules/${escapeKey(id)}`) };
  if (raw.profile !== undefined) merged.profile = { value: raw.profile, baseDir: dir, origin: origin('/profile') };
  if (raw.fail_on !== undefined) merged.fail_on = raw.fail_on;
  if (raw.lang !== undefined) merged.lang = raw.lang;
  if (raw.baseline !== undefined) merged.baseline = resolve(dir, raw.baseline);
  return merged;
}

/** Loads an extended file; a missing one is reported at the `extends` line of the file naming it. */
function loadChainAt(parent: CheckedFile, file: string, stack: string[]): ResolvedConfig {
  if (!existsSync(file)) {
    const at = originOf(parent, '/extends');
    throw new UserError('config.extends_not_found', { file }, { file: parent.file, line: at.line, column: at.column, pointer: '/extends' });
  }
  return loadChain(file, stack);
}

export function originOf(checked: CheckedFile, pointer: string): SettingOrigin {
  if (!checked.document) return { file: checked.file, line: 1, column: 1 };
  const pos = checked.document.positionOf(pointer);
  return { file: checked.file, line: pos.line, column: pos.column };
}

function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
