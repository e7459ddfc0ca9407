import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { writeFileAtomic } from '../../src/fs/write-atomic.js';

const dir = mkdtempSync(join(tmpdir(), 'pipl-atomic-'));
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes and replaces whole files, leaving no temporary file', () => {
    const file = join(dir, 'r.txt');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, '二');
    expect(readFileSync(file, 'utf8')).toBe('二');
    expect(readdirSync(dir)).toEqual(['r.txt']);
  });

  it('fails with a bilingual user error and leaves the old file untouched', () => {
    const file = join(dir, 'keep.txt');
    writeFileSync(file, 'old');
    try {
      writeFileAtomic(join(dir, 'missing-folder', 'x.txt'), 'new');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).messageId).toBe('cli.write_failed');
      expect((error as UserError).text.en).toContain('ENOENT');
    }
    if (process.getuid?.() !== 0) {
      chmodSync(dir, 0o555);
      expect(() => writeFileAtomic(file, 'new')).toThrow(UserError);
      chmodSync(dir, 0o755);
    } else {
      console.log('running as root: the read-only folder case cannot fail and is not checked');
    }
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write over a directory', () => {
    expect(() => writeFileAtomic(dir, 'x')).toThrow(UserError);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('follows a symbolic link: the link stays, the file it points to is replaced', () => {
    const real = join(dir, 'real.txt');
    const link = join(dir, 'link.txt');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
  });

  it('writes into a named pipe in place instead of replacing it (as for /dev/stdout or /dev/null)', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
    });
    const done = new Promise((resolve) => reader.on('close', resolve));
    writeFileAtomic(fifo, 'through the pipe');
    await done;
    expect(received).toBe('through the pipe');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

