/** Runs one conformance case against the engine and judges the outcome. */
import { compilePolicy, evaluateQuery } from '../engine.js';
import { RegoError } from '../syntax/errors.js';
import { ObjectValue, fromJSON, type Value } from '../values.js';
import type { ConformanceCase } from './cases.js';
import { actualRowKey, rowKey, sameRows } from './compare.js';

export interface CaseOutcome {
  pass: boolean;
  reason?: string;
}

const EMPTY_POLICY = compilePolicy([]);

function inputOf(c: ConformanceCase): Value | undefined {
  if (c.input_term !== undefined) {
    const rows = evaluateQuery(EMPTY_POLICY, `__input__ = ${c.input_term}`);
    return rows[0]?.bindings.get('__input__');
  }
  return c.input === undefined ? undefined : fromJSON(c.input);
}

function describeError(e: unknown): { code: string; message: string } {
  if (e instanceof RegoError) return { code: e.code, message: e.opaText };
  if (e instanceof Error) return { code: 'internal', message: e.message };
  return { code: 'internal', message: String(e) };
}

export function runCase(c: ConformanceCase, limits: { timeoutMs: number; maxSteps: number }): CaseOutcome {
  const expectError = c.want_error_code !== undefined || c.want_error !== undefined;
  let rows;
  try {
    const policy = compilePolicy((c.modules ?? []).map((source, i) => ({ file: `test-${i}.rego`, source })));
    const data = c.data === undefined || c.data === null ? new ObjectValue() : fromJSON(c.data);
    rows = evaluateQuery(policy, c.query, { input: inputOf(c), data, strict: c.strict_error === true, limits });
  } catch (e) {
    const err = describeError(e);
    if (!expectError) return { pass: false, reason: `unexpected error: ${err.code}: ${err.message}` };
    if (c.want_error_code !== undefined && err.code !== c.want_error_code) {
      return { pass: false, reason: `error code ${err.code}, want ${c.want_error_code}: ${err.message}` };
    }
    if (c.want_error !== undefined && !err.message.includes(c.want_error)) {
      return { pass: false, reason: `error "${err.message}" does not contain "${c.want_error}"` };
    }
    return { pass: true };
  }
  if (expectError) return { pass: false, reason: `expected error ${c.want_error_code ?? ''} ${c.want_error ?? ''}, got ${rows.length} rows` };
  const want = (c.want_result ?? []).map((r) => rowKey(r, c.sort_bindings === true));
  const got = rows.map((r) => actualRowKey(r.bindings, c.sort_bindings === true, c.ignore_generated_vars === true));
  if (sameRows(got, want)) return { pass: true };
  const show = (xs: string[]) => (xs.length > 4 ? `${xs.slice(0, 4).join(' | ')} ...(${xs.length})` : xs.join(' | '));
  return { pass: false, reason: `rows differ: got [${show(got).slice(0, 600)}] want [${show(want).slice(0, 600)}]` };
}
