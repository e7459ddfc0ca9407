/**
 * graph.reachable and graph.reachable_paths over an adjacency object
 * `{node: set|array of neighbours (or null)}`. Only nodes that are keys of the graph count.
 */
import { registerBuiltin } from './registry.js';
import { type Value, ObjectValue, SetValue, keyOf } from '../values.js';
import { objectArg, typeError } from './lib/args.js';

function neighbours(graph: ObjectValue, node: Value): Value[] | undefined {
  const edges = graph.get(node);
  if (edges === undefined) return undefined;
  if (Array.isArray(edges)) return edges;
  if (edges instanceof SetValue) return edges.sorted();
  return [];
}

function initialNodes(args: Value[]): Value[] {
  const v = args[1]!;
  if (Array.isArray(v)) return v;
  if (v instanceof SetValue) return v.sorted();
  throw typeError(2, 'one of {set, array}', v);
}

registerBuiltin(
  'graph.reachable',
  (args) => {
    const graph = objectArg(args, 0);
    const queue = [...initialNodes(args)];
    const reached = new SetValue();
    while (queue.length > 0) {
      const node = queue.shift()!;
      if (reached.has(node)) continue;
      const next = neighbours(graph, node);
      if (next === undefined) continue;
      reached.add(node);
      for (const n of next) if (!reached.has(n)) queue.push(n);
    }
    return reached;
  },
  { arity: 2 },
);

registerBuiltin(
  'graph.reachable_paths',
  (args) => {
    const graph = objectArg(args, 0);
    const paths = new SetValue();
    const walk = (node: Value, path: Value[], onPath: Set<string>): void => {
      const next = neighbours(graph, node);
      if (next === undefined) return;
      const here = [...path, node];
      const seen = new Set(onPath).add(keyOf(node));
      const onward = next.filter((n) => graph.has(n) && !seen.has(keyOf(n)));
      if (onward.length === 0) {
        paths.add(here);
        return;
      }
      for (const n of onward) walk(n, here, seen);
    };
    for (const start of initialNodes(args)) walk(start, [], new Set());
    return paths;
  },
  { arity: 2 },
);
