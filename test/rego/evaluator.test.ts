import { describe, expect, it } from 'vitest';
import { fromJSON, ObjectValue, SetValue } from '../../src/rego/values.js';
import { regoError, run, valueOf } from './helpers.js';

describe('Rego evaluator: rules', () => {
  const policy = `package t
default allow := false
allow if input.user == "bob"
deny contains msg if {
	some d in input.datasets
	not d.consent
	msg := sprintf("%s lacks consent", [d.name])
}
by_name[d.name] := d.size if some d in input.datasets
f(x) := x * 2
grade(n) := "high" if { n > 10 } else := "mid" if { n > 5 } else := "low"
all_big if every d in input.datasets { d.size > 1 }
a.b[k].c := v if some k, v in {"p": 1}
`;
  const input = fromJSON({
    user: 'alice',
    datasets: [
      { name: 'crm', size: 10, consent: true },
      { name: 'hr', size: 3 },
    ],
  });

  it('evaluates complete rules with defaults', () => {
    expect(valueOf(policy, 'x := data.t.allow', { input })).toBe('false');
    expect(valueOf(policy, 'x := data.t.allow', { input: fromJSON({ user: 'bob' }) })).toBe('true');
  });

  it('evaluates partial sets and objects', () => {
    expect(valueOf(policy, 'x := data.t.deny', { input })).toBe('["hr lacks consent"]');
    expect(valueOf(policy, 'x := data.t.by_name', { input })).toBe('{"crm":10,"hr":3}');
    expect(valueOf(policy, 'x := data.t.by_name.crm', { input })).toBe('10');
  });

  it('evaluates functions, else chains and every', () => {
    expect(valueOf(policy, 'x := data.t.f(21)')).toBe('42');
    expect(['x := data.t.grade(11)', 'x := data.t.grade(6)', 'x := data.t.grade(1)'].map((q) => valueOf(policy, q))).toEqual(['"high"', '"mid"', '"low"']);
    expect(valueOf(policy, 'x := data.t.all_big', { input })).toBe('true');
    expect(valueOf(policy, 'x := data.t.all_big', { input: fromJSON({ datasets: [{ size: 1 }] }) })).toBeUndefined();
  });

  it('builds documents from ref heads and package extents', () => {
    expect(valueOf(policy, 'x := data.t.a')).toBe('{"b":{"p":{"c":1}}}');
  });

  it('enumerates variable bindings with backtracking', () => {
    expect(run(policy, 'data.t.by_name[k] = v; v > 5', { input })).toEqual([{ k: 'crm', v: 10 }]);
    expect(run('package t', '[a, b] = [1, x]; x = 2; a == 1')).toEqual([{ a: 1, b: 2, x: 2 }]);
  });
});

