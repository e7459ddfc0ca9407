/**
 * GraphQL parser producing plain objects in the JSON shape OPA returns for gqlparser's AST
 * (`Operations`, `Fragments`, `SelectionSet`, `Alias`, `Value.Kind`...), with empty lists and
 * absent nodes left out as OPA does. Source positions are kept aside in `positionOf`.
 */
import { GraphQLSyntaxError, type Token, describeToken, tokenize } from './lexer.js';

export type Node = Record<string, unknown>;

const positions = new WeakMap<object, { line: number; column: number }>();

/** The source position of a node built by this parser (undefined for nodes built elsewhere). */
export function positionOf(node: unknown): { line: number; column: number } | undefined {
  return node !== null && typeof node === 'object' ? positions.get(node) : undefined;
}

/** Value kinds as gqlparser numbers them. */
export const VALUE_KIND = { Variable: 0, Int: 1, Float: 2, String: 3, Block: 4, Boolean: 5, Null: 6, Enum: 7, List: 8, Object: 9 } as const;

export const DIRECTIVE_LOCATIONS = new Set([
  'QUERY', 'MUTATION', 'SUBSCRIPTION', 'FIELD', 'FRAGMENT_DEFINITION', 'FRAGMENT_SPREAD', 'INLINE_FRAGMENT', 'VARIABLE_DEFINITION',
  'SCHEMA', 'SCALAR', 'OBJECT', 'FIELD_DEFINITION', 'ARGUMENT_DEFINITION', 'INTERFACE', 'UNION', 'ENUM', 'ENUM_VALUE',
  'INPUT_OBJECT', 'INPUT_FIELD_DEFINITION',
]);

class Parser {
  private pos = 0;
  private readonly tokens: Token[];

