/**
 * Validation of an executable GraphQL document against a schema (the spec's validation rules as
 * gqlparser applies them, with its messages): operations and fragments, fields on types,
 * arguments, leaf selections, variables (defined, used, input types, allowed positions), literal
 * values, directives and fragment spreads. OverlappingFieldsCanBeMerged is checked in a
 * simplified form: same response name => same field and arguments (recursively) unless on two
 * different object types; the spec's SameResponseShape check (compatible result types across
 * exclusive types) is not done.
 */
import { type Node, positionOf } from './parser.js';
import { GraphQLValidationError, type Schema, type TypeDef, type TypeRef, type InputValueDef, isInputType, namedType, typeRefString } from './schema.js';

function list<T = Node>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function fail(message: string, node?: unknown): never {
  throw new GraphQLValidationError(message, positionOf(node));
}

const KIND = { Variable: 0, Int: 1, Float: 2, String: 3, Block: 4, Boolean: 5, Null: 6, Enum: 7, List: 8, Object: 9 };

function isComposite(def: TypeDef | undefined): boolean {
  return def !== undefined && (def.kind === 'OBJECT' || def.kind === 'INTERFACE' || def.kind === 'UNION');
}

/** Object types a composite type may be at run time. */
function possibleTypes(schema: Schema, def: TypeDef): Set<string> {
  if (def.kind === 'OBJECT') return new Set([def.name]);
  if (def.kind === 'UNION') return new Set(def.types);
  const out = new Set<string>();
  for (const t of schema.types.values()) if (t.kind === 'OBJECT' && t.interfaces.includes(def.name)) out.add(t.name);
  return out;
}

interface Context {
  schema: Schema;
  fragments: Map<string, Node>;
  /** Variables used per fragment name (transitively through spreads), with expected types. */
  usage: Map<string, { name: string; type: TypeRef; hasDefault: boolean; node: Node }[]>;
  usedFragments: Set<string>;
}

function fieldDefinition(schema: Schema, parent: TypeDef, name: string): { type: TypeRef; args: InputValueDef[] } | undefined {
  if (name === '__typename') return { type: { NamedType: 'String', NonNull: true }, args: [] };
  if (parent === schema.query) {
    if (name === '__schema') return { type: { NamedType: '__Schema', NonNull: true }, args: [] };
    if (name === '__type') {
      return { type: { NamedType: '__Type', NonNull: false }, args: [{ name: 'name', type: { NamedType: 'String', NonNull: true }, directives: [], node: {} }] };
    }
  }
  if (parent.kind === 'UNION') return undefined;
  const f = parent.fields.find((x) => x.name === name);
  return f ? { type: f.type, args: f.args } : undefined;
}

