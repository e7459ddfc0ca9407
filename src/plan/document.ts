import type { Document, LineCounter } from 'yaml';
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { parsePointer } from './json-pointer.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A 1-based line and column in a plan file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Where a JSON pointer lands: the pointer actually found (the closest existing parent for a missing node). */
export interface ResolvedPosition extends SourcePosition {
  pointer: string;
  /** True when the requested pointer does not exist and an ancestor was used. */
  approximate: boolean;
}

/**
 * A loaded plan: its plain JSON data plus a way to turn any JSON pointer into a line and column.
 * Positions are looked up lazily from the parsed YAML tree so that loading stays close to the cost
 * of a bare parse even for very large plans.
 */
export class PlanDocument {
  constructor(
    readonly file: string,
    readonly text: string,
    readonly sha256: string,
    readonly format: 'yaml' | 'json',
    readonly data: { [key: string]: JsonValue },
    private readonly tree: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /** Line and column of the node at `pointer` (its key, for an object member), or of its closest existing ancestor. */
  positionOf(pointer: string): ResolvedPosition {
    const tokens = parsePointer(pointer);
    let node: unknown = this.tree.contents;
    let offset = offsetOf(node) ?? 0;
    let found = '';
    let approximate = false;
    for (const token of tokens) {
      const step = childOf(node, token);
      if (!step) {
        approximate = true;
        break;
      }
      node = step.node;
      offset = step.offset;
      found += `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    }
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col, pointer: found, approximate };
  }

  /** The source line (without newline) at a 1-based line number, for excerpts in reports. */
  sourceLine(line: number): string {
    const start = this.lines.lineStarts[line - 1];
    if (start === undefined) return '';
    const end = this.lines.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$/, '');
  }

  get lineCount(): number {
    return this.lines.lineStarts.length;
  }
}

function offsetOf(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as YamlNode).range;
    if (range) return range[0];
  }
  return undefined;
}

function childOf(node: unknown, token: string): { node: unknown; offset: number } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = isScalar(item.key) ? item.key.value : item.key;
      if (String(key) === token) {
        const offset = offsetOf(item.key) ?? offsetOf(item.value);
        return offset === undefined ? undefined : { node: item.value, offset };
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
    const child = node.items[Number(token)];
    const offset = offsetOf(child);
    return offset === undefined ? undefined : { node: child, offset };
  }
  return undefined;
}