  constructor(source: string) {
    this.tokens = tokenize(source);
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  fail(message: string, t: Token = this.peek()): never {
    throw new GraphQLSyntaxError(message, t.line, t.column);
  }

  unexpected(t: Token = this.peek()): never {
    return this.fail(`Unexpected ${describeToken(t)}`, t);
  }

  isPunct(p: string): boolean {
    const t = this.peek();
    return t.kind === 'Punct' && t.value === p;
  }

  skipPunct(p: string): boolean {
    if (this.isPunct(p)) {
      this.next();
      return true;
    }
    return false;
  }

  expectPunct(p: string): Token {
    if (!this.isPunct(p)) this.fail(`Expected ${p}, found ${describeToken(this.peek())}`);
    return this.next();
  }

  isKeyword(k: string): boolean {
    const t = this.peek();
    return t.kind === 'Name' && t.value === k;
  }

  expectKeyword(k: string): void {
    if (!this.isKeyword(k)) this.fail(`Expected "${k}", found ${describeToken(this.peek())}`);
    this.next();
  }

  name(): string {
    const t = this.peek();
    if (t.kind !== 'Name') this.fail(`Expected Name, found ${describeToken(t)}`);
    return this.next().value;
  }

  /** `open item+ close`: at least one item (gqlparser's wording for the empty case). */
  many<T>(open: string, close: string, item: () => T): T[] {
    this.expectPunct(open);
    const out: T[] = [];
    if (this.isPunct(close)) this.fail(`expected at least one definition, found ${describeToken(this.peek())}`);
    while (!this.skipPunct(close)) out.push(item());
    return out;
  }

  /** `open item* close`. */
  some<T>(open: string, close: string, item: () => T): T[] {
    this.expectPunct(open);
    const out: T[] = [];
    while (!this.skipPunct(close)) out.push(item());
    return out;
  }

  at<T extends Node>(t: Token, node: T): T {
    positions.set(node, { line: t.line, column: t.column });
    return node;
  }

  // ---- values, types, directives ---------------------------------------------------------

  value(isConst: boolean): Node {
    const t = this.peek();
    const v = (kind: number, raw: string, children?: Node[]): Node => {
      const node: Node = { Raw: raw, Kind: kind, ExpectedTypeHasDefault: false };
      if (children && children.length > 0) node.Children = children;
      return this.at(t, node);
    };
    switch (t.kind) {
      case 'Punct':
        if (t.value === '[') {
          const items = this.some('[', ']', () => {
            const itemToken = this.peek();
            return this.at(itemToken, { Name: '', Value: this.value(isConst) } as Node);
          });
          return v(VALUE_KIND.List, '', items);
        }
        if (t.value === '{') {
          const fields = this.some('{', '}', () => {
            const nameToken = this.peek();
            const name = this.name();
            this.expectPunct(':');
            return this.at(nameToken, { Name: name, Value: this.value(isConst) } as Node);
          });
          return v(VALUE_KIND.Object, '', fields);
        }
        if (t.value === '$' && !isConst) {
          this.next();
          return v(VALUE_KIND.Variable, this.name());
        }
        return this.unexpected();
      case 'Int':
        this.next();
        return v(VALUE_KIND.Int, t.value);
      case 'Float':
        this.next();
        return v(VALUE_KIND.Float, t.value);
      case 'String':
        this.next();
        return v(VALUE_KIND.String, t.value);
      case 'BlockString':
        this.next();
        return v(VALUE_KIND.Block, t.value);
      case 'Name':
        this.next();
        if (t.value === 'true' || t.value === 'false') return v(VALUE_KIND.Boolean, t.value);
        if (t.value === 'null') return v(VALUE_KIND.Null, t.value);
        return v(VALUE_KIND.Enum, t.value);
      default:
        return this.unexpected();
    }
  }

  type(): Node {
    const t = this.peek();
    let node: Node;
    if (this.skipPunct('[')) {
      const elem = this.type();
      this.expectPunct(']');
      node = { NamedType: '', Elem: elem, NonNull: false };
    } else {
      node = { NamedType: this.name(), NonNull: false };
    }
    if (this.skipPunct('!')) node.NonNull = true;
    return this.at(t, node);
  }

  directives(isConst: boolean): Node[] {
    const out: Node[] = [];
    while (this.isPunct('@')) {
      const t = this.next();
      const node: Node = { Name: this.name(), Location: '' };
      if (this.isPunct('(')) node.Arguments = this.arguments(isConst);
      out.push(this.at(t, node));
    }
    return out;
  }

  arguments(isConst: boolean): Node[] {
    return this.many('(', ')', () => {
      const t = this.peek();
      const name = this.name();
      this.expectPunct(':');
      return this.at(t, { Name: name, Value: this.value(isConst) } as Node);
    });
  }

  // ---- executable documents -----------------------------------------------------------------

  queryDocument(): Node {
    const operations: Node[] = [];
    const fragments: Node[] = [];
    while (this.peek().kind !== 'EOF') {
      const t = this.peek();
      if (t.kind === 'Punct' && t.value === '{') {
        operations.push(this.at(t, { Operation: 'query', Name: '', SelectionSet: this.selectionSet() } as Node));
        continue;
      }
      if (t.kind === 'Name') {
        if (t.value === 'query' || t.value === 'mutation' || t.value === 'subscription') {
          operations.push(this.operation());
          continue;
        }
        if (t.value === 'fragment') {
          fragments.push(this.fragmentDefinition());
          continue;
        }
      }
      this.unexpected();
    }
    const doc: Node = {};
    if (operations.length > 0) doc.Operations = operations;
    if (fragments.length > 0) doc.Fragments = fragments;
    return doc;
  }

  operation(): Node {
    const t = this.next();
    const node: Node = { Operation: t.value, Name: '' };
    if (this.peek().kind === 'Name') node.Name = this.next().value;
    if (this.isPunct('(')) {
      const defs = this.variableDefinitions();
      if (defs.length > 0) node.VariableDefinitions = defs;
    }
    const dirs = this.directives(false);
    if (dirs.length > 0) node.Directives = dirs;
    node.SelectionSet = this.selectionSet();
    return this.at(t, node);
  }

  variableDefinitions(): Node[] {
    return this.many('(', ')', () => {
      const t = this.expectPunct('$');
      const node: Node = { Variable: this.name() };
      this.expectPunct(':');
      node.Type = this.type();
      if (this.skipPunct('=')) node.DefaultValue = this.value(true);
      const dirs = this.directives(true);
      if (dirs.length > 0) node.Directives = dirs;
      node.Used = false;
      return this.at(t, node);
    });
  }

  selectionSet(): Node[] {
    return this.many('{', '}', () => this.selection());
  }

  selection(): Node {
    if (this.isPunct('...')) return this.fragment();
    return this.field();
  }

  field(): Node {
    const t = this.peek();
    let alias = this.name();
    let name = alias;
    if (this.skipPunct(':')) name = this.name();
    else alias = name;
    const node: Node = { Alias: alias, Name: name };
    if (this.isPunct('(')) node.Arguments = this.arguments(false);
    const dirs = this.directives(false);
    if (dirs.length > 0) node.Directives = dirs;
    if (this.isPunct('{')) node.SelectionSet = this.selectionSet();
    return this.at(t, node);
  }

  fragment(): Node {
    const t = this.expectPunct('...');
    if (this.isKeyword('on')) {
      this.next();
      const node: Node = { TypeCondition: this.name() };
      const dirs = this.directives(false);
      if (dirs.length > 0) node.Directives = dirs;
      node.SelectionSet = this.selectionSet();
      return this.at(t, node);
    }
    if (this.peek().kind === 'Name') {
      const node: Node = { Name: this.name() };
      const dirs = this.directives(false);
      if (dirs.length > 0) node.Directives = dirs;
      return this.at(t, node);
    }
    const node: Node = { TypeCondition: '' };
    const dirs = this.directives(false);
    if (dirs.length > 0) node.Directives = dirs;
    node.SelectionSet = this.selectionSet();
    return this.at(t, node);
  }

  fragmentDefinition(): Node {
    const t = this.next(); // 'fragment'
    if (this.isKeyword('on')) this.unexpected();
    const node: Node = { Name: this.name() };
    if (this.isPunct('(')) {
      const defs = this.variableDefinitions();
      if (defs.length > 0) node.VariableDefinition = defs;
    }
    this.expectKeyword('on');
    node.TypeCondition = this.name();
    const dirs = this.directives(false);
    if (dirs.length > 0) node.Directives = dirs;
    node.SelectionSet = this.selectionSet();
    return this.at(t, node);
  }

  // ---- type system documents ----------------------------------------------------------------

  description(): string | undefined {
    const t = this.peek();
    if (t.kind === 'String' || t.kind === 'BlockString') {
      this.next();
      return t.value;
    }
    return undefined;
  }

  schemaDocument(): Node {
    const lists: Record<'Schema' | 'SchemaExtension' | 'Directives' | 'Definitions' | 'Extensions', Node[]> = {
      Schema: [],
      SchemaExtension: [],
      Directives: [],
      Definitions: [],
      Extensions: [],
    };
    while (this.peek().kind !== 'EOF') {
      const descToken = this.peek();
      const description = this.description();
      const t = this.peek();
      if (t.kind !== 'Name') this.unexpected();
      switch (t.value) {
        case 'schema':
          lists.Schema.push(this.schemaDefinition(description ?? ''));
          break;
        case 'directive':
          lists.Directives.push(this.directiveDefinition(description ?? ''));
          break;
        case 'extend': {
          if (description !== undefined) this.unexpected(descToken);
          this.next();
          const kw = this.peek();
          if (kw.kind !== 'Name') this.unexpected();
          if (kw.value === 'schema') lists.SchemaExtension.push(this.schemaExtension());
          else lists.Extensions.push(this.typeDefinition('', true));
          break;
        }
        default:
          lists.Definitions.push(this.typeDefinition(description ?? '', false));
      }
    }
    const doc: Node = {};
    for (const [k, v] of Object.entries(lists)) if (v.length > 0) doc[k] = v;
    return doc;
  }

  operationTypes(): Node[] {
    return this.many('{', '}', () => {
      const t = this.peek();
      const op = this.name();
      if (op !== 'query' && op !== 'mutation' && op !== 'subscription') this.unexpected(t);
      this.expectPunct(':');
      return this.at(t, { Operation: op, Type: this.name() } as Node);
    });
  }

  schemaDefinition(description: string): Node {
    const t = this.next();
    const node: Node = { Description: description };
    const dirs = this.directives(true);
    if (dirs.length > 0) node.Directives = dirs;
    node.OperationTypes = this.operationTypes();
    return this.at(t, node);
  }

  schemaExtension(): Node {
    const t = this.next();
    const node: Node = { Description: '' };
    const dirs = this.directives(true);
    if (dirs.length > 0) node.Directives = dirs;
    if (this.isPunct('{')) node.OperationTypes = this.operationTypes();
    if (dirs.length === 0 && node.OperationTypes === undefined) this.unexpected();
    return this.at(t, node);
  }

  implementsInterfaces(): string[] {
    const out: string[] = [];
    if (!this.isKeyword('implements')) return out;
    this.next();
    this.skipPunct('&');
    out.push(this.name());
    while (this.skipPunct('&')) out.push(this.name());
    return out;
  }

  inputValueDefinition(): Node {
    const t = this.peek();
    const description = this.description() ?? '';
    const node: Node = { Description: description, Name: this.name() };
    this.expectPunct(':');
    node.Type = this.type();
    if (this.skipPunct('=')) node.DefaultValue = this.value(true);
    const dirs = this.directives(true);
    if (dirs.length > 0) node.Directives = dirs;
    return this.at(t, node);
  }

  fieldDefinition(): Node {
    const t = this.peek();
    const description = this.description() ?? '';
    const node: Node = { Description: description, Name: this.name() };
    if (this.isPunct('(')) node.Arguments = this.many('(', ')', () => this.inputValueDefinition());
    this.expectPunct(':');
    node.Type = this.type();
    const dirs = this.directives(true);
    if (dirs.length > 0) node.Directives = dirs;
    return this.at(t, node);
  }

  typeDefinition(description: string, extension: boolean): Node {
    const kw = this.next();
    const node: Node = { Kind: '', Description: description, Name: '' };
    const kinds: Record<string, string> = { scalar: 'SCALAR', type: 'OBJECT', interface: 'INTERFACE', union: 'UNION', enum: 'ENUM', input: 'INPUT_OBJECT' };
    const kind = kinds[kw.value];
    if (!kind) this.unexpected(kw);
    node.Kind = kind;
    node.Name = this.name();
    let hasBody = false;
    if (kind === 'OBJECT' || kind === 'INTERFACE') {
      const ifaces = this.implementsInterfaces();
      if (ifaces.length > 0) {
        node.Interfaces = ifaces;
        hasBody = true;
      }
    }
    const dirs = this.directives(true);
    if (dirs.length > 0) {
      node.Directives = dirs;
      hasBody = true;
    }
    switch (kind) {
      case 'OBJECT':
      case 'INTERFACE':
        if (this.isPunct('{')) {
          node.Fields = this.many('{', '}', () => this.fieldDefinition());
          hasBody = true;
        }
        break;
      case 'INPUT_OBJECT':
        if (this.isPunct('{')) {
          node.Fields = this.many('{', '}', () => this.inputValueDefinition());
          hasBody = true;
        }
        break;
      case 'ENUM':
        if (this.isPunct('{')) {
          node.EnumValues = this.many('{', '}', () => {
            const t = this.peek();
            const d = this.description() ?? '';
            const value: Node = { Description: d, Name: this.name() };
            const vd = this.directives(true);
            if (vd.length > 0) value.Directives = vd;
            return this.at(t, value);
          });
          hasBody = true;
        }
        break;
      case 'UNION':
        if (this.skipPunct('=')) {
          this.skipPunct('|');
          const types = [this.name()];
          while (this.skipPunct('|')) types.push(this.name());
          node.Types = types;
          hasBody = true;
        }
        break;
      default:
        break;
    }
    if (extension && !hasBody) this.unexpected();
    node.BuiltIn = false;
    return this.at(kw, node);
  }

  directiveDefinition(description: string): Node {
    const t = this.next();
    this.expectPunct('@');
    const node: Node = { Description: description, Name: this.name() };
    if (this.isPunct('(')) node.Arguments = this.many('(', ')', () => this.inputValueDefinition());
    node.IsRepeatable = false;
    if (this.isKeyword('repeatable')) {
      this.next();
      node.IsRepeatable = true;
    }
    this.expectKeyword('on');
    this.skipPunct('|');
    const locations: string[] = [];
    const location = (): string => {
      const lt = this.peek();
      const name = this.name();
      if (!DIRECTIVE_LOCATIONS.has(name)) this.unexpected(lt);
      return name;
    };
    locations.push(location());
    while (this.skipPunct('|')) locations.push(location());
    node.Locations = locations;
    return this.at(t, node);
  }
}

export function parseQueryDocument(source: string): Node {
  return new Parser(source).queryDocument();
}

export function parseSchemaDocument(source: string): Node {
  return new Parser(source).schemaDocument();
}