/** Checks a literal value against an expected input type. */
function checkValue(ctx: Context, value: Node, type: TypeRef, variables: Map<string, Node> | undefined, uses: Context['usage'] extends Map<string, infer U> ? U : never): void {
  const kind = value.Kind as number;
  const raw = str(value.Raw);
  if (kind === KIND.Variable) {
    uses.push({ name: raw, type, hasDefault: false, node: value });
    return;
  }
  if (kind === KIND.Null) {
    if (type.NonNull) fail(`Expected value of type "${typeRefString(type)}", found null.`, value);
    return;
  }
  if (type.Elem) {
    if (kind === KIND.List) {
      for (const c of list(value.Children)) checkValue(ctx, c.Value as Node, type.Elem, variables, uses);
      return;
    }
    checkValue(ctx, value, type.Elem, variables, uses);
    return;
  }
  const def = ctx.schema.types.get(type.NamedType);
  if (!def) return;
  const found = kind === KIND.String || kind === KIND.Block ? JSON.stringify(raw) : raw;
  switch (def.kind) {
    case 'SCALAR': {
      const ok =
        def.name === 'Int'
          ? kind === KIND.Int
          : def.name === 'Float'
            ? kind === KIND.Int || kind === KIND.Float
            : def.name === 'String'
              ? kind === KIND.String || kind === KIND.Block
              : def.name === 'Boolean'
                ? kind === KIND.Boolean
                : def.name === 'ID'
                  ? kind === KIND.String || kind === KIND.Block || kind === KIND.Int
                  : true;
      if (!ok) fail(`${def.name} cannot represent ${def.name === 'Int' || def.name === 'Float' ? 'non-' + (def.name === 'Int' ? 'integer' : 'numeric') : 'non ' + def.name.toLowerCase()} value: ${found}`, value);
      return;
    }
    case 'ENUM':
      if (kind !== KIND.Enum) fail(`Enum "${def.name}" cannot represent non-enum value: ${found}.`, value);
      if (!def.enumValues.some((e) => e.name === raw)) fail(`Value "${raw}" does not exist in "${def.name}" enum.`, value);
      return;
    case 'INPUT_OBJECT': {
      if (kind !== KIND.Object) fail(`Expected value of type "${typeRefString(type)}", found ${found}.`, value);
      const seen = new Set<string>();
      for (const c of list(value.Children)) {
        const fname = str(c.Name);
        if (seen.has(fname)) fail(`There can be only one input field named "${fname}".`, c);
        seen.add(fname);
        const f = def.inputFields.find((x) => x.name === fname);
        if (!f) fail(`Field "${fname}" is not defined by type "${def.name}".`, c);
        checkValue(ctx, c.Value as Node, f.type, variables, uses);
      }
      for (const f of def.inputFields) {
        if (f.type.NonNull && f.defaultValue === undefined && !seen.has(f.name)) {
          fail(`Field "${def.name}.${f.name}" of required type "${typeRefString(f.type)}" was not provided.`, value);
        }
      }
      return;
    }
    default:
      return;
  }
}

function checkArguments(
  ctx: Context,
  args: Node[],
  defs: InputValueDef[],
  owner: { field?: string; parent?: string; directive?: string },
  node: Node,
  uses: Context['usage'] extends Map<string, infer U> ? U : never,
): void {
  const seen = new Set<string>();
  for (const a of args) {
    const name = str(a.Name);
    if (seen.has(name)) fail(`There can be only one argument named "${name}".`, a);
    seen.add(name);
    const def = defs.find((d) => d.name === name);
    if (!def) {
      if (owner.directive) fail(`Unknown argument "${name}" on directive "@${owner.directive}".`, a);
      fail(`Unknown argument "${name}" on field "${owner.parent}.${owner.field}".`, a);
    }
    checkValue(ctx, a.Value as Node, def.type, undefined, uses);
  }
  for (const d of defs) {
    if (d.type.NonNull && d.defaultValue === undefined && !seen.has(d.name)) {
      if (owner.directive) fail(`Directive "@${owner.directive}" argument "${d.name}" of type "${typeRefString(d.type)}" is required, but it was not provided`, node);
      fail(`Field "${owner.field}" argument "${d.name}" of type "${typeRefString(d.type)}" is required, but it was not provided`, node);
    }
  }
}

function checkDirectives(ctx: Context, directives: Node[], location: string, uses: Context['usage'] extends Map<string, infer U> ? U : never): void {
  const seen = new Set<string>();
  for (const d of directives) {
    const name = str(d.Name);
    const def = ctx.schema.directives.get(name);
    if (!def) fail(`Unknown directive "@${name}".`, d);
    if (!def.locations.includes(location)) fail(`Directive "@${name}" may not be used on ${location}.`, d);
    if (seen.has(name) && !def.repeatable) fail(`The directive "@${name}" can only be used once at this location.`, d);
    seen.add(name);
    checkArguments(ctx, list(d.Arguments), def.args, { directive: name }, d, uses);
  }
}

