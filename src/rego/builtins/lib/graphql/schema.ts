/**
 * Builds a GraphQL schema from schema documents (the parser's object shape, or the same shape
 * handed in by a policy) on top of the built-in prelude (scalars, @include/@skip/@deprecated/
 * @specifiedBy, introspection types), and checks the type-system rules: known and well-kinded
 * types, interface implementation, union members, input/output positions, root operation
 * types, directive definitions and locations.
 */
import { type Node, parseSchemaDocument, positionOf } from './parser.js';

export class GraphQLValidationError extends Error {
  constructor(
    message: string,
    readonly position?: { line: number; column: number },
  ) {
    super(message);
  }
}

export interface TypeRef {
  NamedType: string;
  Elem?: TypeRef;
  NonNull: boolean;
}

export interface InputValueDef {
  name: string;
  type: TypeRef;
  defaultValue?: Node;
  directives: Node[];
  node: Node;
}

export interface FieldDef {
  name: string;
  args: InputValueDef[];
  type: TypeRef;
  directives: Node[];
  node: Node;
}

export interface TypeDef {
  kind: string;
  name: string;
  fields: FieldDef[];
  inputFields: InputValueDef[];
  interfaces: string[];
  types: string[];
  enumValues: { name: string; directives: Node[]; node: Node }[];
  directives: Node[];
  builtIn: boolean;
  node: Node;
}

export interface DirectiveDef {
  name: string;
  args: InputValueDef[];
  locations: string[];
  repeatable: boolean;
  builtIn: boolean;
  node: Node;
}

export interface Schema {
  types: Map<string, TypeDef>;
  directives: Map<string, DirectiveDef>;
  query?: TypeDef;
  mutation?: TypeDef;
  subscription?: TypeDef;
}

const PRELUDE = `
scalar Int
scalar Float
scalar String
scalar Boolean
scalar ID
directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
directive @specifiedBy(url: String!) on SCALAR
directive @oneOf on INPUT_OBJECT
directive @defer(if: Boolean = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT
type __Schema {
  description: String
  types: [__Type!]!
  queryType: __Type!
  mutationType: __Type
  subscriptionType: __Type
  directives: [__Directive!]!
}
type __Type {
  kind: __TypeKind!
  name: String
  description: String
  fields(includeDeprecated: Boolean = false): [__Field!]
  interfaces: [__Type!]
  possibleTypes: [__Type!]
  enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
  inputFields(includeDeprecated: Boolean = false): [__InputValue!]
  ofType: __Type
  specifiedByURL: String
  isOneOf: Boolean
}
enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }
type __Field {
  name: String!
  description: String
  args(includeDeprecated: Boolean = false): [__InputValue!]!
  type: __Type!
  isDeprecated: Boolean!
  deprecationReason: String
}
type __InputValue {
  name: String!
  description: String
  type: __Type!
  defaultValue: String
  isDeprecated: Boolean!
  deprecationReason: String
}
type __EnumValue {
  name: String!
  description: String
  isDeprecated: Boolean!
  deprecationReason: String
}
type __Directive {
  name: String!
  description: String
  locations: [__DirectiveLocation!]!
  args(includeDeprecated: Boolean = false): [__InputValue!]!
  isRepeatable: Boolean!
}
enum __DirectiveLocation {
  QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION
  SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION
}
`;

let preludeDoc: Node | undefined;

function fail(message: string, node?: unknown): never {
  throw new GraphQLValidationError(message, positionOf(node));
}

function list<T = Node>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function typeRef(v: unknown, where: Node): TypeRef {
  if (v === null || typeof v !== 'object') fail('malformed type reference', where);
  const t = v as Record<string, unknown>;
  return { NamedType: str(t.NamedType), Elem: t.Elem ? typeRef(t.Elem, where) : undefined, NonNull: t.NonNull === true };
}

export function typeRefString(t: TypeRef): string {
  const inner = t.Elem ? `[${typeRefString(t.Elem)}]` : t.NamedType;
  return t.NonNull ? `${inner}!` : inner;
}

export function namedType(t: TypeRef): string {
  return t.Elem ? namedType(t.Elem) : t.NamedType;
}

function inputValues(v: unknown): InputValueDef[] {
  return list(v).map((a) => ({
    name: str(a.Name),
    type: typeRef(a.Type, a),
    defaultValue: a.DefaultValue as Node | undefined,
    directives: list(a.Directives),
    node: a,
  }));
}

function fieldDefs(v: unknown): FieldDef[] {
  return list(v).map((f) => ({ name: str(f.Name), args: inputValues(f.Arguments), type: typeRef(f.Type, f), directives: list(f.Directives), node: f }));
}

