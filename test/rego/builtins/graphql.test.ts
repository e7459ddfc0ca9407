import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/graphql.js';
import { call, callError, callValue } from './helpers.js';

const schema = `
  type Query { hero(episode: Episode!): Character, search(text: String): [SearchResult] }
  enum Episode { NEWHOPE EMPIRE JEDI }
  interface Character { id: ID!, name: String }
  type Human implements Character { id: ID!, name: String, height: Float }
  type Droid implements Character { id: ID!, name: String, primaryFunction: String }
  union SearchResult = Human | Droid
`;

describe('graphql family', () => {
  it('parses queries into the gqlparser-shaped AST OPA returns', () => {
    expect(call('graphql.parse_query', '{hero {name}}')).toEqual({
      Operations: [{ Name: '', Operation: 'query', SelectionSet: [{ Alias: 'hero', Name: 'hero', SelectionSet: [{ Alias: 'name', Name: 'name' }] }] }],
    });
    const ast = call('graphql.parse_query', 'query Q($e: Episode! = JEDI) { hero(episode: $e) { ... on Droid { primaryFunction } } }') as Record<string, unknown[]>;
    const op = ast.Operations![0] as Record<string, unknown>;
    expect(op.VariableDefinitions).toEqual([
      { DefaultValue: { ExpectedTypeHasDefault: false, Kind: 7, Raw: 'JEDI' }, Type: { NamedType: 'Episode', NonNull: true }, Used: false, Variable: 'e' },
    ]);
  });

  it('reports syntax errors with gqlparser wording and positions', () => {
    expect(callError('graphql.parse_query', '{').message).toBe('Expected Name, found <EOF> in GraphQL string at location 1:2');
    expect(callError('graphql.parse_query', '\n  { ...MissingOn }\n  fragment MissingOn Type\n').message).toBe(
      'Expected "on", found Name "Type" in GraphQL string at location 3:22',
    );
    expect(callError('graphql.parse_query', 'query Foo($x: Complex = { a: { b: [ $var ] } }) { field }').message).toBe(
      'Unexpected $ in GraphQL string at location 1:37',
    );
    expect(callError('graphql.parse_schema', 'type Hello {}').message).toBe('expected at least one definition, found } in GraphQL string at location 1:13');
    expect(callError('graphql.parse_schema', 'union Hello = Wo || Rld').message).toBe('Expected Name, found | in GraphQL string at location 1:19');
    expect(callError('graphql.parse_schema', '"""\r').message).toBe('Unexpected <Invalid> in GraphQL string at location 2:1');
  });

  it('parses schemas', () => {
    expect(call('graphql.parse_schema', 'directive @foo repeatable on FIELD')).toEqual({
      Directives: [{ Description: '', IsRepeatable: true, Locations: ['FIELD'], Name: 'foo' }],
    });
    expect(call('graphql.parse_schema', 'union Hello = | Wo | Rld')).toEqual({
      Definitions: [{ BuiltIn: false, Description: '', Kind: 'UNION', Name: 'Hello', Types: ['Wo', 'Rld'] }],
    });
  });

  it('validates schemas', () => {
    expect(call('graphql.schema_is_valid', schema)).toBe(true);
    expect(call('graphql.schema_is_valid', 'union Hello = World')).toBe(false);
    expect(call('graphql.schema_is_valid', 'schema { query: Query }')).toBe(false);
    expect(call('graphql.schema_is_valid', 'interface IA { id: ID! } interface IIA implements IA { id: ID! } type A implements IIA { id: ID! }')).toBe(false);
    expect(call('graphql.schema_is_valid', 'type P { x: Int } input I { p: P }')).toBe(false);
    expect(call('graphql.schema_is_valid', 'type Query { x: Int } directive @d(a: String = "b") on SCHEMA extend schema @d')).toBe(true);
  });

  it('validates queries against schemas', () => {
    expect(call('graphql.is_valid', '{ hero(episode: JEDI) { name ... on Human { height } } }', schema)).toBe(true);
    expect(call('graphql.is_valid', '{ hero { name } }', schema)).toBe(false);
    expect(call('graphql.is_valid', '{ hero(episode: JEDI) { nope } }', schema)).toBe(false);
    expect(call('graphql.is_valid', '{ hero(episode: MARS) { name } }', schema)).toBe(false);
    expect(call('graphql.is_valid', '{ hero(episode: JEDI) }', schema)).toBe(false);
    expect(call('graphql.is_valid', 'query Q($e: Episode) { hero(episode: $e) { name } }', schema)).toBe(false);
    expect(call('graphql.is_valid', 'query Q($e: Episode!) { hero(episode: JEDI) { name } }', schema)).toBe(false);
    expect(call('graphql.is_valid', '{ search(text: "x") { __typename ... on Droid { primaryFunction } } }', schema)).toBe(true);
    expect(call('graphql.is_valid', 'mutation { x }', schema)).toBe(false);
    expect(call('graphql.is_valid', '', schema)).toBe(true);
    // overlapping response names
    expect(call('graphql.is_valid', '{ hero(episode: JEDI) { name: id name } }', schema)).toBe(false);
    expect(call('graphql.is_valid', '{ a: hero(episode: JEDI) { id } a: hero(episode: EMPIRE) { id } }', schema)).toBe(false);
    expect(call('graphql.is_valid', '{ a: hero(episode: JEDI) { id } a: hero(episode: JEDI) { name } }', schema)).toBe(true);
    expect(call('graphql.is_valid', '{ hero(episode: JEDI) { ...F ... on Droid { name: primaryFunction } } } fragment F on Character { name }', schema)).toBe(false);
    // different object types never both apply, so the same name may mean different fields
    expect(call('graphql.is_valid', '{ search(text: "x") { ... on Human { v: name } ... on Droid { v: primaryFunction } } }', schema)).toBe(true);
  });

  it('accepts ASTs and returns parse results', () => {
    const queryAst = callValue('graphql.parse_query', ['{ hero(episode: EMPIRE) { id } }'])!;
    const schemaAst = callValue('graphql.parse_schema', [schema])!;
    expect(callValue('graphql.is_valid', [queryAst, schemaAst])).toBe(true);
    const [valid] = call('graphql.parse_and_verify', '{ hero { id } }', schema) as unknown[];
    expect(valid).toBe(false);
    expect(callError('graphql.parse', '{ hero { id } }', schema).message).toBe(
      'Field "hero" argument "episode" of type "Episode!" is required, but it was not provided in GraphQL string at location 1:3',
    );
    expect(callError('graphql.is_valid', 1, schema).code).toBe('eval_type_error');
  });
});