/** Fields of a selection set with fragments flattened in, each with its parent type name. */
function collectFields(ctx: Context, selections: Node[], parent: string, out: [Node, string][], seenFragments: Set<string>): [Node, string][] {
  for (const sel of selections) {
    if (sel.Alias !== undefined) out.push([sel, parent]);
    else if (sel.TypeCondition !== undefined) collectFields(ctx, list(sel.SelectionSet), str(sel.TypeCondition) || parent, out, seenFragments);
    else {
      const name = str(sel.Name);
      const frag = ctx.fragments.get(name);
      if (frag && !seenFragments.has(name)) {
        seenFragments.add(name);
        collectFields(ctx, list(frag.SelectionSet), str(frag.TypeCondition) || parent, out, seenFragments);
      }
    }
  }
  return out;
}

function argumentsKey(field: Node): string {
  const args = list(field.Arguments)
    .map((a) => `${str(a.Name)}=${valueKey(a.Value as Node)}`)
    .sort();
  return args.join(',');
}

function valueKey(v: Node | undefined): string {
  if (!v) return '';
  const children = list(v.Children);
  if (children.length === 0) return `${String(v.Kind)}:${str(v.Raw)}`;
  return `${String(v.Kind)}[${children.map((c) => `${str(c.Name)}:${valueKey(c.Value as Node)}`).join(',')}]`;
}

/**
 * OverlappingFieldsCanBeMerged, simplified: fields answering under the same name in one
 * selection set (fragments included) must be the same field with the same arguments, unless
 * they sit on two different object types (which can never both apply); sub-selections of
 * same-named fields must merge too.
 */
function checkOverlaps(ctx: Context, selections: Node[], parent: string): void {
  const byName = new Map<string, [Node, string][]>();
  for (const entry of collectFields(ctx, selections, parent, [], new Set())) {
    const key = str(entry[0].Alias) || str(entry[0].Name);
    byName.set(key, [...(byName.get(key) ?? []), entry]);
  }
  const isObject = (t: string): boolean => ctx.schema.types.get(t)?.kind === 'OBJECT';
  for (const [key, fields] of byName) {
    const [first, firstParent] = fields[0]!;
    for (const [other, otherParent] of fields.slice(1)) {
      if (firstParent !== otherParent && isObject(firstParent) && isObject(otherParent)) continue;
      if (str(first.Name) !== str(other.Name)) {
        fail(`Fields "${key}" conflict because ${str(first.Name)} and ${str(other.Name)} are different fields. Use different aliases on the fields to fetch both if this was intentional.`, other);
      }
      if (argumentsKey(first) !== argumentsKey(other)) {
        fail(`Fields "${key}" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.`, other);
      }
    }
    const merged = fields.flatMap(([f]) => list(f.SelectionSet));
    if (merged.length > 0) checkOverlaps(ctx, merged, '');
  }
}

function checkSelectionSet(
  ctx: Context,
  selections: Node[],
  parent: TypeDef,
  uses: Context['usage'] extends Map<string, infer U> ? U : never,
  spreads: Set<string>,
): void {
  for (const sel of selections) {
    const isSpread = sel.Alias === undefined && sel.TypeCondition === undefined && sel.Name !== undefined && sel.SelectionSet === undefined && sel.Arguments === undefined;
    if (sel.Alias !== undefined || (sel.TypeCondition === undefined && !isSpread)) {
      checkField(ctx, sel, parent, uses, spreads);
    } else if (sel.TypeCondition !== undefined) {
      const cond = str(sel.TypeCondition);
      let target = parent;
      if (cond !== '') {
        const def = ctx.schema.types.get(cond);
        if (!def) fail(`Unknown type "${cond}".`, sel);
        if (!isComposite(def)) fail(`Fragment cannot condition on non composite type "${cond}".`, sel);
        const overlap = [...possibleTypes(ctx.schema, def)].some((t) => possibleTypes(ctx.schema, parent).has(t));
        if (!overlap) fail(`Fragment cannot be spread here as objects of type "${parent.name}" can never be of type "${cond}".`, sel);
        target = def;
      }
      checkDirectives(ctx, list(sel.Directives), 'INLINE_FRAGMENT', uses);
      checkSelectionSet(ctx, list(sel.SelectionSet), target, uses, spreads);
    } else {
      // fragment spread
      const name = str(sel.Name);
      const frag = ctx.fragments.get(name);
      if (!frag) fail(`Unknown fragment "${name}".`, sel);
      ctx.usedFragments.add(name);
      spreads.add(name);
      checkDirectives(ctx, list(sel.Directives), 'FRAGMENT_SPREAD', uses);
      const def = ctx.schema.types.get(str(frag.TypeCondition));
      if (def && isComposite(def)) {
        const overlap = [...possibleTypes(ctx.schema, def)].some((t) => possibleTypes(ctx.schema, parent).has(t));
        if (!overlap) fail(`Fragment "${name}" cannot be spread here as objects of type "${parent.name}" can never be of type "${def.name}".`, sel);
      }
    }
  }
}

