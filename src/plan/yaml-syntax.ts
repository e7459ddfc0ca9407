import type { LineCounter, YAMLError } from 'yaml';
import { UserError } from '../errors/user-error.js';
import './messages.js';
import './syntax-messages.js';

/** A YAML library error as a UserError with our own bilingual sentence, chosen by error code. */
export function yamlSyntaxError(file: string, error: YAMLError, lines: LineCounter, text: string, maxDepth: number): UserError {
  const offset = error.pos[0];
  const pos = lines.linePos(offset);
  const location = { file, line: pos.line, column: pos.col };
  const detail = error.message;
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return new UserError('plan.duplicate_key', { key: duplicateKeyName(text, offset) }, location);
    case 'TAG_RESOLVE_FAILED':
      return new UserError('plan.unsupported_tag', { tag: /(!\S*)/.exec(detail)?.[1] ?? '!' }, location);
    case 'MULTIPLE_DOCS':
      return new UserError('plan.multiple_documents', {}, location);
    case 'RESOURCE_EXHAUSTION':
      return new UserError('plan.too_deep', { limit: maxDepth }, location);
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
      return new UserError('plan.alias_not_allowed', { kind: tokenAt(text, offset) }, location);
    case 'TAB_AS_INDENT':
      return new UserError('plan.syntax.tab_indent', {}, location);
    case 'BAD_INDENT':
      if (/flow (sequence|map)/i.test(detail)) {
        const open = openingBracket(text, offset);
        if (open !== undefined) return new UserError('plan.syntax.unclosed', { char: `\`${text[open]}\`` }, at(lines, file, open));
        return new UserError('plan.syntax.missing_char', { char: /sequence/i.test(detail) ? '`]`' : '`}`' }, location);
      }
      return new UserError('plan.syntax.bad_indent', {}, location);
    case 'MISSING_CHAR': {
      if (/need to be followed by map values/.test(detail)) return new UserError('plan.syntax.key_without_value', {}, location);
      const quote = /closing "/.test(detail) ? '"' : /closing '/.test(detail) ? "'" : undefined;
      if (quote) {
        const open = openingQuote(text, offset, quote);
        if (open !== undefined) return new UserError('plan.syntax.unclosed', { char: `\`${quote}\`` }, at(lines, file, open));
      }
      const char = /closing "/.test(detail) ? '"' : /closing '/.test(detail) ? "'" : /Missing ,/.test(detail) ? ',' : /\]/.test(detail) ? ']' : /\}/.test(detail) ? '}' : '?';
      return new UserError('plan.syntax.missing_char', { char: `\`${char}\`` }, location);
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return new UserError('plan.syntax.nested_compact_map', {}, location);
    case 'MULTILINE_IMPLICIT_KEY':
      return new UserError('plan.syntax.multiline_key', {}, location);
    case 'KEY_OVER_1024_CHARS':
      return new UserError('plan.syntax.key_too_long', {}, location);
    case 'BAD_DQ_ESCAPE':
      return new UserError('plan.syntax.bad_escape', {}, location);
    case 'BAD_SCALAR_START':
      return new UserError('plan.syntax.bad_scalar_start', { char: `\`${text[offset] ?? '?'}\`` }, location);
    case 'BLOCK_IN_FLOW':
      return new UserError('plan.syntax.block_in_flow', {}, location);
    case 'UNEXPECTED_TOKEN':
      return new UserError('plan.syntax.unexpected', { token: `\`${tokenAt(text, offset)}\`` }, location);
    default:
      return new UserError('plan.syntax.other', { code: error.code }, location);
  }
}

function at(lines: LineCounter, file: string, offset: number) {
  const pos = lines.linePos(offset);
  return { file, line: pos.line, column: pos.col };
}

/** The quote that opens a scalar never closed before `offset` (the last unescaped one before it). */
function openingQuote(text: string, offset: number, quote: string): number | undefined {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"' && text[i - 1] === '\\') continue;
    if (quote === "'" && (text[i - 1] === "'" || text[i + 1] === "'")) {
      i--;
      continue;
    }
    return i;
  }
  return undefined;
}

/** The `[` or `{` left open before `offset`, counting brackets backwards. */
function openingBracket(text: string, offset: number): number | undefined {
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

function tokenAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 40).split(/\r?\n/)[0]!.trim();
  return rest === '' ? '…' : rest.length > 20 ? `${rest.slice(0, 20)}…` : rest;
}

function duplicateKeyName(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 2000);
  const match = /^\s*(?:\?\s*)?("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n]+?)\s*(?::|$)/m.exec(rest);
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
