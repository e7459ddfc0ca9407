/**
 * GraphQL lexer (October 2021 spec): names, numbers, strings, block strings, punctuators.
 * Positions are 1-based line and column; `\r\n`, `\r` and `\n` end lines.
 */

export type TokenKind = 'Name' | 'Int' | 'Float' | 'String' | 'BlockString' | 'Punct' | 'EOF' | 'Invalid';

export interface Token {
  kind: TokenKind;
  /** Punctuator text, name, or the processed string value. */
  value: string;
  line: number;
  column: number;
}

export class GraphQLSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** How gqlparser names a token in error messages. */
export function describeToken(t: Token): string {
  switch (t.kind) {
    case 'EOF':
      return '<EOF>';
    case 'Invalid':
      return '<Invalid>';
    case 'Punct':
      return t.value;
    default:
      return `${t.kind} ${JSON.stringify(t.value)}`;
  }
}

/** Dedents a block string per the spec's BlockStringValue algorithm. */
function blockStringValue(raw: string): string {
  const lines = raw.split(/\r\n|\r|\n/);
  let common: number | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = line.length - line.replace(/^[ \t]+/, '').length;
    if (indent < line.length && (common === undefined || indent < common)) common = indent;
  }
  if (common !== undefined) for (let i = 1; i < lines.length; i++) lines[i] = lines[i]!.slice(common);
  while (lines.length > 0 && /^[ \t]*$/.test(lines[0]!)) lines.shift();
  while (lines.length > 0 && /^[ \t]*$/.test(lines[lines.length - 1]!)) lines.pop();
  return lines.join('\n');
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = source.length;
  const col = (at: number): number => Array.from(source.slice(lineStart, at)).length + 1;
  const newline = (at: number): number => {
    // returns index after the line terminator at `at`
    if (source[at] === '\r' && source[at + 1] === '\n') return at + 2;
    return at + 1;
  };
  while (i < n) {
    const c = source[i]!;
    if (c === '\uFEFF' || c === ' ' || c === '\t' || c === ',') {
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      i = newline(i);
      line++;
      lineStart = i;
      continue;
    }
    if (c === '#') {
      while (i < n && source[i] !== '\n' && source[i] !== '\r') i++;
      continue;
    }
    const start = i;
    const column = col(start);
    if (c === '.') {
      if (source.startsWith('...', i)) {
        tokens.push({ kind: 'Punct', value: '...', line, column });
        i += 3;
        continue;
      }
      throw new GraphQLSyntaxError('Unexpected <Invalid>', line, column);
    }
    if ('!$&():=@[]{}|'.includes(c)) {
      tokens.push({ kind: 'Punct', value: c, line, column });
      i++;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_]/.test(source[j]!)) j++;
      tokens.push({ kind: 'Name', value: source.slice(i, j), line, column });
      i = j;
      continue;
    }
    if (c === '-' || /[0-9]/.test(c)) {
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i));
      if (!m || m[0] === '-') throw new GraphQLSyntaxError(`Unexpected <Invalid>`, line, column);
      const next = source[i + m[0].length];
      if (next !== undefined && /[A-Za-z_.0-9]/.test(next)) throw new GraphQLSyntaxError('Unexpected <Invalid>', line, column);
      tokens.push({ kind: m[2] || m[3] ? 'Float' : 'Int', value: m[0], line, column });
      i += m[0].length;
      continue;
    }
    if (c === '"') {
      if (source.startsWith('"""', i)) {
        let j = i + 3;
        let raw = '';
        const startLine = line;
        for (;;) {
          if (j >= n) throw new GraphQLSyntaxError('Unexpected <Invalid>', line, col(j));
          if (source.startsWith('"""', j)) {
            j += 3;
            break;
          }
          if (source.startsWith('\\"""', j)) {
            raw += '"""';
            j += 4;
            continue;
          }
          const ch = source[j]!;
          if (ch === '\n' || ch === '\r') {
            const after = newline(j);
            raw += source.slice(j, after);
            j = after;
            line++;
            lineStart = j;
            continue;
          }
          raw += ch;
          j++;
        }
        tokens.push({ kind: 'BlockString', value: blockStringValue(raw), line: startLine, column: column + 3 });
        i = j;
        continue;
      }
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= n || source[j] === '\n' || source[j] === '\r') throw new GraphQLSyntaxError('Unexpected <Invalid>', line, col(j));
        const ch = source[j]!;
        if (ch === '"') {
          j++;
          break;
        }
        if (ch === '\\') {
          const e = source[j + 1];
          const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
          if (e !== undefined && simple[e] !== undefined) {
            value += simple[e];
            j += 2;
            continue;
          }
          if (e === 'u') {
            const hex = /^[0-9a-fA-F]{4}/.exec(source.slice(j + 2));
            if (hex) {
              value += String.fromCharCode(parseInt(hex[0], 16));
              j += 6;
              continue;
            }
          }
          throw new GraphQLSyntaxError('Unexpected <Invalid>', line, col(j));
        }
        value += ch;
        j++;
      }
      // gqlparser places a string token after its opening quote.
      tokens.push({ kind: 'String', value, line, column: column + 1 });
      i = j;
      continue;
    }
    throw new GraphQLSyntaxError('Unexpected <Invalid>', line, column);
  }
  tokens.push({ kind: 'EOF', value: '', line, column: col(n) });
  return tokens;
}