describe('Rego evaluator: expressions', () => {
  it('supports comprehensions, negation and membership', () => {
    expect(valueOf('package t', 'x := [y * 2 | some y in [1, 2, 3]; y != 2]')).toBe('[2,6]');
    expect(valueOf('package t', 'x := {k: v | some k, v in ["a", "b"]}')).toBe('{"0":"a","1":"b"}');
    expect(valueOf('package t', 'x := count({y | some y in [1, 1, 2]})')).toBe('2');
    expect(valueOf('package t', 'x := 2 in [1, 2]')).toBe('true');
    expect(valueOf('package t', 'x := ("k", 1 in {"k": 1})')).toBe('true');
    expect(run('package t', 'not 1 == 2')).toEqual([{}]);
    expect(run('package t', 'not 1 == 1')).toEqual([]);
  });

  it('applies with to input, data and functions', () => {
    const src = `package t
p := input.x
q := data.cfg.level
double(x) := x * 2
r := double(2)
`;
    expect(valueOf(src, 'x := data.t.p with input as {"x": 5}')).toBe('5');
    expect(valueOf(src, 'x := data.t.p with input.x as 7')).toBe('7');
    expect(valueOf(src, 'x := data.t.q with data.cfg.level as 3')).toBe('3');
    expect(valueOf(src, 'x := data.t.r with data.t.double as 10')).toBe('10');
    expect(valueOf(src, 'x := count([1, 2]) with count as 99')).toBe('99');
  });

  it('keeps exact big integers and OPA number semantics', () => {
    expect(valueOf('package t', 'x := 18446744073709551617 + 1')).toBe('18446744073709551618');
    expect(valueOf('package t', 'x := 1e30 + 1')).toBe('1000000000000000000000000000001');
    expect(valueOf('package t', 'x := 7 / 2')).toBe('3.5');
    expect(valueOf('package t', 'x := -7 % 3')).toBe('-1');
    expect(valueOf('package t', 'x := 1 == 1.0')).toBe('true');
    expect(valueOf('package t', 'x := sum([0.5, 0.25])')).toBe('0.75');
    expect(valueOf('package t', 'x := 0.1 + 0.2')).toBe('0.3');
    expect(valueOf('package t', 'x := 0.1 * 3')).toBe('0.3');
    expect(valueOf('package t', 'x := 1 - 0.9')).toBe('0.1');
  });

  it('keeps sets and non-string object keys', () => {
    const rows = run('package t', 'x := {[1, 2]: "a", 3: {"b"}}');
    expect(rows).toEqual([{ x: { '3': ['b'], '[1,2]': 'a' } }]);
    expect(valueOf('package t', 'x := {3, 1, 2} | {4}')).toBe('[1,2,3,4]');
  });

  it('renders template strings', () => {
    expect(valueOf('package t', 'y := 2; x := $"y={y} s={{1}} u={input.nope}"')).toBe('"y=2 s={1} u=<undefined>"');
  });

  it('reports conflicts as eval_conflict_error', () => {
    const complete = regoError(() => run('package t\np := 1\np := 2\n', 'x := data.t.p'));
    expect(complete.code).toBe('eval_conflict_error');
    expect(complete.opaText).toContain('complete rules must not produce multiple outputs');
    const fn = regoError(() => run('package t\nf(_) := 1\nf(_) := 2\n', 'x := data.t.f(1)'));
    expect(fn.opaText).toContain('functions must not produce multiple outputs for same inputs');
    const obj = regoError(() => run('package t\np[k] := v if { some v in [1, 2]; k := "a" }\n', 'x := data.t.p'));
    expect(obj.opaText).toContain('object keys must be unique');
  });

  it('turns builtin errors into undefined unless strict', () => {
    expect(run('package t', 'x := 1 / 0')).toEqual([]);
    const e = regoError(() => run('package t\np := 1 / 0\n', 'x := data.t.p', { strict: true }));
    expect(e.code).toBe('eval_builtin_error');
    expect(e.opaText).toBe('test-0.rego:2: eval_builtin_error: div: divide by zero');
    const t = regoError(() => run('package t\np := count(5)\n', 'x := data.t.p', { strict: true }));
    expect(t.code).toBe('eval_type_error');
    expect(t.opaText).toContain('count: operand 1 must be one of {array, object, set, string} but got number');
  });

  it('evaluates walk and core object/array builtins', () => {
    expect(valueOf('package t', 'x := [p | walk({"a": [1]}, [p, _])]')).toBe('[[],["a"],["a",0]]');
    expect(valueOf('package t', 'x := object.get({"a": {"b": 1}}, ["a", "b"], 0)')).toBe('1');
    expect(valueOf('package t', 'x := object.union({"a": {"b": 1}}, {"a": {"c": 2}})')).toBe('{"a":{"b":1,"c":2}}');
    expect(valueOf('package t', 'x := array.slice([1, 2, 3], 1, 9)')).toBe('[2,3]');
    expect(valueOf('package t', 'x := numbers.range(3, 1)')).toBe('[3,2,1]');
  });

  it('treats base documents and input as JSON', () => {
    const data = fromJSON({ cfg: { levels: { a: 1, b: 2 } } });
    expect(run('package t', 'data.cfg.levels[k] > 1', { data })).toEqual([{ k: 'b' }]);
    expect(data).toBeInstanceOf(ObjectValue);
    expect(new SetValue().size).toBe(0);
  });
});

describe('Rego evaluator: rego.* builtins', () => {
  it('answers rego.metadata.rule and rego.metadata.chain from # METADATA blocks', () => {
    const src = `# METADATA
# title: PIPL pack
package pipl

# METADATA
# title: Consent
# custom:
#   severity: high
deny contains m if {
	m := rego.metadata.rule().custom.severity
}

chain := [e.path | some e in rego.metadata.chain()]
`;
    expect(valueOf(src, 'x := data.pipl.deny')).toBe('["high"]');
    expect(valueOf(src, 'x := data.pipl.chain')).toBe('[["pipl","chain"],["pipl"]]');
  });

  it('parses modules with rego.parse_module and fails on bad source', () => {
    expect(valueOf('package t', 'm := rego.parse_module("x.rego", "package a.b\\np := 1"); x := m["package"].path[2].value')).toBe('"b"');
    expect(valueOf('package t', 'x := rego.parse_module("x.rego", "package")')).toBeUndefined();
  });

  it('supports rego.v2 style not-bodies', () => {
    const src = 'package t\nimport rego.v2\np if not { input.a; input.b }\n';
    expect(valueOf(src, 'x := data.t.p', { input: fromJSON({ a: true, b: false }) })).toBe('true');
    expect(valueOf(src, 'x := data.t.p', { input: fromJSON({ a: true, b: true }) })).toBeUndefined();
  });
});
