/** Code-point string order: the same on every machine and locale (reports must be byte-identical). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
