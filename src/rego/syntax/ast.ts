/**
 * The Rego abstract syntax tree. Every node carries `loc` (file, 1-based row and column).
 * The compiler annotates some nodes in place (resolved refs, call targets, renamed variables).
 */
import type { Value } from '../values.js';
import type { SourceLocation } from './errors.js';

export type { SourceLocation };

export type Term =
  | ScalarTerm
  | VarTerm
  | RefTerm
  | ArrayTerm
  | ObjectTerm
  | SetTerm
  | ArrayComprehension
  | SetComprehension
  | ObjectComprehension
  | CallTerm
  | TemplateTerm;

export interface ScalarTerm {
  type: 'scalar';
  value: Value;
  loc: SourceLocation;
}

export interface VarTerm {
  type: 'var';
  name: string;
  loc: SourceLocation;
}

/** `head.path[0][path[1]]...`: head is a var (data, input, local) or any term (call, literal). */
export interface RefTerm {
  type: 'ref';
  head: Term;
  path: Term[];
  loc: SourceLocation;
}

export interface ArrayTerm {
  type: 'array';
  items: Term[];
  loc: SourceLocation;
}

export interface ObjectTerm {
  type: 'object';
  items: [Term, Term][];
  loc: SourceLocation;
}

export interface SetTerm {
  type: 'set';
  items: Term[];
  loc: SourceLocation;
}

export interface ArrayComprehension {
  type: 'arraycompr';
  head: Term;
  body: Expr[];
  loc: SourceLocation;
}

export interface SetComprehension {
  type: 'setcompr';
  head: Term;
  body: Expr[];
  loc: SourceLocation;
}

export interface ObjectComprehension {
  type: 'objectcompr';
  key: Term;
  value: Term;
  body: Expr[];
  loc: SourceLocation;
}

/** What a call resolves to (set by the compiler). */
export type CallTarget = { kind: 'builtin'; name: string } | { kind: 'function'; path: string[] } | { kind: 'unknown'; name: string };

/** A function call `op(args...)`; infix operators are calls too (`a + b` is `plus(a, b)`). */
export interface CallTerm {
  type: 'call';
  /** The operator as written, as a ref (`count`, `data.lib.f`, `strings.replace_n`). */
  op: RefTerm | VarTerm;
  /** The dotted name as written (`plus` for `+`). */
  name: string;
  args: Term[];
  /** True when written as an infix operator. */
  infix?: string;
  target?: CallTarget;
  loc: SourceLocation;
}

/** `$"a {x} b"`: literal parts and embedded queries. */
export interface TemplateTerm {
  type: 'template';
  parts: (string | Expr)[];
  loc: SourceLocation;
}

/** What a `with` replaces (set by the compiler). */
export type WithTarget =
  | { kind: 'input'; path: string[] }
  | { kind: 'data'; path: string[] }
  | { kind: 'function'; path: string[] }
  | { kind: 'builtin'; name: string };

export interface WithModifier {
  target: RefTerm | VarTerm;
  value: Term;
  loc: SourceLocation;
  resolved?: WithTarget;
  /** Set when the replacement is itself a function or builtin (`with f as g`). */
  replacement?: CallTarget;
}

export type Expr = TermExpr | UnifyExpr | SomeDeclExpr | SomeInExpr | EveryExpr;

interface ExprBase {
  negated: boolean;
  with: WithModifier[];
  loc: SourceLocation;
  /** Source offsets of the expression (for `text` in results). */
  start: number;
  end: number;
}

/** A term used as an expression (true unless false or undefined), e.g. a call or `x == y`. */
export interface TermExpr extends ExprBase {
  kind: 'term';
  term: Term;
}

/** `a = b` (unification) or `a := b` (assignment: declares the left side's variables). */
export interface UnifyExpr extends ExprBase {
  kind: 'unify';
  assign: boolean;
  left: Term;
  right: Term;
}

/** `some x, y` */
export interface SomeDeclExpr extends ExprBase {
  kind: 'some';
  vars: VarTerm[];
}

/** `some v in xs` / `some k, v in xs` */
export interface SomeInExpr extends ExprBase {
  kind: 'somein';
  key?: Term;
  value: Term;
  collection: Term;
}

/** `every v in xs { body }` / `every k, v in xs { body }` */
export interface EveryExpr extends ExprBase {
  kind: 'every';
  key?: Term;
  value: Term;
  collection: Term;
  body: Expr[];
}

export type RuleKind = 'complete' | 'multi' | 'function';

export interface RuleHead {
  /** The head reference: first item is the rule name var, the rest ref path terms. */
  ref: Term[];
  /** Function arguments. */
  args?: Term[];
  /** The value (complete rules, single-value ref heads, functions); undefined means `true`. */
  value?: Term;
  /** The member of a multi-value (`contains`) rule. */
  key?: Term;
  assign: boolean;
  loc: SourceLocation;
}

export interface Rule {
  kind: RuleKind;
  head: RuleHead;
  body: Expr[];
  isDefault: boolean;
  elseRule?: Rule;
  /** Absolute data path of the rule's ground prefix (set by the compiler). */
  path?: string[];
  annotations?: Annotations;
  module: Module;
  loc: SourceLocation;
}

export interface Import {
  path: RefTerm | VarTerm;
  alias?: string;
  loc: SourceLocation;
}

/** A `# METADATA` block: its YAML fields are kept as parsed. */
export interface Annotations {
  scope?: string;
  title?: string;
  description?: string;
  entrypoint?: boolean;
  custom?: Record<string, unknown>;
  related_resources?: unknown[];
  authors?: unknown[];
  organizations?: unknown[];
  schemas?: unknown[];
  /** Every field of the block as parsed. */
  raw: Record<string, unknown>;
  loc: SourceLocation;
}

export interface Module {
  file: string;
  source: string;
  packagePath: string[];
  packageLoc: SourceLocation;
  imports: Import[];
  rules: Rule[];
  /** Annotations attached to the package (scope package or subpackages) and the document. */
  annotations: Annotations[];
  /** Declared rego version (`import rego.v1` or v1 default). */
  regoVersion: 1;
}
