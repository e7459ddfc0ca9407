import { CATEGORIES, type Category } from '../../findings/types.js';

/** The root package of rule packages: `package pipl.<category>[.<anything>]`. */
export const PACK_ROOT = 'pipl';

/** The category a package stands for (`pipl.cross_border` or `pipl["cross-border"]` → cross-border). */
export function categoryOfSegment(segment: string): Category | undefined {
  const kebab = segment.replace(/_/g, '-');
  return (CATEGORIES as readonly string[]).includes(kebab) ? (kebab as Category) : undefined;
}

/** A Rego reference text for a data path: `data.pipl.cross_border.deny`, quoting what is not a name. */
export function dataRef(path: string[]): string {
  let out = 'data';
  for (const segment of path) out += /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  return out;
}
