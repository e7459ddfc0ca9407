/**
 * Argument checks shared by the builtin families, producing OPA's exact error texts
 * (`operand 2 must be integer number but got floating-point number`, ...). The registry's own
 * helpers cover the simple cases; these add the ones OPA words differently.
 */
import { BuiltinError, builtinError, typeError } from '../registry.js';
import { type RegoNumber, type Value, ObjectValue, SetValue, isNumber, normalizeNumber, typeName } from '../../values.js';

export { builtinError, typeError };

export function typeErrorText(message: string): BuiltinError {
  return new BuiltinError('eval_type_error', message);
}

/** The argument as a string or an `operand N must be string` type error. */
export function stringArg(args: Value[], index: number): string {
  const v = args[index]!;
  if (typeof v !== 'string') throw typeError(index + 1, 'string', v);
  return v;
}

export function numberArg(args: Value[], index: number): RegoNumber {
  const v = args[index]!;
  if (!isNumber(v)) throw typeError(index + 1, 'number', v);
  return v;
}

/** An integer as a bigint; fractional numbers are `eval_type_error` as in OPA. */
export function bigIntegerArg(args: Value[], index: number): bigint {
  const v = numberArg(args, index);
  if (typeof v === 'bigint') return v;
  if (!Number.isInteger(v)) throw typeErrorText(`operand ${index + 1} must be integer number but got floating-point number`);
  return BigInt(v);
}

/** An integer as a JS number (safe range assumed by callers that index strings/arrays). */
export function integerArg(args: Value[], index: number): number {
  return Number(bigIntegerArg(args, index));
}

export function objectArg(args: Value[], index: number): ObjectValue {
  const v = args[index]!;
  if (!(v instanceof ObjectValue)) throw typeError(index + 1, 'object', v);
  return v;
}

export function arrayArg(args: Value[], index: number): Value[] {
  const v = args[index]!;
  if (!Array.isArray(v)) throw typeError(index + 1, 'array', v);
  return v;
}

/** Members of an array or set, or a type error `must be one of {set, array}`. */
export function collectionArg(args: Value[], index: number): Value[] {
  const v = args[index]!;
  if (Array.isArray(v)) return v;
  if (v instanceof SetValue) return v.sorted();
  throw typeError(index + 1, 'one of {set, array}', v);
}

/** Strings of an array or set of strings. */
export function stringCollectionArg(args: Value[], index: number): string[] {
  const items = collectionArg(args, index);
  for (const item of items) {
    if (typeof item !== 'string') {
      throw typeErrorText(`operand ${index + 1} must be ${Array.isArray(args[index]) ? 'array' : 'set'} of strings but got ${Array.isArray(args[index]) ? 'array' : 'set'} containing ${typeName(item)}`);
    }
  }
  return items as string[];
}

/** A number from a JS double or bigint, in canonical form. */
export function num(n: number | bigint): RegoNumber {
  return normalizeNumber(n);
}

/** Code points of a string (Go indexes runes). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}
