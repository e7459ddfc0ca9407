import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A plan path as a URI reference for SARIF and links: relative paths stay relative (POSIX
 * separators, each segment percent-encoded); absolute paths inside `base` become relative to it,
 * others become `file:` URIs.
 */
export function toArtifactUri(file: string, base: string = process.cwd()): string {
  const key = `${base}\u0000${file}`;
  let uri = cache.get(key);
  if (uri === undefined) {
    uri = computeUri(file, base);
    cache.set(key, uri);
  }
  return uri;
}

const cache = new Map<string, string>();

function computeUri(file: string, base: string): string {
  let path = file;
  if (isAbsolute(path)) {
    const rel = relative(base, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(path).href;
    path = rel;
  }
  return path
    .split(sep === '\\' ? /[\\/]/ : /\//)
    .filter((segment, i) => !(segment === '.' && i === 0))
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
