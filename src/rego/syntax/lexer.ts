/**
 * Rego lexer: turns source text into tokens with 1-based row/column and byte-free offsets (UTF-16
 * code units). Comments are collected separately (for `# METADATA` blocks). Template strings
 * (`$"..."`, `` $`...` ``) are returned as one token holding their raw body; the parser splits them.
 */
import { RegoSyntaxError } from './errors.js';

export type TokenKind =
  | 'ident'
  | 'number'
  | 'string'
  | 'rawstring'
  | 'template'
  | 'rawtemplate'
  | 'op'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Source text for idents/numbers/ops; decoded value for strings; raw body for templates. */
  text: string;
  row: number;
  col: number;
  offset: number;
  end: number;
  /** A newline (or comment line) was skipped before this token. */
  nl: boolean;
  /** Whitespace or a comment came directly before this token. */
  ws: boolean;
}

export interface Comment {
  text: string;
  row: number;
  col: number;
  offset: number;
}

const OPS = [':=', '==', '!=', '<=', '>=', '<', '>', '=', '+', '-', '*', '/', '%', '&', '|', '(', ')', '[', ']', '{', '}', ',', ';', '.', ':'];

function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}
function isIdentPart(c: string): boolean {
  return isIdentStart(c) || (c >= '0' && c <= '9');
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

export class Lexer {
  private pos = 0;
  private row = 1;
  private lineStart = 0;
  readonly comments: Comment[] = [];

  constructor(
    readonly src: string,
    readonly file: string,
  ) {}

  private fail(messageId: string, params: Record<string, unknown>, offset = this.pos): never {
    const { row, col } = this.locate(offset);
    throw new RegoSyntaxError(messageId, params, { file: this.file, row, col });
  }

  /** Row and column of an offset (offset must be at or after the current line start or earlier). */
  locate(offset: number): { row: number; col: number } {
    let row = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < this.src.length; i++) {
      if (this.src.charCodeAt(i) === 10) {
        row++;
        lineStart = i + 1;
      }
    }
    return { row, col: offset - lineStart + 1 };
  }

  tokenize(): Token[] {
    const out: Token[] = [];
    for (;;) {
      const t = this.next();
      out.push(t);
      if (t.kind === 'eof') return out;
    }
  }

  private next(): Token {
    const src = this.src;
    let nl = false;
    let ws = false;
    for (;;) {
      const c = src[this.pos];
      if (c === '\n') {
        nl = true;
        ws = true;
        this.pos++;
        this.row++;
        this.lineStart = this.pos;
      } else if (c === ' ' || c === '\t' || c === '\r') {
        ws = true;
        this.pos++;
      } else if (c === '#') {
        const start = this.pos;
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
        this.comments.push({ text: src.slice(start + 1, this.pos).replace(/\r$/, ''), row: this.row, col: start - this.lineStart + 1, offset: start });
        ws = true;
      } else break;
    }
    const start = this.pos;
    const row = this.row;
    const col = start - this.lineStart + 1;
    const make = (kind: TokenKind, text: string): Token => ({ kind, text, row, col, offset: start, end: this.pos, nl, ws });
    if (this.pos >= src.length) return make('eof', '');
    const c = src[this.pos]!;
    if (isIdentStart(c)) {
      while (this.pos < src.length && isIdentPart(src[this.pos]!)) this.pos++;
      return make('ident', src.slice(start, this.pos));
    }
    if (isDigit(c)) {
      this.scanNumber();
      return make('number', src.slice(start, this.pos));
    }
    if (c === '"') {
      this.pos++;
      const value = this.scanQuoted(start);
      return make('string', value);
    }
    if (c === '`') {
      this.pos++;
      const body = this.scanRaw(start);
      return make('rawstring', body);
    }
    if (c === '$' && (src[this.pos + 1] === '"' || src[this.pos + 1] === '`')) {
      const quote = src[this.pos + 1]!;
      this.pos += 2;
      const body = this.scanTemplate(quote, start);
      return make(quote === '"' ? 'template' : 'rawtemplate', body);
    }
    for (const op of OPS) {
      if (src.startsWith(op, this.pos)) {
        this.pos += op.length;
        return make('op', op);
      }
    }
    this.fail('rego.parse_illegal_char', { char: c });
  }

  private scanNumber(): void {
    const src = this.src;
    while (isDigit(src[this.pos] ?? '')) this.pos++;
    if (src[this.pos] === '.' && isDigit(src[this.pos + 1] ?? '')) {
      this.pos++;
      while (isDigit(src[this.pos] ?? '')) this.pos++;
    }
    if (src[this.pos] === 'e' || src[this.pos] === 'E') {
      let p = this.pos + 1;
      if (src[p] === '+' || src[p] === '-') p++;
      if (isDigit(src[p] ?? '')) {
        this.pos = p;
        while (isDigit(src[this.pos] ?? '')) this.pos++;
      }
    }
    if (isIdentStart(src[this.pos] ?? '')) this.fail('rego.parse_bad_number', { text: src.slice(this.pos - 1, this.pos + 1) });
  }

  /** Scans a JSON-style string body after the opening quote; returns the decoded value. */
  private scanQuoted(start: number): string {
    const src = this.src;
    let out = '';
    for (;;) {
      if (this.pos >= src.length || src[this.pos] === '\n') this.fail('rego.parse_unterminated_string', {}, start);
      const c = src[this.pos]!;
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '\\') {
        out += this.scanEscape();
        continue;
      }
      out += c;
      this.pos++;
    }
  }

  private scanEscape(): string {
    const src = this.src;
    const e = src[this.pos + 1];
    this.pos += 2;
    switch (e) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u': {
        const hex = src.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('rego.parse_bad_escape', { escape: `\\u${hex}` }, this.pos - 2);
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        this.fail('rego.parse_bad_escape', { escape: `\\${e ?? ''}` }, this.pos - 2);
    }
  }

  private scanRaw(start: number): string {
    const src = this.src;
    const end = src.indexOf('`', this.pos);
    if (end < 0) this.fail('rego.parse_unterminated_string', {}, start);
    const body = src.slice(this.pos, end);
    this.advanceRows(this.pos, end + 1);
    this.pos = end + 1;
    return body;
  }

  /**
   * Scans a template string body up to the matching closing quote, skipping over `{...}`
   * expressions (which may hold nested strings and templates). Returns the raw body.
   */
  private scanTemplate(quote: string, start: number): string {
    const src = this.src;
    const bodyStart = this.pos;
    let depth = 0;
    while (this.pos < src.length) {
      const c = src[this.pos]!;
      if (depth === 0) {
        if (c === '\\' && quote === '"') {
          this.pos += 2;
          continue;
        }
        if (c === '\\' && quote === '`' && src[this.pos + 1] === '{') {
          this.pos += 2;
          continue;
        }
        if (c === quote) {
          const body = src.slice(bodyStart, this.pos);
          this.advanceRows(bodyStart, this.pos + 1);
          this.pos++;
          return body;
        }
        if (c === '\n' && quote === '"') break;
        if (c === '{') depth = 1;
        this.pos++;
        continue;
      }
      // inside an expression
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '"') {
        this.pos++;
        while (this.pos < src.length && src[this.pos] !== '"') this.pos += src[this.pos] === '\\' ? 2 : 1;
      } else if (c === '`') {
        this.pos++;
        while (this.pos < src.length && src[this.pos] !== '`') this.pos++;
      } else if (c === '$' && (src[this.pos + 1] === '"' || src[this.pos + 1] === '`')) {
        const q = src[this.pos + 1]!;
        this.pos += 2;
        const save = { row: this.row, lineStart: this.lineStart };
        this.scanTemplate(q, this.pos - 2);
        this.row = save.row;
        this.lineStart = save.lineStart;
        continue;
      }
      this.pos++;
    }
    this.fail('rego.parse_unterminated_string', {}, start);
  }

  private advanceRows(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if (this.src.charCodeAt(i) === 10) {
        this.row++;
        this.lineStart = i + 1;
      }
    }
  }
}

/** Decodes the escapes of a template-string literal part (`\{` is a literal brace). */
export function decodeTemplateText(raw: string, rawString: boolean): string {
  if (rawString) return raw.replace(/\\\{/g, '{');
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = raw[i + 1];
    i++;
    switch (e) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'u':
        out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 5), 16));
        i += 4;
        break;
      default:
        out += e ?? '';
    }
  }
  return out;
}
