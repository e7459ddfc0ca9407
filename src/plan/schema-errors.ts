import type { ErrorObject } from 'ajv/dist/2020.js';
import { getAtPointer } from './json-pointer.js';
import type { CompiledPlanSchema } from './plan-schema.js';
import { schemaAt } from './schema-walk.js';

/**
 * ajv reports every failed branch of a `oneOf`/`anyOf`, which buries the one useful message under
 * the noise of alternatives the author never meant. This keeps the errors of the most plausible
 * branch only. It relies on how ajv emits errors: the errors of a failed combinator's branches sit
 * right before the combinator's own error, in branch order; re-validating each branch tells how
 * many belong to each. If that bookkeeping does not add up, the errors are left as they are.
 * `data` is the validated value (the plan's data); without it errors are left as they are.
 */
export function collapseCombinators(raw: ErrorObject[], schema: CompiledPlanSchema, data?: unknown): ErrorObject[] {
  const reversed: ErrorObject[] = [];
  let i = raw.length - 1;
  while (i >= 0) {
    const error = raw[i]!;
    if (error.keyword === 'if') {
      i--; // the failing then/else errors already say what is wrong
      continue;
    }
    if (isFailedCombinator(error)) {
      const picked = pickBranch(raw, i, schema, data);
      if (picked) {
        reversed.push(...collapseCombinators(picked.errors, schema, data).reverse());
        i = picked.start - 1;
        continue;
      }
    }
    if (error.keyword === 'contains') {
      // ajv first reports why each item failed the `contains` schema; only the summary matters
      const inner = containsNoise(raw, i, schema, data);
      reversed.push(error);
      i -= inner + 1;
      continue;
    }
    if (error.propertyName !== undefined && error.keyword !== 'propertyNames') {
      i--; // inside propertyNames: the propertyNames error itself names the key
      continue;
    }
    reversed.push(error);
    i--;
  }
  return reversed.reverse();
}

/** How many errors right before a `contains` error come from trying its items (0 when unsure). */
function containsNoise(raw: ErrorObject[], index: number, schema: CompiledPlanSchema, data: unknown): number {
  const error = raw[index]!;
  const validate = schema.subschema(error.schemaPath);
  const list = data === undefined ? undefined : getAtPointer(data, error.instancePath);
  if (!validate || !Array.isArray(list)) return 0;
  let count = 0;
  for (const item of list) {
    validate(item);
    count += validate.errors?.length ?? 0;
  }
  if (count > index) return 0;
  const prefix = `${error.instancePath}/`;
  return raw.slice(index - count, index).every((e) => e.instancePath.startsWith(prefix)) ? count : 0;
}

function isFailedCombinator(error: ErrorObject): boolean {
  if (error.keyword === 'anyOf') return true;
  return error.keyword === 'oneOf' && (error.params as { passingSchemas?: unknown }).passingSchemas == null;
}

interface Picked {
  start: number;
  errors: ErrorObject[];
}

function pickBranch(raw: ErrorObject[], index: number, schema: CompiledPlanSchema, data: unknown): Picked | undefined {
  const combinator = raw[index]!;
  const branchSchemas = schemaAt(schema.schema, combinator.schemaPath);
  const alternatives = Array.isArray(branchSchemas) ? branchSchemas.length : 0;
  if (data === undefined) return undefined;
  const value = getAtPointer(data, combinator.instancePath);
  if (alternatives === 0) return undefined;
  const counts: number[] = [];
  const expected: ErrorObject[] = [];
  for (let b = 0; b < alternatives; b++) {
    const validate = schema.subschema(`${combinator.schemaPath}/${b}`);
    if (!validate) return undefined;
    validate(value);
    const errors = [...(validate.errors ?? [])];
    counts.push(errors.length);
    expected.push(...errors);
  }
  const total = expected.length;
  if (total > index) return undefined;
  const start = index - total;
  const slice = raw.slice(start, index);
  const consistent = slice.every(
    (error, k) => error.keyword === expected[k]!.keyword && error.instancePath === combinator.instancePath + expected[k]!.instancePath,
  );
  if (!consistent) return undefined;

  const branches: ErrorObject[][] = [];
  let offset = 0;
  for (const count of counts) {
    branches.push(slice.slice(offset, offset + count));
    offset += count;
  }
  const merged = mergeShapeMismatches(combinator, branches);
  if (merged) return { start, errors: [merged] };
  let best = 0;
  let bestScore = score(combinator.instancePath, branches[0]!);
  for (let b = 1; b < branches.length; b++) {
    const s = score(combinator.instancePath, branches[b]!);
    if (s[0] < bestScore[0] || (s[0] === bestScore[0] && s[1] < bestScore[1])) {
      best = b;
      bestScore = s;
    }
  }
  return { start, errors: branches[best]! };
}

/** Lower is more plausible: [how badly the value's shape misses the branch, how many errors]. */
function score(base: string, errors: ErrorObject[]): [number, number] {
  let penalty = 0;
  for (const error of errors) {
    if (error.instancePath === base && error.keyword === 'type') penalty = Math.max(penalty, 3);
    else if (error.instancePath === base && (error.keyword === 'const' || error.keyword === 'enum')) penalty = Math.max(penalty, 2);
    else if (isDirectChild(base, error.instancePath) && error.keyword === 'const') penalty = Math.max(penalty, 2);
  }
  return [penalty, errors.length];
}

function isDirectChild(base: string, pointer: string): boolean {
  return pointer.startsWith(`${base}/`) && !pointer.slice(base.length + 1).includes('/');
}

/**
 * When every branch fails only on the value's type (or only on a const/enum), one sentence listing
 * all allowed types (or values) says it best.
 */
function mergeShapeMismatches(combinator: ErrorObject, branches: ErrorObject[][]): ErrorObject | undefined {
  const single = branches.every((errors) => errors.length === 1 && errors[0]!.instancePath === combinator.instancePath);
  if (!single) return undefined;
  const errors = branches.map((b) => b[0]!);
  if (errors.every((e) => e.keyword === 'type')) {
    const types = [...new Set(errors.flatMap((e) => String((e.params as { type: unknown }).type).split(',')))];
    return { ...errors[0]!, params: { type: types.join(',') } };
  }
  if (errors.every((e) => e.keyword === 'const' || e.keyword === 'enum')) {
    const values = errors.flatMap((e) =>
      e.keyword === 'const' ? [(e.params as { allowedValue: unknown }).allowedValue] : ((e.params as { allowedValues: unknown[] }).allowedValues ?? []),
    );
    return { ...errors[0]!, keyword: 'enum', params: { allowedValues: values } };
  }
  return undefined;
}
