import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { locateJsonError } from '../../src/plan/json-syntax.js';
import { loadPlanFile, parsePlan } from '../../src/plan/load.js';

const enc = (s: string) => new TextEncoder().encode(s);
const INVALID = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url));

function failure(file: string, bytes: Uint8Array): UserError {
  try {
    parsePlan(file, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error(`${file} was accepted`);
}

describe('loader: prototype pollution', () => {
  it('refuses __proto__, constructor and prototype keys and leaves Object.prototype alone', () => {
    for (const name of ['proto-key.yaml', 'proto-key.json', 'constructor-key.yaml']) {
      expect(() => loadPlanFile(`${INVALID}${name}`)).toThrow(UserError);
    }
    for (const text of ['{"__proto__": {"polluted": 1}}', '__proto__: {polluted: 1}\n', 'a:\n  prototype: {polluted: 1}\n', '"constructor": 1\n']) {
      expect(failure(text.startsWith('{') ? 'p.json' : 'p.yaml', enc(text)).messageId).toBe('plan.forbidden_key');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('every invalid fixture is refused with a UserError (no other exception type escapes)', () => {
    for (const name of readdirSync(INVALID)) {
      if (name.startsWith('schema-') || name.startsWith('uscc-') || name.startsWith('ref-')) continue; // loadable; the schema refuses them
      try {
        loadPlanFile(`${INVALID}${name}`);
        expect.unreachable(`${name} loaded`);
      } catch (error) {
        expect(error, name).toBeInstanceOf(UserError);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('loader: encodings', () => {
  const text = 'schema_version: "1"\n';
  it('names UTF-16 and UTF-32, with or without a byte-order mark', () => {
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(failure('p.yaml', le).params).toEqual({ encoding: 'UTF-16LE' });
    expect(failure('p.yaml', be).params).toEqual({ encoding: 'UTF-16BE' });
    expect(failure('p.yaml', Buffer.from(text, 'utf16le')).params).toEqual({ encoding: 'UTF-16LE' });
    expect(failure('p.yaml', Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])).params).toEqual({ encoding: 'UTF-32LE' });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parsePlan('p.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).data).toEqual({ schema_version: '1' });
  });

  it('points at the first invalid UTF-8 byte, counting columns in characters', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nname: 公司'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(failure('p.yaml', bytes).location).toMatchObject({ line: 2, column: 9 });
    // an encoded surrogate half is not UTF-8 either
    expect(failure('p.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80])).messageId).toBe('plan.not_utf8');
  });
});

describe('loader: YAML structure', () => {
  it('reports the first problem in document order', () => {
    const e = failure('p.yaml', enc('a: &x 1\nb: !foo 2\n__proto__: 3\n'));
    expect(e.messageId).toBe('plan.alias_not_allowed');
    expect(e.location).toMatchObject({ line: 1, column: 4 });
    expect(failure('p.yaml', enc('a: [1, !!set {x}]\nconstructor: 1\n')).location).toMatchObject({ line: 1, column: 8 });
  });

  it('accepts nesting up to the limit and refuses one level more, for block and flow style', () => {
    const flow = (n: number) => `a: ${'['.repeat(n - 1)}${']'.repeat(n - 1)}\n`;
    expect(() => parsePlan('p.yaml', enc(flow(64)))).not.toThrow();
    expect(failure('p.yaml', enc(flow(65))).messageId).toBe('plan.too_deep');
    const block = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(() => parsePlan('p.yaml', enc(block(64)))).not.toThrow();
    expect(failure('p.yaml', enc(block(65))).location).toMatchObject({ line: 65, column: 129 });
    expect(parsePlan('p.yaml', enc(block(3)), { maxDepth: 3 }).data).toEqual({ k: { k: { k: 1 } } });
  });

  it('survives 100,000 nested brackets (YAML and JSON) without exhausting the stack', () => {
    const deep = `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(failure('p.yaml', enc(deep)).messageId).toBe('plan.too_deep');
    expect(failure('p.json', enc(deep)).messageId).toBe('plan.too_deep');
  });

  it('keeps plain strings that look like other YAML 1.1 types as strings, and refuses NaN', () => {
    expect(parsePlan('p.yaml', enc('a: yes\nb: 2026-01-01\nc: 010\n')).data).toEqual({ a: 'yes', b: '2026-01-01', c: 10 });
    expect(failure('p.yaml', enc('a: .nan\n')).messageId).toBe('plan.non_finite_number');
    expect(failure('p.json', enc('{"a": 1e400}')).messageId).toBe('plan.non_finite_number');
  });

  it('refuses a second document but accepts a leading --- and a closing ...', () => {
    expect(parsePlan('p.yaml', enc('---\na: 1\n...\n')).data).toEqual({ a: 1 });
    expect(failure('p.yaml', enc('a: 1\n---\n')).messageId).toBe('plan.multiple_documents');
  });

  it('an empty document after comments and markers is empty', () => {
    expect(failure('p.yaml', enc('# only\n---\n# comments\n')).messageId).toBe('plan.empty');
    expect(failure('p.yaml', enc('~\n')).messageId).toBe('plan.top_not_mapping');
  });
});

describe('strict JSON for .json plans', () => {
  const cases: Array<[string, string, number]> = [
    ['{"a": 1,}', 'plan.json.trailing_comma', 8],
    ['[1, 2,]', 'plan.json.trailing_comma', 6],
    ['{"a": "x\n"}', 'plan.json.unterminated_string', 6],
    ['{"a": "x', 'plan.json.unterminated_string', 6],
    ['{"a": "\\x"}', 'plan.json.bad_escape', 7],
    ['{"a": "\u0001"}', 'plan.json.control_char', 7],
    ['{a: 1}', 'plan.json.expected_key', 1],
    ['{"a" 1}', 'plan.json.expected_colon', 5],
    ['{"a": 1 "b": 2}', 'plan.json.expected_comma', 8],
    ['{"a": [1 2]}', 'plan.json.expected_comma', 9],
    ['{"a": tru}', 'plan.json.expected_value', 6],
    ['{"a": 01}', 'plan.json.expected_comma', 7],
    ['{"a": 1}}', 'plan.json.extra_content', 8],
    ['{"a": [', 'plan.json.unexpected_end', 6],
    ['   ', 'plan.json.empty_value', 2],
  ];
  it.each(cases)('%j → %s at offset %i', (text, id, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toMatchObject({ id, offset });
  });

  it('finds nothing wrong in valid JSON, however deep', () => {
    for (const text of ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"], "b": {}}', '"x"', `${'['.repeat(50_000)}${']'.repeat(50_000)}`]) {
      expect(locateJsonError(text), text.slice(0, 20)).toBeUndefined();
    }
  });

  it('is applied to .json files only: the same text is flow YAML in a .yaml file', () => {
    expect(parsePlan('p.yaml', enc('{"a": 1,}')).data).toEqual({ a: 1 });
    const e = failure('p.json', enc('{\n  "a": 1,\n}\n'));
    expect(e.messageId).toBe('plan.json.trailing_comma');
    expect(e.location).toMatchObject({ line: 3, column: 1 });
    expect(e.text.zh).toContain('多余的逗号');
  });
});

describe('loader: sizes', () => {
  it('refuses a file over the limit before reading it', () => {
    const file = `${INVALID}schema-type.yaml`;
    const size = readFileSync(file).length;
    expect(() => loadPlanFile(file, { maxBytes: size - 1 })).toThrow(expect.objectContaining({ messageId: 'plan.too_large' }));
    expect(() => loadPlanFile(file, { maxBytes: size })).not.toThrow();
  });
});
