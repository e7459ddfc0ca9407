import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  parseAllDocuments,
  type Document,
  type YAMLError,
} from 'yaml';
import { UserError } from '../errors/user-error.js';
import { PlanDocument, type JsonValue } from './document.js';
import './messages.js';

export interface LoadOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
  /** Refuse trees nested deeper than this. */
  maxDepth?: number;
}

/** 64 MiB: the largest plan we load by default. Measured peak memory is about 60x the file size. */
export const DEFAULT_MAX_PLAN_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads and parses one plan file (YAML or JSON) into data plus a position index. */
export function loadPlanFile(file: string, options: LoadOptions = {}): PlanDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PLAN_BYTES;
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UserError('plan.is_directory', { file }, { file });
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('plan.not_found', { file }, { file });
    throw new UserError('plan.unreadable', { file, reason: code ?? String(error) }, { file });
  }
  if (size > maxBytes) throw new UserError('plan.too_large', { size, limit: maxBytes }, { file });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError('plan.unreadable', { file, reason: code ?? String(error) }, { file });
  }
  return parsePlan(file, bytes, options);
}

/** Parses plan bytes; `file` names the source in errors and findings. */
export function parsePlan(file: string, bytes: Uint8Array, options: LoadOptions = {}): PlanDocument {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const text = decodeUtf8(file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const format = /^\.json$/i.test(extname(file)) ? 'json' : 'yaml';
  if (text.trim() === '' || isOnlyComments(text)) throw new UserError('plan.empty', {}, { file, line: 1, column: 1 });

  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    version: '1.2',
    schema: 'core',
    merge: false,
    keepSourceTokens: false,
  });
  if (doc.errors.length > 0) throw syntaxError(file, format, doc.errors[0]!, lines, text);
  checkSingleDocument(file, text, lines);

  const root = doc.contents;
  if (!isMap(root)) {
    const pos = lines.linePos(root?.range?.[0] ?? 0);
    throw new UserError('plan.top_not_mapping', { kind: kindOf(root) }, { file, line: pos.line, column: pos.col });
  }
  checkTree(file, root, lines, maxDepth);

  const data = doc.toJS({ maxAliasCount: 0 }) as { [key: string]: JsonValue };
  return new PlanDocument(file, text, sha256, format, data, doc as Document.Parsed, lines);
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const pos = lineColOfByte(bytes, nul);
    throw new UserError('plan.binary', {}, { file, line: pos.line, column: pos.column });
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text;
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const pos = lineColOfByte(bytes, bad);
    throw new UserError('plan.not_utf8', { line: pos.line }, { file, line: pos.line, column: pos.column });
  }
}

function lineColOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** Index of the first byte that breaks UTF-8 (the decoder only tells us that one does). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function isOnlyComments(text: string): boolean {
  return text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line) || /^\s*(---|\.\.\.)\s*$/.test(line));
}

function syntaxError(file: string, format: 'yaml' | 'json', error: YAMLError, lines: LineCounter, text: string): UserError {
  const pos = lines.linePos(error.pos[0]);
  const location = { file, line: pos.line, column: pos.col };
  if (error.code === 'DUPLICATE_KEY') {
    const key = duplicateKeyName(text, error.pos[0]);
    return new UserError('plan.duplicate_key', { key }, location);
  }
  if (error.code === 'TAG_RESOLVE_FAILED' || /tag/i.test(error.code)) {
    const tag = /(!\S+)/.exec(error.message)?.[1] ?? error.message;
    return new UserError('plan.unsupported_tag', { tag }, location);
  }
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?.*$/, '');
  return new UserError(format === 'json' ? 'plan.json_syntax' : 'plan.yaml_syntax', { detail }, location);
}

function duplicateKeyName(text: string, offset: number): string {
  const rest = text.slice(offset);
  const match = /^\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n]+?)\s*:/.exec(rest);
  if (!match) return '?';
  const raw = match[1]!;
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw;
    }
  }
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw.trim();
}

function checkSingleDocument(file: string, text: string, lines: LineCounter): void {
  if (!/^(---|\.\.\.)/m.test(text)) return;
  const all = parseAllDocuments(text, { lineCounter: new LineCounter() });
  if (Array.isArray(all) && all.length > 1) {
    const second = all[1]!;
    const pos = lines.linePos(second.range[0]);
    throw new UserError('plan.multiple_documents', {}, { file, line: pos.line, column: pos.col });
  }
}

/** Walks the parsed tree once: depth limit, forbidden and non-string keys, aliases and anchors. */
function checkTree(file: string, root: unknown, lines: LineCounter, maxDepth: number): void {
  const at = (node: unknown) => {
    const offset = (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
    const pos = lines.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isAlias(node)) throw new UserError('plan.alias_not_allowed', { kind: `*${node.source}` }, at(node));
    if (node && typeof node === 'object' && 'anchor' in node && (node as { anchor?: string }).anchor) {
      throw new UserError('plan.alias_not_allowed', { kind: `&${(node as { anchor: string }).anchor}` }, at(node));
    }
    if (isMap(node) || isSeq(node)) {
      if (depth > maxDepth) throw new UserError('plan.too_deep', { limit: maxDepth }, at(node));
    }
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = item.key;
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number' && typeof key.value !== 'boolean')) {
          throw new UserError('plan.non_string_key', { kind: kindOf(key) }, at(key ?? node));
        }
        if (typeof key.value === 'string' && FORBIDDEN_KEYS.has(key.value)) {
          throw new UserError('plan.forbidden_key', { key: key.value }, at(key));
        }
        if (key.anchor) throw new UserError('plan.alias_not_allowed', { kind: `&${key.anchor}` }, at(key));
        stack.push({ node: item.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if (isScalar(node) && typeof node.value === 'number' && !Number.isFinite(node.value)) {
      throw new UserError('plan.non_finite_number', { value: node.source ?? String(node.value) }, at(node));
    }
  }
}

function kindOf(node: unknown): string {
  if (node === null || node === undefined) return 'null';
  if (isSeq(node)) return 'sequence';
  if (isMap(node)) return 'mapping';
  if (isScalar(node)) return node.value === null ? 'null' : typeof node.value;
  return typeof node;
}
