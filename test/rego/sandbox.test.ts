import { describe, expect, it } from 'vitest';
import { regoError, run, valueOf } from './helpers.js';

const loops = `package t
p := count([1 |
	some a in numbers.range(1, 1000)
	some b in numbers.range(1, 1000)
	some c in numbers.range(1, 1000)
])
`;

describe('Rego sandbox', () => {
  it('stops a runaway evaluation at the step limit with a clear error', () => {
    const e = regoError(() => run(loops, 'x := data.t.p', { limits: { maxSteps: 10_000 } }));
    expect(e.code).toBe('eval_limit_error');
    expect(e.messageId).toBe('rego.eval_step_limit');
    expect(e.text.zh).toContain('步数上限');
  });

  it('stops a runaway evaluation at the time limit with a clear error', () => {
    const e = regoError(() => run(loops, 'x := data.t.p', { limits: { timeoutMs: 1, maxSteps: Number.MAX_SAFE_INTEGER } }));
    expect(e.messageId).toBe('rego.eval_time_limit');
  });

  it('stops deep function nesting with a clear error instead of crashing', () => {
    const depth = 250;
    const fns = Array.from({ length: depth }, (_, i) => `f${i}(x) := f${i + 1}(x)`).join('\n');
    const src = `package t\n${fns}\nf${depth}(x) := x\n`;
    const e = regoError(() => run(src, 'x := data.t.f0(1)'));
    expect(e.code).toBe('eval_limit_error');
    expect(e.messageId).toBe('rego.eval_depth_limit');
    expect(e.params).toEqual({ limit: 200 });
    // A chain within the limit evaluates normally.
    const short = Array.from({ length: 50 }, (_, i) => `g${i}(x) := g${i + 1}(x)`).join('\n');
    expect(valueOf(`package t\n${short}\ng50(x) := x\n`, 'x := data.t.g0(1)')).toBe('1');
  });

  it('turns a JavaScript stack overflow into a clear error', () => {
    const body = Array.from({ length: 6000 }, (_, i) => `\tx${i} := ${i}`).join('\n');
    const e = regoError(() => run(`package t\np if {\n${body}\n}\n`, 'x := data.t.p'));
    expect(e.code).toBe('eval_limit_error');
    expect(e.messageId).toBe('rego.eval_stack_limit');
  });

  it('refuses network and environment builtins even in non-strict mode', () => {
    for (const q of ['x := http.send({"method": "get", "url": "https://example.org"})', 'x := net.lookup_ip_addr("example.org")', 'x := opa.runtime()']) {
      const e = regoError(() => run('package t', q));
      expect(e.code, q).toBe('eval_sandbox_error');
      expect(e.messageId).toBe('rego.sandbox_refused');
    }
  });

  it('takes time.now_ns from the query context', () => {
    expect(valueOf('package t', 'x := time.now_ns()', { nowNs: 1_700_000_000_000_000_000n })).toBe('1700000000000000000');
  });
});