function addDefinition(schema: Schema, def: Node, builtIn: boolean, extension: boolean): void {
  const name = str(def.Name);
  const kind = str(def.Kind);
  const existing = schema.types.get(name);
  if (existing && !extension) {
    if (existing.builtIn && builtIn) return;
    fail(`Cannot redeclare type ${name}.`, def);
  }
  if (existing && extension) {
    if (existing.kind !== kind) fail(`Cannot extend type ${name} because the base type is a ${existing.kind}, not ${kind}.`, def);
    existing.fields.push(...(kind === 'INPUT_OBJECT' ? [] : fieldDefs(def.Fields)));
    if (kind === 'INPUT_OBJECT') existing.inputFields.push(...inputValues(def.Fields));
    existing.interfaces.push(...list<string>(def.Interfaces));
    existing.types.push(...list<string>(def.Types));
    existing.enumValues.push(...list(def.EnumValues).map((e) => ({ name: str(e.Name), directives: list(e.Directives), node: e })));
    existing.directives.push(...list(def.Directives));
    return;
  }
  schema.types.set(name, {
    kind,
    name,
    fields: kind === 'INPUT_OBJECT' ? [] : fieldDefs(def.Fields),
    inputFields: kind === 'INPUT_OBJECT' ? inputValues(def.Fields) : [],
    interfaces: [...list<string>(def.Interfaces)],
    types: [...list<string>(def.Types)],
    enumValues: list(def.EnumValues).map((e) => ({ name: str(e.Name), directives: list(e.Directives), node: e })),
    directives: [...list(def.Directives)],
    builtIn,
    node: def,
  });
}

function addDocument(schema: Schema, doc: Node, builtIn: boolean, schemaDefs: Node[], schemaExts: Node[]): void {
  for (const d of list(doc.Directives)) {
    const name = str(d.Name);
    if (schema.directives.has(name) && !schema.directives.get(name)!.builtIn) fail(`Cannot redeclare directive ${name}.`, d);
    schema.directives.set(name, { name, args: inputValues(d.Arguments), locations: list<string>(d.Locations), repeatable: d.IsRepeatable === true, builtIn, node: d });
  }
  for (const d of list(doc.Definitions)) addDefinition(schema, d, builtIn, false);
  for (const d of list(doc.Extensions)) addDefinition(schema, d, builtIn, true);
  schemaDefs.push(...list(doc.Schema));
  schemaExts.push(...list(doc.SchemaExtension));
}

export function isInputType(schema: Schema, t: TypeRef): boolean {
  const def = schema.types.get(namedType(t));
  return def !== undefined && (def.kind === 'SCALAR' || def.kind === 'ENUM' || def.kind === 'INPUT_OBJECT');
}

function isOutputType(schema: Schema, t: TypeRef): boolean {
  const def = schema.types.get(namedType(t));
  return def !== undefined && def.kind !== 'INPUT_OBJECT';
}

function checkDirectives(schema: Schema, directives: Node[], location: string): void {
  const seen = new Set<string>();
  for (const d of directives) {
    const name = str(d.Name);
    const def = schema.directives.get(name);
    if (!def) fail(`Undefined directive ${name}.`, d);
    if (!def.locations.includes(location)) fail(`Directive ${name} is not applicable on ${location}.`, d);
    if (seen.has(name) && !def.repeatable) fail(`Directive ${name} is not repeatable but is used multiple times.`, d);
    seen.add(name);
  }
}

function checkTypeExists(schema: Schema, t: TypeRef, node: Node): void {
  if (!schema.types.has(namedType(t))) fail(`Undefined type ${namedType(t)}.`, node);
}

function checkInputValues(schema: Schema, values: InputValueDef[], owner: string, location: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (v.name.startsWith('__')) fail(`Name "${v.name}" must not begin with "__", which is reserved by GraphQL introspection.`, v.node);
    if (seen.has(v.name)) fail(`${owner} has duplicate argument or input field ${v.name}.`, v.node);
    seen.add(v.name);
    checkTypeExists(schema, v.type, v.node);
    if (!isInputType(schema, v.type)) fail(`cannot use ${typeRefString(v.type)} as argument or input field type of ${owner} (it is an output type).`, v.node);
    checkDirectives(schema, v.directives, location);
  }
}

