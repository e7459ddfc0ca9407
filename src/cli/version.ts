import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The package version, read once from package.json. */
export function toolVersion(): string {
  if (cached === undefined) {
    const file = fileURLToPath(new URL('../../package.json', import.meta.url));
    cached = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return cached;
}

/** The folder pipl-guard is installed in (holds schemas/ and policies/). */
export function packageRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}
