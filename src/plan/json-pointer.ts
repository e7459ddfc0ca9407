/** RFC 6901 JSON Pointer helpers. */

export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPointer(base: string, ...tokens: Array<string | number>): string {
  return base + tokens.map((t) => `/${escapeToken(t)}`).join('');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`invalid JSON pointer: ${pointer}`);
  return pointer.slice(1).split('/').map(unescapeToken);
}

/** The value at a pointer, or undefined when any step is missing. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (node !== null && typeof node === 'object') {
      if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
      node = (node as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
    if (node === undefined) return undefined;
  }
  return node;
}

/** Converts an RFC 9535 normalized path (`$['a'][0]`) into a JSON pointer (`/a/0`). */
export function normalizedPathToPointer(path: string): string {
  if (!path.startsWith('$')) throw new Error(`not a normalized path: ${path}`);
  let i = 1;
  let out = '';
  while (i < path.length) {
    if (path[i] !== '[') throw new Error(`not a normalized path: ${path}`);
    i++;
    if (path[i] === "'") {
      i++;
      let name = '';
      while (i < path.length && path[i] !== "'") {
        if (path[i] === '\\') {
          const next = path[i + 1];
          if (next === 'u') {
            name += String.fromCharCode(parseInt(path.slice(i + 2, i + 6), 16));
            i += 6;
            continue;
          }
          const escapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', "'": "'", '\\': '\\', '/': '/' };
          name += escapes[next ?? ''] ?? next ?? '';
          i += 2;
          continue;
        }
        name += path[i];
        i++;
      }
      i += 2; // closing quote and bracket
      out += `/${escapeToken(name)}`;
    } else {
      const end = path.indexOf(']', i);
      out += `/${path.slice(i, end)}`;
      i = end + 1;
    }
  }
  return out;
}
