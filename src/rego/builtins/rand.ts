/**
 * rand.intn(str, n): a pseudo-random integer in [0, |n|), fixed per query for the same
 * arguments (OPA caches it per query) and reproducible from the query seed.
 */
import { createHash } from 'node:crypto';
import { registerBuiltin } from './registry.js';
import { bigIntegerArg, num, stringArg } from './lib/args.js';

registerBuiltin(
  'rand.intn',
  (args, ctx) => {
    const key = stringArg(args, 0);
    let n = bigIntegerArg(args, 1);
    if (n < 0n) n = -n;
    if (n === 0n) return 0;
    const cacheKey = `rand.intn\u0000${key}\u0000${n}`;
    const cached = ctx.cache.get(cacheKey);
    if (typeof cached === 'bigint') return num(cached);
    const digest = createHash('sha256').update(`${ctx.seed}\u0000${key}\u0000${n}`).digest('hex');
    const value = BigInt(`0x${digest}`) % n;
    ctx.cache.set(cacheKey, value);
    return num(value);
  },
  { arity: 2, nondeterministic: true },
);
