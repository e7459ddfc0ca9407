import parse from 'jsonpath-rfc9535/parser';
import type { LocalizedText } from '../../i18n/lang.js';
import { canonicalJson } from '../../findings/canonical-json.js';

/**
 * The entries a rule's JSONPath query selects, in words rather than raw JSONPath, for messages:
 * `$.pia[?@.scope && @.assessor]` → "entries in pia where scope is present and assessor is present".
 * Covers what rules write (a path of names, then `[*]` or one filter of tests, comparisons, `!`,
 * `&&`, `||`, nested filters); anything else (functions, slices, descendants) yields `undefined`
 * and callers show the query text itself.
 */
export interface QueryWords {
  /** "entries in pia where …" / "pia 中满足…的条目". */
  entries: LocalizedText;
  /** "the number of entries in pia where …" / "pia 中满足…的条目数". */
  count: LocalizedText;
}

const cache = new Map<string, QueryWords | null>();

export function describeQuery(text: string): QueryWords | undefined {
  let words = cache.get(text);
  if (words === undefined) {
    words = wordsOf(text) ?? null;
    cache.set(text, words);
  }
  return words ?? undefined;
}

// The parser's tree, loosely typed: only the node kinds rules use are read, anything else is "no words".
type Node = { type: string; [key: string]: any };

class Unsupported extends Error {}

