/** bits.and / or / xor / negate / lsh / rsh on arbitrary-size integers. */
import { registerBuiltin } from './registry.js';
import { bigIntegerArg, num, typeErrorText } from './lib/args.js';

registerBuiltin('bits.and', (args) => num(bigIntegerArg(args, 0) & bigIntegerArg(args, 1)), { arity: 2 });
registerBuiltin('bits.or', (args) => num(bigIntegerArg(args, 0) | bigIntegerArg(args, 1)), { arity: 2 });
registerBuiltin('bits.xor', (args) => num(bigIntegerArg(args, 0) ^ bigIntegerArg(args, 1)), { arity: 2 });
registerBuiltin('bits.negate', (args) => num(~bigIntegerArg(args, 0)), { arity: 1 });

function shiftArg(args: Parameters<typeof bigIntegerArg>[0]): bigint {
  const s = bigIntegerArg(args, 1);
  if (s < 0n) throw typeErrorText('operand 2 must be an unsigned integer number but got a negative integer');
  if (s > 1_000_000n) throw typeErrorText('operand 2 shift count is too large');
  return s;
}

registerBuiltin('bits.lsh', (args) => num(bigIntegerArg(args, 0) << shiftArg(args)), { arity: 2 });
registerBuiltin('bits.rsh', (args) => num(bigIntegerArg(args, 0) >> shiftArg(args)), { arity: 2 });
