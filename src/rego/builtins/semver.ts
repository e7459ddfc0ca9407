/** semver.is_valid and semver.compare (Semantic Versioning 2.0.0; build metadata is ignored). */
import { registerBuiltin } from './registry.js';
import { builtinError, stringArg } from './lib/args.js';

interface SemVer {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: string[];
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function parseSemVer(text: string): SemVer | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  return { major: BigInt(m[1]!), minor: BigInt(m[2]!), patch: BigInt(m[3]!), pre: m[4] ? m[4].split('.') : [] };
}

function cmp(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareSemVer(a: SemVer, b: SemVer): number {
  const core = cmp(a.major, b.major) || cmp(a.minor, b.minor) || cmp(a.patch, b.patch);
  if (core !== 0) return core;
  if (a.pre.length === 0 || b.pre.length === 0) return a.pre.length === b.pre.length ? 0 : a.pre.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const x = a.pre[i]!;
    const y = b.pre[i]!;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    let c: number;
    if (xn && yn) c = cmp(BigInt(x), BigInt(y));
    else if (xn) c = -1;
    else if (yn) c = 1;
    else c = x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  return Math.sign(a.pre.length - b.pre.length);
}

registerBuiltin('semver.is_valid', (args) => typeof args[0] === 'string' && parseSemVer(args[0]) !== undefined, { arity: 1 });

registerBuiltin(
  'semver.compare',
  (args) => {
    const versions = [0, 1].map((i) => {
      const text = stringArg(args, i);
      const v = parseSemVer(text);
      if (!v) throw builtinError(`operand ${i + 1}: string ${JSON.stringify(text)} is not a valid SemVer`);
      return v;
    });
    return compareSemVer(versions[0]!, versions[1]!);
  },
  { arity: 2 },
);
