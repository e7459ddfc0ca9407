import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/rego/engine.js';
import { regoError } from './helpers.js';

const compile = (src: string) => compilePolicy([{ file: 'c.rego', source: src }]);

describe('Rego compiler', () => {
  it('reports unsafe variables with their line and column', () => {
    const e = regoError(() => compile('package t\n\np if {\n\tx > 1\n}\n'));
    expect(e.code).toBe('rego_unsafe_var_error');
    expect(e.messageId).toBe('rego.compile_unsafe_var');
    expect(e.params).toEqual({ vars: 'x' });
    expect(e.location).toEqual({ file: 'c.rego', line: 4, column: 2 });
  });

  it('reports unsafe variables in rule heads', () => {
    const e = regoError(() => compile('package t\np := y if { x := 1 }\n'));
    expect(e.code).toBe('rego_unsafe_var_error');
    expect(e.params).toEqual({ vars: 'y' });
  });

  it('reorders bodies so a later expression can bind a variable used earlier', () => {
    expect(() => compile('package t\np if {\n\ty > 1\n\ty = 2\n}\n')).not.toThrow();
    expect(regoError(() => compile('package t\np if {\n\ty > 1\n\ty := 2\n}\n')).messageId).toBe('rego.compile_referenced_above');
    expect(() => compile('package t\np if {\n\tnot q[x]\n\tx = "a"\n}\nq contains "b"\n')).not.toThrow();
  });

  it('reports recursion through rules and functions', () => {
    const e = regoError(() => compile('package t\np if q\nq if p\n'));
    expect(e.code).toBe('rego_recursion_error');
    expect(String(e.params.cycle)).toContain('data.t.p');
    const f = regoError(() => compile('package t\nf(x) := f(x)\n'));
    expect(f.code).toBe('rego_recursion_error');
  });

  it('rejects conflicting rule kinds and duplicate defaults', () => {
    expect(regoError(() => compile('package t\np := 1\np contains 2\n')).messageId).toBe('rego.compile_conflicting_rules');
    expect(regoError(() => compile('package t\ndefault p := 1\ndefault p := 2\n')).messageId).toBe('rego.compile_multiple_defaults');
    expect(regoError(() => compile('package t\nf(x) := 1\nf(x, y) := 2\n')).messageId).toBe('rego.compile_conflicting_rules');
    expect(regoError(() => compile('package t\na := 1\na.b := 2\n')).messageId).toBe('rego.compile_conflicting_rules');
  });

  it('rejects unknown functions, re-assignment and non-constant defaults', () => {
    const u = regoError(() => compile('package t\np if nosuch(1)\n'));
    expect(u.messageId).toBe('rego.compile_undefined_function');
    expect(u.location).toEqual({ file: 'c.rego', line: 2, column: 6 });
    expect(regoError(() => compile('package t\np if { x := 1; x := 2 }\n')).messageId).toBe('rego.compile_assigned_above');
    expect(regoError(() => compile('package t\ndefault p := input.x\n')).messageId).toBe('rego.compile_default_not_ground');
    expect(regoError(() => compile('package t\np if { input := 1 }\n')).messageId).toBe('rego.compile_reserved_var');
  });

  it('checks the number of arguments of builtins and functions', () => {
    const b = regoError(() => compile('package t\np := numbers.range_step(1, 2)\n'));
    expect([b.code, b.messageId, b.params.expected]).toEqual(['rego_type_error', 'rego.compile_arity', 3]);
    expect(regoError(() => compile('package t\nf(x) := x\np := f(1, 2, 3)\n')).messageId).toBe('rego.compile_arity');
  });

  it('requires the inputs of a negated expression to be bound', () => {
    const e = regoError(() => compile('package t\np if {\n\tnot dta.x\n}\n'));
    expect(e.code).toBe('rego_unsafe_var_error');
    expect(e.params).toEqual({ vars: 'dta' });
    expect(() => compile('package t\np if not q[_]\nq contains 1\n')).not.toThrow();
  });

  it('compiles an empty module set', () => {
    expect(compilePolicy([]).root.children.size).toBe(0);
  });
});