function checkField(ctx: Context, sel: Node, parent: TypeDef, uses: Context['usage'] extends Map<string, infer U> ? U : never, spreads: Set<string>): void {
  const name = str(sel.Name);
  const def = fieldDefinition(ctx.schema, parent, name);
  if (!def) fail(`Cannot query field "${name}" on type "${parent.name}".`, sel);
  checkArguments(ctx, list(sel.Arguments), def.args, { field: name, parent: parent.name }, sel, uses);
  checkDirectives(ctx, list(sel.Directives), 'FIELD', uses);
  const typeDef = ctx.schema.types.get(namedType(def.type));
  const selections = list(sel.SelectionSet);
  if (typeDef && isComposite(typeDef)) {
    if (selections.length === 0) {
      fail(`Field "${name}" of type "${typeRefString(def.type)}" must have a selection of subfields. Did you mean "${name} { ... }"?`, sel);
    }
    checkSelectionSet(ctx, selections, typeDef, uses, spreads);
  } else if (selections.length > 0) {
    fail(`Field "${name}" must not have a selection since type "${typeRefString(def.type)}" has no subfields.`, sel);
  }
}

/** Whether a variable of type `varType` may flow where `expected` is required. */
function typeAllowed(varType: TypeRef, expected: TypeRef): boolean {
  if (expected.NonNull) {
    if (!varType.NonNull) return false;
    return typeAllowed({ ...varType, NonNull: false }, { ...expected, NonNull: false });
  }
  if (varType.NonNull) return typeAllowed({ ...varType, NonNull: false }, expected);
  if (expected.Elem) return varType.Elem !== undefined && typeAllowed(varType.Elem, expected.Elem);
  if (varType.Elem) return false;
  return varType.NamedType === expected.NamedType;
}

