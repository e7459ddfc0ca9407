/**
 * GraphQL builtins: graphql.parse_query, graphql.parse_schema, graphql.parse,
 * graphql.parse_and_verify, graphql.is_valid, graphql.schema_is_valid. Queries and schemas may
 * be given as text or as the AST objects these builtins return. The parser and validator are in
 * lib/graphql/ (a TypeScript implementation following the GraphQL spec and gqlparser's output).
 */
import { registerBuiltin } from './registry.js';
import { type Value, ObjectValue, fromJSON, toJSON, typeName } from '../values.js';
import { builtinError, stringArg, typeErrorText } from './lib/args.js';
import { GraphQLSyntaxError } from './lib/graphql/lexer.js';
import { type Node, parseQueryDocument, parseSchemaDocument } from './lib/graphql/parser.js';
import { GraphQLValidationError, buildSchema } from './lib/graphql/schema.js';
import { validateQuery } from './lib/graphql/validate.js';

class GraphQLFailure extends Error {}

function withLocation(e: unknown): never {
  if (e instanceof GraphQLSyntaxError) throw new GraphQLFailure(`${e.message} in GraphQL string at location ${e.line}:${e.column}`);
  if (e instanceof GraphQLValidationError) {
    throw new GraphQLFailure(e.position ? `${e.message} in GraphQL string at location ${e.position.line}:${e.position.column}` : e.message);
  }
  throw e;
}

function orBuiltinError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof GraphQLFailure) throw builtinError(e.message);
    throw e;
  }
}

function orFalse(f: () => unknown): boolean {
  try {
    f();
    return true;
  } catch (e) {
    if (e instanceof GraphQLFailure) return false;
    throw e;
  }
}

/** A query or schema argument: text to parse, or an AST object. */
function documentArg(args: Value[], index: number, parse: (s: string) => Node): { node: Node; value?: Value } {
  const v = args[index]!;
  if (typeof v === 'string') {
    try {
      return { node: parse(v) };
    } catch (e) {
      return withLocation(e);
    }
  }
  if (v instanceof ObjectValue) return { node: toJSON(v) as Node, value: v };
  throw typeErrorText(`operand ${index + 1} must be one of {object, string} but got ${typeName(v)}`);
}

function schemaOf(doc: Node): ReturnType<typeof buildSchema> {
  try {
    return buildSchema([doc]);
  } catch (e) {
    return withLocation(e);
  }
}

function validate(query: Node, schema: Node): void {
  const built = schemaOf(schema);
  try {
    validateQuery(built, query);
  } catch (e) {
    withLocation(e);
  }
}

function asValue(d: { node: Node; value?: Value }): Value {
  return d.value ?? fromJSON(d.node);
}

registerBuiltin(
  'graphql.parse_query',
  (args) => orBuiltinError(() => fromJSON(documentArg([stringArg(args, 0)], 0, parseQueryDocument).node)),
  { arity: 1 },
);

registerBuiltin(
  'graphql.parse_schema',
  (args) => orBuiltinError(() => fromJSON(documentArg([stringArg(args, 0)], 0, parseSchemaDocument).node)),
  { arity: 1 },
);

registerBuiltin(
  'graphql.schema_is_valid',
  (args) =>
    orFalse(() => {
      const schema = documentArg(args, 0, parseSchemaDocument);
      schemaOf(schema.node);
    }),
  { arity: 1 },
);

registerBuiltin(
  'graphql.is_valid',
  (args) =>
    orFalse(() => {
      const query = documentArg(args, 0, parseQueryDocument);
      const schema = documentArg(args, 1, parseSchemaDocument);
      validate(query.node, schema.node);
    }),
  { arity: 2 },
);

registerBuiltin(
  'graphql.parse',
  (args) =>
    orBuiltinError(() => {
      const query = documentArg(args, 0, parseQueryDocument);
      const schema = documentArg(args, 1, parseSchemaDocument);
      validate(query.node, schema.node);
      return [asValue(query), asValue(schema)];
    }),
  { arity: 2 },
);

registerBuiltin(
  'graphql.parse_and_verify',
  (args) => {
    try {
      const query = documentArg(args, 0, parseQueryDocument);
      const schema = documentArg(args, 1, parseSchemaDocument);
      validate(query.node, schema.node);
      return [true, asValue(query), asValue(schema)];
    } catch (e) {
      if (e instanceof GraphQLFailure) return [false, new ObjectValue(), new ObjectValue()];
      throw e;
    }
  },
  { arity: 2 },
);
