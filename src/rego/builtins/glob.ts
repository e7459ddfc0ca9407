/**
 * glob.match (gobwas/glob semantics, see lib/glob-pattern.ts) and glob.quote_meta.
 * Delimiters: `null` = none, `[]` = the default `["."]`.
 */
import { registerBuiltin } from './registry.js';
import { SetValue } from '../values.js';
import { builtinError, stringArg, typeError, typeErrorText } from './lib/args.js';
import { type GlobMatcher, GlobSyntaxError, compileGlob, quoteGlobMeta } from './lib/glob-pattern.js';

const compiled = new Map<string, GlobMatcher>();

registerBuiltin(
  'glob.match',
  (args) => {
    const pattern = stringArg(args, 0);
    const rawDelims = args[1]!;
    let delims: string[] | null;
    if (rawDelims === null) delims = null;
    else if (Array.isArray(rawDelims) || rawDelims instanceof SetValue) {
      const items = Array.isArray(rawDelims) ? rawDelims : rawDelims.sorted();
      delims = [];
      for (const d of items) {
        if (typeof d !== 'string') throw typeErrorText(`operand 2 must be array of strings but got array containing ${typeof d}`);
        delims.push(d);
      }
      if (delims.length === 0) delims = ['.'];
    } else {
      throw typeError(2, 'one of {array, null}', rawDelims);
    }
    const text = stringArg(args, 2);
    const key = `${JSON.stringify(delims)}\u0000${pattern}`;
    let re = compiled.get(key);
    if (!re) {
      try {
        re = compileGlob(pattern, delims);
      } catch (e) {
        if (e instanceof GlobSyntaxError) throw builtinError(e.message);
        throw e;
      }
      if (compiled.size > 500) compiled.clear();
      compiled.set(key, re);
    }
    return re.test(text);
  },
  { arity: 3 },
);

registerBuiltin('glob.quote_meta', (args) => quoteGlobMeta(stringArg(args, 0)), { arity: 1 });