/** Validates `doc` (a query document object) against `schema`; throws GraphQLValidationError. */
export function validateQuery(schema: Schema, doc: Node): void {
  const operations = list(doc.Operations);
  const fragmentList = list(doc.Fragments);
  const fragments = new Map<string, Node>();
  for (const f of fragmentList) {
    const name = str(f.Name);
    if (fragments.has(name)) fail(`There can be only one fragment named "${name}".`, f);
    fragments.set(name, f);
  }
  const ctx: Context = { schema, fragments, usage: new Map(), usedFragments: new Set() };

  // Fragments: type conditions, bodies, cycles and the variables each one uses.
  const fragmentSpreads = new Map<string, Set<string>>();
  for (const f of fragmentList) {
    const cond = str(f.TypeCondition);
    const def = schema.types.get(cond);
    if (!def) fail(`Unknown type "${cond}".`, f);
    if (!isComposite(def)) fail(`Fragment cannot condition on non composite type "${cond}".`, f);
    const uses: { name: string; type: TypeRef; hasDefault: boolean; node: Node }[] = [];
    const spreads = new Set<string>();
    checkDirectives(ctx, list(f.Directives), 'FRAGMENT_DEFINITION', uses);
    checkSelectionSet(ctx, list(f.SelectionSet), def, uses, spreads);
    ctx.usage.set(str(f.Name), uses);
    fragmentSpreads.set(str(f.Name), spreads);
  }
  for (const name of fragments.keys()) {
    const stack = [...(fragmentSpreads.get(name) ?? [])];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n === name) fail(`Cannot spread fragment "${name}" within itself.`, fragments.get(name));
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(fragmentSpreads.get(n) ?? []));
    }
  }

  const names = new Set<string>();
  for (const op of operations) {
    const opName = str(op.Name);
    if (opName === '' && operations.length > 1) fail('This anonymous operation must be the only defined operation.', op);
    if (opName !== '') {
      if (names.has(opName)) fail(`There can be only one operation named "${opName}".`, op);
      names.add(opName);
    }
    const kind = str(op.Operation);
    const root = kind === 'query' ? schema.query : kind === 'mutation' ? schema.mutation : schema.subscription;
    if (!root) fail(`Schema does not support operation type "${kind}"`, op);
    const variables = new Map<string, Node>();
    for (const v of list(op.VariableDefinitions)) {
      const vname = str(v.Variable);
      if (variables.has(vname)) fail(`There can be only one variable named "$${vname}".`, v);
      variables.set(vname, v);
      const t = v.Type as TypeRef;
      if (!schema.types.has(namedType(t))) fail(`Unknown type "${namedType(t)}".`, v);
      if (!isInputType(schema, t)) fail(`Variable "$${vname}" cannot be non-input type "${typeRefString(t)}".`, v);
      const noUses: { name: string; type: TypeRef; hasDefault: boolean; node: Node }[] = [];
      if (v.DefaultValue) checkValue(ctx, v.DefaultValue as Node, t, undefined, noUses);
      checkDirectives(ctx, list(v.Directives), 'VARIABLE_DEFINITION', noUses);
    }
    const uses: { name: string; type: TypeRef; hasDefault: boolean; node: Node }[] = [];
    const spreads = new Set<string>();
    checkDirectives(ctx, list(op.Directives), kind.toUpperCase(), uses);
    const selections = list(op.SelectionSet);
    if (kind === 'subscription' && selections.length !== 1) {
      fail(`${opName ? `Subscription "${opName}"` : 'Anonymous Subscription'} must select only one top level field.`, op);
    }
    checkSelectionSet(ctx, selections, root, uses, spreads);
    checkOverlaps(ctx, selections, root.name);
    // Variables reached through fragments.
    const reached = new Set<string>();
    const stack = [...spreads];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (reached.has(n)) continue;
      reached.add(n);
      uses.push(...(ctx.usage.get(n) ?? []));
      stack.push(...(fragmentSpreads.get(n) ?? []));
    }
    const usedNames = new Set<string>();
    for (const u of uses) {
      const v = variables.get(u.name);
      if (!v) fail(`Variable "$${u.name}" is not defined${opName ? ` by operation "${opName}"` : ''}.`, u.node);
      usedNames.add(u.name);
      const varType = v.Type as TypeRef;
      const hasDefault = v.DefaultValue !== undefined && (v.DefaultValue as Node).Kind !== KIND.Null;
      const effective = hasDefault && u.type.NonNull && !varType.NonNull ? { ...varType, NonNull: true } : varType;
      if (!typeAllowed(effective, u.type)) {
        fail(`Variable "$${u.name}" of type "${typeRefString(varType)}" used in position expecting type "${typeRefString(u.type)}".`, u.node);
      }
    }
    for (const [vname, v] of variables) {
      if (!usedNames.has(vname)) fail(`Variable "$${vname}" is never used${opName ? ` in operation "${opName}"` : ''}.`, v);
    }
  }
  for (const name of fragments.keys()) {
    if (!ctx.usedFragments.has(name)) fail(`Fragment "${name}" is never used.`, fragments.get(name));
  }
}
