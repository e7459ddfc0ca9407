/**
 * Loading Rego policies and documents from disk: `.rego` modules, and `.json` / `.yaml` / `.yml`
 * data files merged into one `data` object (folders are walked recursively, in sorted order).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RegoError } from './syntax/errors.js';
import type { RegoSource } from './engine.js';
import { ObjectValue, fromJSON, type Value } from './values.js';
import './messages.js';

export interface LoadedPolicyFiles {
  modules: RegoSource[];
  data: ObjectValue;
}

const DATA_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

function loadError(id: string, params: Record<string, unknown>, file: string, row?: number, col?: number): RegoError {
  return new RegoError('rego_parse_error', id, params, { file, row: row ?? 0, col: col ?? 0 });
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw loadError('rego.load_unreadable', { file, reason: e instanceof Error ? e.message : String(e) }, file);
  }
}

/** Parses a JSON or YAML document (exact big integers, duplicate keys rejected). */
export function parseDocument(file: string, text: string): Value {
  let parsed: unknown;
  try {
    parsed = parseYaml(text, { intAsBigInt: true, uniqueKeys: true, maxAliasCount: 100 });
  } catch (e) {
    const pos = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw loadError('rego.load_bad_data', { file, detail: e instanceof Error ? e.message.split('\n')[0] : String(e) }, file, pos?.line, pos?.col);
  }
  try {
    return fromJSON(parsed ?? null);
  } catch (e) {
    throw loadError('rego.load_bad_data', { file, detail: e instanceof Error ? e.message : String(e) }, file);
  }
}

/** Reads a JSON/YAML file as a Rego value. */
export function loadDocumentFile(file: string): Value {
  return parseDocument(file, readText(file));
}

function mergeInto(target: ObjectValue, doc: ObjectValue, file: string, path: string[]): void {
  for (const [k, v] of doc) {
    const prev = target.get(k);
    if (prev instanceof ObjectValue && v instanceof ObjectValue) {
      const copy = prev.copy();
      mergeInto(copy, v, file, [...path, String(k)]);
      target.set(k, copy);
    } else if (prev !== undefined) {
      throw loadError('rego.load_data_conflict', { path: [...path, String(k)].join('.') }, file);
    } else target.set(k, v);
  }
}

/**
 * Loads every `-d` path: files or folders. Like `opa eval -d`, a data file found in a subfolder
 * of a folder argument is placed at that subfolder's path (`dir/cfg/limits.yaml` becomes
 * `data.cfg`); files given directly and files at a folder's top are merged at the root.
 * Unsupported explicit files are an error.
 */
export function loadPolicyPaths(paths: string[]): LoadedPolicyFiles {
  const modules: RegoSource[] = [];
  const data = new ObjectValue();
  const visit = (path: string, explicit: boolean, prefix: string[]): void => {
    let st;
    try {
      st = statSync(path);
    } catch {
      throw loadError('rego.load_not_found', { file: path }, path);
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith('.')) continue;
        const child = join(path, name);
        visit(child, false, statSync(child).isDirectory() ? [...prefix, name] : prefix);
      }
      return;
    }
    const ext = extname(path).toLowerCase();
    if (ext === '.rego') modules.push({ file: path, source: readText(path) });
    else if (DATA_EXTENSIONS.has(ext)) {
      let doc = loadDocumentFile(path);
      if (prefix.length === 0 && !(doc instanceof ObjectValue)) throw loadError('rego.load_data_not_object', { file: path }, path);
      for (let i = prefix.length - 1; i >= 0; i--) doc = new ObjectValue().set(prefix[i]!, doc);
      mergeInto(data, doc as ObjectValue, path, []);
    } else if (explicit) throw loadError('rego.load_unsupported', { file: path }, path);
  };
  for (const p of paths) visit(p, true, []);
  return { modules, data };
}

/** Parses an RFC 3339 time (`2026-01-31T00:00:00Z`, fractions allowed) into ns since the epoch. */
export function parseNowNs(text: string): bigint | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:\d{2})?$/.exec(text.trim());
  if (!m) return undefined;
  const base = `${m[1]}T${m[2] ?? '00:00:00'}${m[4] ?? 'Z'}`;
  const ms = Date.parse(base.toUpperCase());
  if (Number.isNaN(ms)) return undefined;
  const frac = BigInt((m[3] ?? '').padEnd(9, '0') || '0');
  return BigInt(ms) * 1_000_000n + frac;
}
