import { UserError } from '../errors/user-error.js';
import './syntax-messages.js';

/**
 * Strict JSON for `.json` plans. The YAML parser would accept JSON's common mistakes (a trailing
 * comma, single quotes, comments, unquoted keys) because YAML flow syntax allows them, so a `.json`
 * file is first checked with `JSON.parse`; when that fails, `locateJsonError` finds where and why,
 * in our own words (the engine's message does not always carry a position).
 */
export function checkStrictJson(file: string, text: string): void {
  try {
    JSON.parse(text);
  } catch {
    const problem = locateJsonError(text);
    if (!problem) throw new UserError('plan.json.expected_value', { found: 'JSON' }, { file, line: 1, column: 1 });
    const { line, column } = lineColOfOffset(text, problem.offset);
    throw new UserError(problem.id, problem.params, { file, line, column });
  }
}

export interface JsonProblem {
  id: string;
  params: Record<string, unknown>;
  offset: number;
}

type Expect = 'value' | 'value_or_close' | 'key' | 'key_or_close' | 'colon' | 'comma_or_close' | 'end';

/** The first syntax error of a JSON text, or undefined when it is valid. Iterative: any depth is fine. */
export function locateJsonError(text: string): JsonProblem | undefined {
  const stack: string[] = [];
  const state: { expect: Expect } = { expect: 'value' };
  let i = 0;
  const n = text.length;
  const afterValue = () => {
    state.expect = stack.length === 0 ? 'end' : 'comma_or_close';
  };
  const closer = () => (stack[stack.length - 1] === '{' ? '}' : ']');
  const found = (at: number) => (at >= n ? 'EOF' : `\`${String.fromCodePoint(text.codePointAt(at)!)}\``);
  while (true) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= n) {
      if (state.expect === 'end') return undefined;
      if (stack.length === 0) return { id: 'plan.json.empty_value', params: {}, offset: Math.max(0, n - 1) };
      return { id: 'plan.json.unexpected_end', params: { close: closer() }, offset: Math.max(0, n - 1) };
    }
    const c = text[i]!;
    switch (state.expect) {
      case 'end':
        return { id: 'plan.json.extra_content', params: { found: found(i) }, offset: i };
      case 'colon':
        if (c !== ':') return { id: 'plan.json.expected_colon', params: { found: found(i) }, offset: i };
        i++;
        state.expect = 'value';
        continue;
      case 'comma_or_close':
        if (c === ',') {
          i++;
          state.expect = stack[stack.length - 1] === '{' ? 'key' : 'value';
          continue;
        }
        if (c === closer()) {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        return { id: 'plan.json.expected_comma', params: { close: closer(), found: found(i) }, offset: i };
      case 'key':
      case 'key_or_close': {
        if (c === '}' && state.expect === 'key_or_close') {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        if (c === '}') return { id: 'plan.json.trailing_comma', params: { close: '}' }, offset: i };
        if (c !== '"') return { id: 'plan.json.expected_key', params: { found: found(i) }, offset: i };
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        state.expect = 'colon';
        continue;
      }
      case 'value':
      case 'value_or_close': {
        if (c === ']' && state.expect === 'value_or_close') {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        if ((c === ']' || c === '}') && stack.length > 0 && text.slice(0, i).trimEnd().endsWith(',')) {
          return { id: 'plan.json.trailing_comma', params: { close: c }, offset: i };
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          state.expect = c === '{' ? 'key_or_close' : 'value_or_close';
          continue;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          afterValue();
          continue;
        }
        const literal = /true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
        literal.lastIndex = i;
        const match = literal.exec(text);
        if (!match) return { id: 'plan.json.expected_value', params: { found: found(i) }, offset: i };
        i += match[0].length;
        afterValue();
        continue;
      }
    }
  }
}

/** Index just past the closing quote, or the problem with the string starting at `start`. */
function scanString(text: string, start: number): number | JsonProblem {
  let j = start + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c === 0x5c) {
      const next = text[j + 1];
      if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        j += 2;
        continue;
      }
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
        j += 6;
        continue;
      }
      return { id: 'plan.json.bad_escape', params: {}, offset: j };
    }
    if (c === 0x0a || c === 0x0d) return { id: 'plan.json.unterminated_string', params: {}, offset: start };
    if (c < 0x20) return { id: 'plan.json.control_char', params: {}, offset: j };
    j++;
  }
  return { id: 'plan.json.unterminated_string', params: {}, offset: start };
}

export function lineColOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
