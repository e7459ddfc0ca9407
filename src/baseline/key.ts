import { relative, resolve, sep } from 'node:path';

/** A plan path relative to the baseline's folder, with POSIX separators (stable across machines). */
export function planPathFromBaseline(baselineDir: string, planFile: string, cwd: string): string {
  const rel = relative(baselineDir, resolve(cwd, planFile));
  return sep === '\\' ? rel.split(sep).join('/') : rel;
}

/** Entries and findings match on plan path plus fingerprint (never on line numbers). */
export function baselineKey(file: string, fingerprint: string): string {
  return `${file}\u0000${fingerprint}`;
}
