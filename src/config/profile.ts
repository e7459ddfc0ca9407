import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { packageRoot } from '../cli/version.js';
import { UserError } from '../errors/user-error.js';
import type { FailOn } from '../findings/summary.js';
import type { Severity } from '../findings/types.js';
import { originOf } from './config-file.js';
import type { Profile, RuleSelector } from './types.js';
import { loadSettingsFile } from './yaml-file.js';
import './messages.js';

export function shippedProfilesDir(): string {
  return join(packageRoot(), 'policies', 'profiles');
}

/** Names of the shipped profiles, sorted. */
export function shippedProfileNames(): string[] {
  const dir = shippedProfilesDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => basename(name, '.yaml'))
    .sort();
}

/**
 * Finds a profile by shipped name (`liquidation`) or by path (anything with a `/` or a `.yaml` /
 * `.yml` ending, relative to `baseDir`), and loads it.
 */
export function resolveProfile(value: string, baseDir: string): Profile {
  const looksLikePath = /[\\/]/.test(value) || /\.ya?ml$/i.test(value);
  if (looksLikePath) return loadProfile(resolve(baseDir, value));
  const file = join(shippedProfilesDir(), `${value}.yaml`);
  if (/^[a-z0-9][a-z0-9-]*$/.test(value) && existsSync(file)) return loadProfile(file);
  throw new UserError('config.unknown_profile', { name: value, known: shippedProfileNames().join(', ') });
}

interface RawProfile {
  name: string;
  description: { zh: string; en: string };
  include?: RuleSelector;
  exclude?: RuleSelector;
  severity?: Record<string, Severity>;
  fail_on?: FailOn;
  evidence_requests?: boolean;
}

/** Reads and checks a profile file (schema: `schemas/profile.schema.json`). */
export function loadProfile(file: string): Profile {
  const checked = loadSettingsFile(file, 'profile');
  const raw = checked.data as unknown as RawProfile;
  const severity: Profile['severity'] = {};
  for (const [id, value] of Object.entries(raw.severity ?? {})) {
    severity[id] = { severity: value, origin: originOf(checked, `/severity/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`) };
  }
  const idOrigins: Profile['idOrigins'] = [];
  for (const part of ['include', 'exclude'] as const) {
    (raw[part]?.ids ?? []).forEach((id, i) => idOrigins.push({ id, origin: originOf(checked, `/${part}/ids/${i}`) }));
  }
  return {
    name: raw.name,
    file,
    description: raw.description,
    ...(raw.include ? { include: raw.include } : {}),
    ...(raw.exclude ? { exclude: raw.exclude } : {}),
    severity,
    idOrigins,
    ...(raw.fail_on !== undefined ? { fail_on: raw.fail_on } : {}),
    evidence_requests: raw.evidence_requests ?? false,
  };
}