function checkType(schema: Schema, def: TypeDef): void {
  if (def.name.startsWith('__')) fail(`Name "${def.name}" must not begin with "__", which is reserved by GraphQL introspection.`, def.node);
  checkDirectives(schema, def.directives, def.kind);
  switch (def.kind) {
    case 'OBJECT':
    case 'INTERFACE': {
      if (def.fields.length === 0) fail(`${def.kind} ${def.name}: must define one or more fields.`, def.node);
      const seen = new Set<string>();
      for (const f of def.fields) {
        if (f.name.startsWith('__')) fail(`Name "${f.name}" must not begin with "__", which is reserved by GraphQL introspection.`, f.node);
        if (seen.has(f.name)) fail(`Field ${def.name}.${f.name} can only be defined once.`, f.node);
        seen.add(f.name);
        checkTypeExists(schema, f.type, f.node);
        if (!isOutputType(schema, f.type)) fail(`${def.kind} field must be output type.`, f.node);
        checkInputValues(schema, f.args, `${def.name}.${f.name}`, 'ARGUMENT_DEFINITION');
        checkDirectives(schema, f.directives, 'FIELD_DEFINITION');
      }
      for (const iname of def.interfaces) {
        const iface = schema.types.get(iname);
        if (!iface) fail(`Undefined type ${iname}.`, def.node);
        if (iface.kind !== 'INTERFACE') fail(`${def.name} is a non interface type ${iname}.`, def.node);
        if (iname === def.name) fail(`Type ${def.name} cannot implement itself.`, def.node);
        for (const f of iface.fields) {
          if (!def.fields.some((x) => x.name === f.name)) fail(`For ${def.name} to implement ${iname} it must have a field called ${f.name}.`, def.node);
        }
        for (const transitive of iface.interfaces) {
          if (!def.interfaces.includes(transitive)) {
            fail(`${def.name} must implement ${transitive} because it is implemented by ${iname}.`, def.node);
          }
        }
      }
      break;
    }
    case 'INPUT_OBJECT':
      if (def.inputFields.length === 0) fail(`INPUT_OBJECT ${def.name}: must define one or more input fields.`, def.node);
      checkInputValues(schema, def.inputFields, def.name, 'INPUT_FIELD_DEFINITION');
      break;
    case 'UNION':
      if (def.types.length === 0) fail(`UNION ${def.name}: must define one or more unique member types.`, def.node);
      for (const t of def.types) {
        const member = schema.types.get(t);
        if (!member) fail(`Undefined type ${t}.`, def.node);
        if (member.kind !== 'OBJECT') fail(`UNION type "${t}" must be OBJECT.`, def.node);
      }
      break;
    case 'ENUM': {
      if (def.enumValues.length === 0) fail(`ENUM ${def.name}: must define one or more unique enum values.`, def.node);
      const seen = new Set<string>();
      for (const v of def.enumValues) {
        if (seen.has(v.name)) fail(`Enum value ${def.name}.${v.name} can only be defined once.`, v.node);
        if (v.name === 'true' || v.name === 'false' || v.name === 'null') fail(`Enum value ${v.name} is reserved.`, v.node);
        seen.add(v.name);
        checkDirectives(schema, v.directives, 'ENUM_VALUE');
      }
      break;
    }
    default:
      break;
  }
}

/** Builds and checks a schema from schema documents (text is parsed first). */
export function buildSchema(documents: Node[]): Schema {
  preludeDoc ??= parseSchemaDocument(PRELUDE);
  const schema: Schema = { types: new Map(), directives: new Map() };
  const schemaDefs: Node[] = [];
  const schemaExts: Node[] = [];
  addDocument(schema, preludeDoc, true, [], []);
  for (const doc of documents) addDocument(schema, doc, false, schemaDefs, schemaExts);
  for (const d of schema.directives.values()) {
    if (d.builtIn) continue;
    if (d.name.startsWith('__')) fail(`Name "${d.name}" must not begin with "__", which is reserved by GraphQL introspection.`, d.node);
    checkInputValues(schema, d.args, `@${d.name}`, 'ARGUMENT_DEFINITION');
  }
  for (const def of schema.types.values()) if (!def.builtIn) checkType(schema, def);
  if (schemaDefs.length > 1) fail('Cannot have multiple schema entry points, consider schema extensions instead.', schemaDefs[1]);
  const roots = new Map<string, string>();
  for (const s of [...schemaDefs, ...schemaExts]) {
    checkDirectives(schema, list(s.Directives), 'SCHEMA');
    for (const op of list(s.OperationTypes)) {
      const opName = str(op.Operation);
      const typeName = str(op.Type);
      const def = schema.types.get(typeName);
      if (!def) fail(`${opName} root type ${typeName} does not exist`, op);
      if (def.kind !== 'OBJECT') fail(`${opName} root type ${typeName} must be an OBJECT`, op);
      roots.set(opName, typeName);
    }
  }
  const root = (op: string, fallback: string): TypeDef | undefined => {
    const name = roots.get(op) ?? (schemaDefs.length === 0 ? fallback : undefined);
    const def = name ? schema.types.get(name) : undefined;
    return def && def.kind === 'OBJECT' ? def : undefined;
  };
  schema.query = root('query', 'Query');
  schema.mutation = root('mutation', 'Mutation');
  schema.subscription = root('subscription', 'Subscription');
  return schema;
}
