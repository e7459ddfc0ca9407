import { createRequire } from 'node:module';

/** The small part of better-sqlite3's API the history store uses (the package ships no types). */
export interface Statement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

export interface Database {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction<F extends (...args: never[]) => unknown>(fn: F): F;
  close(): void;
}

const require = createRequire(import.meta.url);

/** Opens (or creates, unless `fileMustExist`) an SQLite database file with better-sqlite3 12. */
export function openSqlite(file: string, options: { fileMustExist?: boolean; readonly?: boolean } = {}): Database {
  const Ctor = require('better-sqlite3') as new (file: string, options: object) => Database;
  return new Ctor(file, { fileMustExist: options.fileMustExist ?? false, readonly: options.readonly ?? false });
}
