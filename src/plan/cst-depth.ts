import type { CST } from 'yaml';

/**
 * The YAML composer recurses once per nesting level, so a hostile plan (10,000 nested `[`) could
 * exhaust the stack, and V8 does not always survive that gracefully. The parser's concrete syntax
 * tree is built without recursion; this walks it with an explicit stack and returns the offset of
 * the first collection deeper than `maxDepth` (the top-level collection is depth 1), or undefined.
 */
export function tooDeepOffset(token: CST.Token, maxDepth: number): number | undefined {
  const stack: Array<{ token: CST.Token; depth: number }> = [{ token, depth: 0 }];
  while (stack.length > 0) {
    const { token: node, depth } = stack.pop()!;
    switch (node.type) {
      case 'document':
        if (node.value) stack.push({ token: node.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const level = depth + 1;
        if (level > maxDepth) return node.offset;
        for (const item of node.items) {
          if (item.value) stack.push({ token: item.value, depth: level });
          if (item.key) stack.push({ token: item.key, depth: level });
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}
