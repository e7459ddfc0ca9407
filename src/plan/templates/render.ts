import { stringify } from 'yaml';
import type { Lang } from '../../i18n/lang.js';

type SchemaNode = { [key: string]: unknown };
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface RenderOptions {
  /** The plan schema, read for descriptions and value lists. */
  schema: SchemaNode;
  lang: Lang;
  /** JSON pointers of the keys written as live YAML; every other key is commented out. */
  active: ReadonlySet<string>;
  /** The label in front of a value list, colon included ("Values:" / "可选值："). */
  valuesLabel: string;
}

const WRAP_AT = 100;

/**
 * Renders a plan object as YAML in which every key is preceded by its schema description in the
 * chosen language (and, for closed lists, the allowed values). Keys not in `active` are commented
 * out as `#key: value`: removing the `#` right before a key turns the line back into YAML at the
 * right indentation. Description lines are `# text` (with a space), so the two never mix.
 */
export function renderCommentedYaml(value: { [key: string]: Json }, options: RenderOptions): string[] {
  const lines: string[] = [];
  renderMapping(value, options.schema, '', '', false, options, lines, true);
  return lines;
}

function renderMapping(
  value: { [key: string]: Json },
  schemaNode: SchemaNode,
  indent: string,
  pointer: string,
  listItem: boolean,
  options: RenderOptions,
  lines: string[],
  topLevel = false,
): void {
  const resolved = resolve(schemaNode, options.schema);
  const properties = (resolved.properties ?? {}) as Record<string, SchemaNode>;
  let first = true;
  for (const [key, child] of Object.entries(value)) {
    const property = properties[key];
    if (!property) throw new Error(`template key ${pointer}/${key} is not in the plan schema`);
    const childPointer = `${pointer}/${key}`;
    const live = options.active.has(childPointer);
    const mark = live ? '' : '#';
    // In a list item the first key carries the dash; later keys line up under it.
    const keyIndent = listItem && !first ? `${indent}  ` : indent;
    const dash = listItem && first ? '- ' : '';
    if (topLevel && lines.length > 0) lines.push('');
    for (const text of describe(property, options)) lines.push(`${keyIndent}# ${text}`);
    const head = `${keyIndent}${mark}${dash}${key}:`;
    const childIndent = listItem ? `${indent}  ` : indent;
    if (Array.isArray(child) && child.length > 0 && isObject(child[0])) {
      lines.push(head);
      const itemSchema = (resolve(property, options.schema).items ?? {}) as SchemaNode;
      child.forEach((item, index) => {
        renderMapping(item as { [key: string]: Json }, itemSchema, `${childIndent}  `, `${childPointer}/${index}`, true, options, lines);
      });
    } else if (isObject(child)) {
      lines.push(head);
      renderMapping(child as { [key: string]: Json }, property, `${childIndent}  `, childPointer, false, options, lines);
    } else {
      lines.push(`${head} ${scalarText(child)}`);
    }
    first = false;
  }
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A scalar or a list of scalars as one line of YAML. */
function scalarText(value: Json): string {
  return stringify(value, { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false, defaultStringType: 'PLAIN' }).trimEnd();
}

function resolve(node: SchemaNode, root: SchemaNode): SchemaNode {
  let current = node;
  for (let depth = 0; depth < 8 && typeof current.$ref === 'string'; depth++) {
    const name = /^#\/\$defs\/(.+)$/.exec(current.$ref as string)?.[1];
    const defs = root.$defs as Record<string, SchemaNode> | undefined;
    if (!name || !defs?.[name]) throw new Error(`unresolvable $ref ${String(current.$ref)}`);
    current = defs[name];
  }
  return current;
}

/** The property's own description without the generated value list, wrapped, then the values. */
function describe(property: SchemaNode, options: RenderOptions): string[] {
  const raw = String(options.lang === 'zh' ? property['x-description-zh'] : property.description);
  const text = raw.replace(options.lang === 'zh' ? / 取值：[\s\S]*$/ : / Values: [\s\S]*$/, '');
  const out = options.lang === 'zh' ? [text] : wrap(text);
  const resolved = resolve(property, options.schema);
  const values = (resolved.enum ?? (resolved.items as SchemaNode | undefined)?.enum ?? enumOfItems(resolved, options.schema)) as string[] | undefined;
  if (values && values.length > 0) out.push(`${options.valuesLabel} ${values.join(' | ')}`);
  return out;
}

function enumOfItems(node: SchemaNode, root: SchemaNode): unknown {
  const items = node.items as SchemaNode | undefined;
  return items ? resolve(items, root).enum : undefined;
}

/** Splits English text into lines of at most about 100 characters. */
export function wrap(text: string): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > WRAP_AT) {
      out.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') out.push(line);
  return out;
}
