import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { UserError, UserErrors } from '../../src/errors/user-error.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length > 0) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A temporary folder with the given files (paths relative to it); removed after each test. */
export function tempTree(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipl-cfg-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

/** The user errors a call throws, flattened, as `line:column id en-text`. */
export function userErrorsOf(fn: () => unknown): Array<{ id: string; line?: number; column?: number; file?: string; en: string; zh: string }> {
  try {
    fn();
  } catch (error) {
    const list = error instanceof UserErrors ? error.errors : error instanceof UserError ? [error] : undefined;
    if (!list) throw error;
    return list.map((e) => ({
      id: e.messageId,
      ...(e.location?.line !== undefined ? { line: e.location.line } : {}),
      ...(e.location?.column !== undefined ? { column: e.location.column } : {}),
      ...(e.location?.file !== undefined ? { file: e.location.file } : {}),
      en: e.text.en,
      zh: e.text.zh,
    }));
  }
  throw new Error('expected a user error, none was thrown');
}
