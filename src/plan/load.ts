import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { Composer, LineCounter, Parser, isAlias, isMap, isPair, isScalar, isSeq, type CST, type Document } from 'yaml';
import { UserError } from '../errors/user-error.js';
import { tooDeepOffset } from './cst-depth.js';
import { PlanDocument, type JsonValue } from './document.js';
import { decodePlanText } from './encoding.js';
import { checkStrictJson } from './json-syntax.js';
import { checkMemoryBudget } from './memory-budget.js';
import { yamlSyntaxError } from './yaml-syntax.js';
import './limit-messages.js';
import './messages.js';

export interface LoadOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
  /** Refuse trees nested deeper than this. */
  maxDepth?: number;
}

/**
 * 32 MiB: the largest plan loaded by default. Loading and validating needs about 60 bytes of memory
 * per byte of plan (measured, see docs/limits.md), so a plan at the limit peaks near 2 GB, inside
 * V8's default heap (about 4 GB on 64-bit machines with enough memory). Larger plans can be allowed
 * with --max-plan-bytes; `checkMemoryBudget` then refuses one that would not fit in the heap.
 */
export const DEFAULT_MAX_PLAN_BYTES = 32 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Explicit tags that only restate what the core schema would resolve anyway. */
const HARMLESS_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** Reads and parses one plan file (YAML or JSON) into data plus a position index. */
export function loadPlanFile(file: string, options: LoadOptions = {}): PlanDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PLAN_BYTES;
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UserError('plan.is_directory', { file }, { file });
    // a FIFO would block and a device like /dev/zero would never end: only regular files are read
    if (!stat.isFile()) throw new UserError('plan.not_regular_file', { file }, { file });
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('plan.not_found', { file }, { file });
    throw new UserError('plan.unreadable', { file, reason: code ?? String(error) }, { file });
  }
  if (size > maxBytes) throw new UserError('plan.too_large', { size, limit: maxBytes }, { file });
  checkMemoryBudget(file, size);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError('plan.unreadable', { file, reason: code ?? String(error) }, { file });
  }
  // a file that grew between stat and read (or a device that reports size 0) is held to the same limit
  if (bytes.length > maxBytes) throw new UserError('plan.too_large', { size: bytes.length, limit: maxBytes }, { file });
  return parsePlan(file, bytes, options);
}

/** Parses plan bytes; `file` names the source in errors and findings. */
export function parsePlan(file: string, bytes: Uint8Array, options: LoadOptions = {}): PlanDocument {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const text = decodePlanText(file, bytes);
  if (!/\S/.test(text)) throw new UserError('plan.empty', {}, { file, line: 1, column: 1 });
  const format = /^\.json$/i.test(extname(file)) ? 'json' : 'yaml';
  if (format === 'json') checkStrictJson(file, text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const lines = new LineCounter();
  const doc = composeSingleDocument(file, text, lines, maxDepth);
  if (doc.errors.length > 0) throw yamlSyntaxError(file, doc.errors[0]!, lines, text, maxDepth);

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && !root.source)) {
    throw new UserError('plan.empty', {}, { file, line: 1, column: 1 });
  }
  if (!isMap(root)) {
    const pos = lines.linePos(root.range?.[0] ?? 0);
    throw new UserError('plan.top_not_mapping', { kind: kindOf(root) }, { file, line: pos.line, column: pos.col });
  }
  checkTree(file, text, root, lines);
  const unresolvedTag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (unresolvedTag) throw yamlSyntaxError(file, unresolvedTag, lines, text, maxDepth);

  const data = doc.toJS({ maxAliasCount: 0 }) as { [key: string]: JsonValue };
  return new PlanDocument(file, text, sha256, format, data, doc, lines);
}

/**
 * `parseDocument`, unrolled: the parser's syntax tree is checked for depth before the (recursive)
 * composer sees it, and a second document stops the parse at once.
 */
function composeSingleDocument(file: string, text: string, lines: LineCounter, maxDepth: number): Document.Parsed {
  const parser = new Parser(lines.addNewLine);
  const composer = new Composer({
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    version: '1.2',
    schema: 'core',
    merge: false,
    keepSourceTokens: false,
  });
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  function* guarded(tokens: Iterable<CST.Token>): Generator<CST.Token> {
    for (const token of tokens) {
      const deep = tooDeepOffset(token, maxDepth);
      if (deep !== undefined) throw new UserError('plan.too_deep', { limit: maxDepth }, at(deep));
      yield token;
    }
  }
  let doc: Document.Parsed | undefined;
  try {
    for (const next of composer.compose(guarded(parser.parse(text)), true, text.length)) {
      if (doc) throw new UserError('plan.multiple_documents', {}, at(next.range[0]));
      doc = next as Document.Parsed;
    }
  } catch (error) {
    if (error instanceof RangeError) throw new UserError('plan.too_deep', { limit: maxDepth }, { file, line: 1, column: 1 });
    throw error;
  }
  if (!doc) throw new UserError('plan.empty', {}, { file, line: 1, column: 1 });
  return doc;
}

/**
 * Walks the parsed tree once, in document order, and refuses what a plan must not contain:
 * aliases and anchors, explicit tags beyond the core ones, forbidden and non-scalar keys, and
 * numbers JSON cannot hold.
 */
function checkTree(file: string, text: string, root: unknown, lines: LineCounter): void {
  const at = (node: unknown) => {
    const offset = (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
    const pos = lines.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  // the anchor sits before the node it names: `name: &a value` reports the `&a`
  const anchorAt = (node: unknown, anchor: string) => {
    const start = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
    const found = text.lastIndexOf(`&${anchor}`, start);
    const pos = lines.linePos(found === -1 ? start : found);
    return { file, line: pos.line, column: pos.col };
  };
  // the tag sits before the node too: `notes: !!binary aGk=` reports the `!!binary`
  const tagAt = (node: unknown) => {
    const start = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
    let end = start;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    let begin = end;
    while (begin > 0 && !/\s/.test(text[begin - 1]!)) begin--;
    const pos = lines.linePos(text[begin] === '!' ? begin : start);
    return { file, line: pos.line, column: pos.col };
  };
  const stack: Array<{ node: unknown; isKey: boolean }> = [{ node: root, isKey: false }];
  while (stack.length > 0) {
    const { node, isKey } = stack.pop()!;
    if (node === null || node === undefined) continue;
    if (isAlias(node)) throw new UserError('plan.alias_not_allowed', { kind: `*${node.source}` }, at(node));
    const props = node as { anchor?: string; tag?: string };
    if (props.anchor) throw new UserError('plan.alias_not_allowed', { kind: `&${props.anchor}` }, anchorAt(node, props.anchor));
    if (props.tag && !HARMLESS_TAGS.has(props.tag)) {
      throw new UserError('plan.unsupported_tag', { tag: props.tag.replace(/^tag:yaml\.org,2002:/, '!!') }, tagAt(node));
    }
    if (isKey) {
      if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number' && typeof node.value !== 'boolean')) {
        throw new UserError('plan.non_string_key', { kind: kindOf(node) }, at(node));
      }
      if (typeof node.value === 'string' && FORBIDDEN_KEYS.has(node.value)) {
        throw new UserError('plan.forbidden_key', { key: node.value }, at(node));
      }
      continue;
    }
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        if (!isPair(item)) continue;
        stack.push({ node: item.value, isKey: false });
        if (item.key === null || item.key === undefined) throw new UserError('plan.non_string_key', { kind: 'null' }, at(node));
        stack.push({ node: item.key, isKey: true });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], isKey: false });
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