function wordsOf(text: string): QueryWords | undefined {
  let tree: Node;
  try {
    tree = parse(text.replace(/^@/, '$')) as unknown as Node;
  } catch {
    return undefined;
  }
  try {
    const segments = tree.segments as Node[];
    const names: string[] = [];
    let index = 0;
    for (; index < segments.length; index++) {
      const name = memberName(segments[index]!);
      if (name === undefined) break;
      names.push(name);
    }
    const collection = names.length > 0 ? names.join('.') : '$';
    if (index === segments.length) {
      // No selector after the path: the node itself (counts 0 or 1).
      return { entries: { zh: collection, en: collection }, count: { zh: `${collection} 的个数`, en: `the number of ${collection}` } };
    }
    if (index !== segments.length - 1) return undefined;
    const selector = onlySelector(segments[index]!);
    if (selector.type === 'WildcardSelector') {
      return {
        entries: { zh: `${collection} 中的条目`, en: `entries in ${collection}` },
        count: { zh: `${collection} 中的条目数`, en: `the number of entries in ${collection}` },
      };
    }
    if (selector.type !== 'FilterSelector') return undefined;
    const filter = logical(selector.value as Node);
    return {
      entries: { zh: `${collection} 中满足“${filter.zh}”的条目`, en: `entries in ${collection} where ${filter.en}` },
      count: { zh: `${collection} 中满足“${filter.zh}”的条目数`, en: `the number of entries in ${collection} where ${filter.en}` },
    };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function memberName(segment: Node): string | undefined {
  if (segment.type !== 'ChildSegment' && segment.type !== 'SingularQuerySegment') return undefined;
  const node = segment.node as Node;
  if (node.type === 'MemberNameShorthand') return String(node.value);
  if (node.type === 'BracketedSelection' && node.selectors.length === 1 && node.selectors[0].type === 'NameSelector') return String(node.selectors[0].member);
  return undefined;
}

function onlySelector(segment: Node): Node {
  if (segment.type !== 'ChildSegment') throw new Unsupported();
  const node = segment.node as Node;
  if (node.type === 'WildcardSelector') return node;
  if (node.type === 'BracketedSelection' && node.selectors.length === 1) return node.selectors[0] as Node;
  throw new Unsupported();
}

const AND = { zh: ' 且 ', en: ' and ' };
const OR = { zh: ' 或 ', en: ' or ' };

function logical(node: Node): LocalizedText {
  switch (node.type) {
    case 'LogicalOrExpr': {
      const terms = flatten(node, 'LogicalOrExpr');
      return oneOf(terms) ?? joinTerms(terms, OR, 'LogicalOrExpr');
    }
    case 'LogicalAndExpr':
      return joinTerms(flatten(node, 'LogicalAndExpr'), AND, 'LogicalAndExpr');
    case 'LogicalNotExpr': {
      const inner = node.expression as Node;
      const path = inner.type === 'TestExpr' ? testedPath(inner) : undefined;
      if (path !== undefined) return { zh: `${path.zh} 未填写`, en: `${path.en} is absent` };
      const words = logical(inner);
      return { zh: `并非（${words.zh}）`, en: `not (${words.en})` };
    }
    case 'TestExpr': {
      const path = testedPath(node);
      if (path !== undefined) return { zh: `${path.zh} 已填写`, en: `${path.en} is present` };
      const nested = nestedFilter(node);
      if (nested) return nested;
      throw new Unsupported();
    }
    case 'ComparisonExpr':
      return comparison(node);
    case 'ParenExpr':
      return logical(node.expression as Node);
    default:
      throw new Unsupported();
  }
}

function flatten(node: Node, type: string): Node[] {
  const unwrap = (n: Node): Node => (n.type === 'ParenExpr' ? unwrap(n.expression as Node) : n);
  const current = unwrap(node);
  if (current.type !== type) return [current];
  return [...flatten(current.left as Node, type), ...flatten(current.right as Node, type)];
}

function joinTerms(terms: Node[], separator: LocalizedText, type: string): LocalizedText {
  const words = terms.map((term) => {
    const text = logical(term);
    const nested = term.type !== type && (term.type === 'LogicalOrExpr' || term.type === 'LogicalAndExpr');
    return nested ? { zh: `（${text.zh}）`, en: `(${text.en})` } : text;
  });
  return { zh: words.map((w) => w.zh).join(separator.zh), en: words.map((w) => w.en).join(separator.en) };
}

/** `@ == 'sms' || @ == 'email'` → "the value is one of sms, email". */
function oneOf(terms: Node[]): LocalizedText | undefined {
  if (terms.length < 2) return undefined;
  let left: LocalizedText | undefined;
  const values: string[] = [];
  for (const term of terms) {
    if (term.type !== 'ComparisonExpr' || term.op !== '==' || term.right.type !== 'Literal') return undefined;
    const side = operand(term.left as Node);
    if (left && (left.en !== side.en || left.zh !== side.zh)) return undefined;
    left = side;
    values.push(literal(term.right.value));
  }
  return { zh: `${left!.zh} 为以下之一：${values.join('、')}`, en: `${left!.en} is one of ${values.join(', ')}` };
}

const COMPARISON: Record<string, LocalizedText> = {
  '==': { zh: '等于', en: 'equals' },
  '!=': { zh: '不等于', en: 'does not equal' },
  '>': { zh: '大于', en: 'is greater than' },
  '>=': { zh: '大于等于', en: 'is at least' },
  '<': { zh: '小于', en: 'is less than' },
  '<=': { zh: '小于等于', en: 'is at most' },
};

function comparison(node: Node): LocalizedText {
  const op = COMPARISON[node.op as string];
  if (!op) throw new Unsupported();
  const left = operand(node.left as Node);
  const right = operand(node.right as Node);
  return { zh: `${left.zh} ${op.zh} ${right.zh}`, en: `${left.en} ${op.en} ${right.en}` };
}

function operand(node: Node): LocalizedText {
  if (node.type === 'Literal') {
    const text = literal(node.value);
    return { zh: text, en: text };
  }
  if (node.type === 'RelSingularQuery' || node.type === 'AbsSingularQuery') {
    const names = (node.segments as Node[]).map((segment) => {
      const name = memberName(segment);
      if (name === undefined) throw new Unsupported();
      return name;
    });
    if (names.length === 0) {
      if (node.type === 'AbsSingularQuery') throw new Unsupported();
      return { zh: '该值', en: 'the value' };
    }
    const path = names.join('.');
    return { zh: path, en: path };
  }
  throw new Unsupported();
}

function literal(value: unknown): string {
  return typeof value === 'string' ? value : canonicalJson(value);
}

/** `@.scope` as an existence test: the field's path, or `undefined` for anything else. */
function testedPath(node: Node): LocalizedText | undefined {
  const query = node.expression as Node;
  if (query?.type !== 'FilterQuery' || query.value?.type !== 'RelQuery') return undefined;
  const names: string[] = [];
  for (const segment of query.value.segments as Node[]) {
    const name = memberName(segment);
    if (name === undefined) return undefined;
    names.push(name);
  }
  if (names.length === 0) return undefined;
  const path = names.join('.');
  return { zh: path, en: path };
}

/** `@.roles[?@.kind == 'x']` → "roles has an entry where kind equals x"; `@.roles[?@ == 'x']` → "roles contains x". */
function nestedFilter(node: Node): LocalizedText | undefined {
  const query = node.expression as Node;
  if (query?.type !== 'FilterQuery' || query.value?.type !== 'RelQuery') return undefined;
  const segments = query.value.segments as Node[];
  if (segments.length === 0) return undefined;
  const names: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    const name = memberName(segment);
    if (name === undefined) return undefined;
    names.push(name);
  }
  if (names.length === 0) return undefined;
  const selector = onlySelector(segments[segments.length - 1]!);
  if (selector.type !== 'FilterSelector') return undefined;
  const path = names.join('.');
  const value = selector.value as Node;
  // `@.media[?@ == 'paper']` → "media contains paper".
  if (value.type === 'ComparisonExpr' && value.op === '==' && value.left.type === 'RelSingularQuery' && value.left.segments.length === 0 && value.right.type === 'Literal') {
    const item = literal(value.right.value);
    return { zh: `${path} 包含 ${item}`, en: `${path} contains ${item}` };
  }
  const inner = logical(value);
  return { zh: `${path} 中有满足“${inner.zh}”的项`, en: `${path} has an entry where ${inner.en}` };
}
