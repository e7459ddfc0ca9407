import { describe, expect, it } from 'vitest';
import { parseModule, parseQuery } from '../../src/rego/syntax/parser.js';
import '../../src/rego/engine.js';
import { regoError } from './helpers.js';

describe('Rego parser', () => {
  it('gives every rule, expression and term its file, row and column', () => {
    const m = parseModule('p.rego', 'package a.b\n\nimport rego.v1\n\nallow if {\n\tinput.user == "bob"\n\tcount(input.roles) > 0\n}\n');
    expect(m.packagePath).toEqual(['a', 'b']);
    expect(m.imports).toHaveLength(1);
    const rule = m.rules[0]!;
    expect(rule.loc).toEqual({ file: 'p.rego', row: 5, col: 1 });
    expect(rule.body.map((e) => [e.loc.row, e.loc.col])).toEqual([
      [6, 2],
      [7, 2],
    ]);
    const second = rule.body[1]!;
    expect(second.kind).toBe('term');
    if (second.kind === 'term' && second.term.type === 'call') {
      expect(second.term.name).toBe('gt');
      expect(second.term.args[0]!.loc).toEqual({ file: 'p.rego', row: 7, col: 2 });
      expect(second.term.args[1]!.loc).toEqual({ file: 'p.rego', row: 7, col: 23 });
    } else throw new Error('expected a call');
  });

  it('parses every rule form of Rego v1', () => {
    const src = `package t
default allow := false
allow if input.ok
deny contains msg if { some d in input.ds; msg := d.name }
labels[k] := v if { some k, v in input.labels }
a.b[x].c contains y if { some x in ["p"]; some y in [1] }
f(x) := x + 1
g(x) if x > 1
h(x) := "big" if { x > 10 } else := "small"
ev if every x in [1, 2] { x > 0 }
raw := \`C:\\path\`
tmpl := $"n={count([1])}"
comp := {k: v | some k, v in {"a": 1}}
s := {1, 2} | {3}
neg if not input.x
w if { input.x with input as {"x": true} }
`;
    const m = parseModule('t.rego', src);
    expect(m.rules.map((r) => r.kind)).toEqual(['complete', 'complete', 'multi', 'complete', 'multi', 'function', 'function', 'function', 'complete', 'complete', 'complete', 'complete', 'complete', 'complete', 'complete']);
    expect(m.rules[0]!.isDefault).toBe(true);
    expect(m.rules[7]!.elseRule).toBeDefined();
    expect(m.rules[8]!.elseRule).toBeUndefined();
  });

  it('keeps # METADATA annotation blocks with their fields', () => {
    const src = `# METADATA
# title: PIPL pack
# scope: package
package pipl

# METADATA
# title: Consent required
# description: Transfers need consent
# custom:
#   rule_id: PIPL-22-1
#   severity: high
# related_resources:
#   - https://example.org/pipl
deny contains "x" if true
`;
    const m = parseModule('a.rego', src);
    expect(m.annotations[0]!.title).toBe('PIPL pack');
    const ann = m.rules[0]!.annotations!;
    expect(ann.title).toBe('Consent required');
    expect(ann.scope).toBe('rule');
    expect(ann.custom).toEqual({ rule_id: 'PIPL-22-1', severity: 'high' });
    expect(ann.related_resources).toEqual(['https://example.org/pipl']);
    expect(ann.loc).toEqual({ file: 'a.rego', row: 6, col: 1 });
  });

  it('rejects v0-only syntax with a message naming what v1 needs', () => {
    const e1 = regoError(() => parseModule('v0.rego', 'package t\n\np {\n\ttrue\n}\n'));
    expect(e1.code).toBe('rego_parse_error');
    expect(e1.messageId).toBe('rego.parse_if_required');
    expect(e1.location).toEqual({ file: 'v0.rego', line: 3, column: 3 });
    const e2 = regoError(() => parseModule('v0.rego', 'package t\n\np[x] {\n\tx := 1\n}\n'));
    expect(e2.messageId).toBe('rego.parse_v0_partial_set');
    expect(e2.text.zh).toContain('contains');
    const e3 = regoError(() => parseModule('v0.rego', 'package t\n\nq\n'));
    expect(e3.messageId).toBe('rego.parse_rule_needs_value');
  });

  it('reports syntax errors at their line and column', () => {
    const cases: [string, string, number, number][] = [
      ['package t\n\np := [1, 2\n', 'rego.parse_unexpected', 4, 1],
      ['package t\np := "abc\n', 'rego.parse_unterminated_string', 2, 6],
      ['package t\np := 1 ^ 2\n', 'rego.parse_illegal_char', 2, 8],
      ['p := 1\n', 'rego.parse_package_expected', 1, 1],
      ['', 'rego.parse_empty_module', 1, 1],
      ['package t\nimport foo.bar\n', 'rego.parse_bad_import_root', 2, 1],
      ['package t\np := 1\nimport data.x\n', 'rego.parse_import_after_rules', 3, 1],
      ['package t\n# METADATA\n# title: [unclosed\np := 1\n', 'rego.parse_metadata_yaml', 2, 1],
      ['package t\np if {\n}\n', 'rego.parse_empty_body', 2, 6],
    ];
    for (const [src, id, row, col] of cases) {
      const e = regoError(() => parseModule('e.rego', src));
      expect([e.messageId, e.location?.line, e.location?.column], src).toEqual([id, row, col]);
      expect(e.text.zh.length).toBeGreaterThan(0);
    }
  });

  it('parses queries with several expressions and reports their offsets', () => {
    const q = parseQuery('x := 1; y := x + 1\nz := y');
    expect(q).toHaveLength(3);
    expect(q.map((e) => [e.loc.row, e.loc.col])).toEqual([
      [1, 1],
      [1, 9],
      [2, 1],
    ]);
    expect('x := 1; y := x + 1\nz := y'.slice(q[1]!.start, q[1]!.end)).toBe('y := x + 1');
  });

  it('accepts keywords as ref heads and inside refs', () => {
    const m = parseModule('k.rego', 'package foo.if.bar\nif.x := 1\np if { input.contains; else.y }\nelse.y := 2\n');
    expect(m.packagePath).toEqual(['foo', 'if', 'bar']);
    expect(m.rules).toHaveLength(3);
  });
});
