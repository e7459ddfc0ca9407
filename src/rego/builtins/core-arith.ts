/** Core builtins: comparison, arithmetic, rounding and set operators. */
import {
  SetValue,
  type Value,
  absNumber,
  addNumbers,
  ceilNumber,
  compare,
  divideNumbers,
  equal,
  floorNumber,
  isIntegral,
  isNumber,
  isZero,
  multiplyNumbers,
  remainderNumbers,
  roundNumber,
  subtractNumbers,
  typeName,
} from '../values.js';
import { builtinError, expectNumber, expectSet, registerBuiltin, typeError } from './registry.js';

registerBuiltin('equal', (a) => equal(a[0]!, a[1]!), { arity: 2 });
registerBuiltin('neq', (a) => !equal(a[0]!, a[1]!), { arity: 2 });
registerBuiltin('lt', (a) => compare(a[0]!, a[1]!) < 0, { arity: 2 });
registerBuiltin('lte', (a) => compare(a[0]!, a[1]!) <= 0, { arity: 2 });
registerBuiltin('gt', (a) => compare(a[0]!, a[1]!) > 0, { arity: 2 });
registerBuiltin('gte', (a) => compare(a[0]!, a[1]!) >= 0, { arity: 2 });

registerBuiltin('plus', (a) => addNumbers(expectNumber(a, 0), expectNumber(a, 1)), { arity: 2 });
registerBuiltin('mul', (a) => multiplyNumbers(expectNumber(a, 0), expectNumber(a, 1)), { arity: 2 });

registerBuiltin(
  'minus',
  (a) => {
    const x = a[0]!;
    const y = a[1]!;
    if (isNumber(x)) {
      if (!isNumber(y)) throw typeError(2, 'number', y);
      return subtractNumbers(x, y);
    }
    if (x instanceof SetValue) {
      if (!(y instanceof SetValue)) throw typeError(2, 'set', y);
      const out = new SetValue();
      for (const m of x) if (!y.has(m)) out.add(m);
      return out;
    }
    throw typeError(1, 'one of {number, set}', x);
  },
  { arity: 2 },
);

registerBuiltin(
  'div',
  (a) => {
    const x = expectNumber(a, 0);
    const y = expectNumber(a, 1);
    if (isZero(y)) throw builtinError('divide by zero');
    return divideNumbers(x, y);
  },
  { arity: 2 },
);

registerBuiltin(
  'rem',
  (a) => {
    const x = expectNumber(a, 0);
    const y = expectNumber(a, 1);
    if (!isIntegral(x) || !isIntegral(y)) throw builtinError('modulo on floating-point number');
    if (isZero(y)) throw builtinError('modulo by zero');
    return remainderNumbers(x, y);
  },
  { arity: 2 },
);

registerBuiltin('abs', (a) => absNumber(expectNumber(a, 0)), { arity: 1 });
registerBuiltin('round', (a) => roundNumber(expectNumber(a, 0)), { arity: 1 });
registerBuiltin('ceil', (a) => ceilNumber(expectNumber(a, 0)), { arity: 1 });
registerBuiltin('floor', (a) => floorNumber(expectNumber(a, 0)), { arity: 1 });

registerBuiltin(
  'and',
  (a) => {
    const x = expectSet(a, 0);
    const y = expectSet(a, 1);
    const out = new SetValue();
    for (const m of x) if (y.has(m)) out.add(m);
    return out;
  },
  { arity: 2 },
);

registerBuiltin(
  'or',
  (a) => {
    const x = expectSet(a, 0);
    const y = expectSet(a, 1);
    const out = x.copy();
    for (const m of y) out.add(m);
    return out;
  },
  { arity: 2 },
);

function setOfSets(a: Value[]): SetValue[] {
  const s = expectSet(a, 0);
  const out: SetValue[] = [];
  for (const m of s) {
    if (!(m instanceof SetValue)) throw typeError(1, 'set of sets', m);
    out.push(m);
  }
  return out;
}

registerBuiltin(
  'intersection',
  (a) => {
    const sets = setOfSets(a);
    if (sets.length === 0) return new SetValue();
    const out = new SetValue();
    for (const m of sets[0]!) if (sets.every((s) => s.has(m))) out.add(m);
    return out;
  },
  { arity: 1 },
);

registerBuiltin(
  'union',
  (a) => {
    const out = new SetValue();
    for (const s of setOfSets(a)) for (const m of s) out.add(m);
    return out;
  },
  { arity: 1 },
);

/** `typeName` re-exported for error helpers of other core modules. */
export { typeName };
