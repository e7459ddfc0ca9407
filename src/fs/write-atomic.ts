import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors/user-error.js';
import '../cli/messages.js';

/**
 * Writes a whole file or nothing: the content goes to a temporary file in the same folder, is
 * flushed, then renamed over the target (atomic on POSIX file systems). On any failure the
 * temporary file is removed, the target is left as it was, and a bilingual UserError
 * (`cli.write_failed`, exit 2) names the file.
 *
 * A symbolic link is followed (the file it points to is replaced, the link stays). A target that
 * exists and is not a regular file (`/dev/stdout`, `/dev/null`, a named pipe) cannot be replaced
 * by a rename without destroying it, so it is written in place.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  // stat follows symbolic links: /dev/stdout -> /proc/self/fd/1 -> a pipe is "not a regular file".
  const existing = statSync(file, { throwIfNoEntry: false });
  if (existing && existing.isDirectory()) throw writeFailed(file, 'EISDIR');
  if (existing && !existing.isFile()) {
    try {
      writeFileSync(file, bytes);
    } catch (error) {
      throw writeFailed(file, errorCode(error), error);
    }
    return;
  }
  const target = existing ? realTarget(file) : file;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing; the write error is the one to report
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file may never have been created
    }
    throw writeFailed(file, errorCode(error), error);
  }
}

/** The path a write really lands on: symbolic links resolved when the target exists. */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

function writeFailed(file: string, reason: string, cause?: unknown): UserError {
  return new UserError('cli.write_failed', { file, reason }, { file }, cause === undefined ? undefined : { cause });
}
