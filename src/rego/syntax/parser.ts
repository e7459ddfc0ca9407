/**
 * Rego v1 parser: modules (package, imports, rules with `if`/`contains`/`else`/`default`, ref
 * heads, functions, `# METADATA` annotations) and queries. v0-only forms are rejected with a
 * message saying what v1 expects.
 */
import { parse as parseYaml } from 'yaml';
import { parseNumber } from '../numbers.js';
import type {
  Annotations,
  CallTerm,
  Expr,
  Import,
  Module,
  RefTerm,
  Rule,
  RuleHead,
  SourceLocation,
  Term,
  VarTerm,
  WithModifier,
} from './ast.js';
import { RegoSyntaxError } from './errors.js';
import { type Comment, Lexer, type Token, decodeTemplateText } from './lexer.js';

const INFIX: Record<string, string> = {
  '==': 'equal',
  '!=': 'neq',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
  '+': 'plus',
  '-': 'minus',
  '*': 'mul',
  '/': 'div',
  '%': 'rem',
  '&': 'and',
  '|': 'or',
};

/** Words that cannot be variable or rule names in Rego v1. */
export const KEYWORDS = new Set(['as', 'contains', 'default', 'else', 'every', 'false', 'if', 'import', 'in', 'not', 'null', 'package', 'some', 'true', 'with']);

export class Parser {
  private toks: Token[];
  private i = 0;
  private readonly lexer: Lexer;
  private wildcard = 0;

  constructor(
    readonly src: string,
    readonly file: string,
    rowOffset = 0,
    colOffset = 0,
  ) {
    this.lexer = new Lexer(src, file);
    this.toks = this.lexer.tokenize();
    if (rowOffset || colOffset) {
      for (const t of this.toks) {
        if (t.row === 1) t.col += colOffset;
        t.row += rowOffset;
      }
    }
  }

  get comments(): Comment[] {
    return this.lexer.comments;
  }

  // ------------------------------------------------------------------ token helpers
  private get tok(): Token {
    return this.toks[this.i]!;
  }
  private peek(n = 1): Token {
    return this.toks[Math.min(this.i + n, this.toks.length - 1)]!;
  }
  private advance(): Token {
    const t = this.toks[this.i]!;
    if (t.kind !== 'eof') this.i++;
    return t;
  }
  private isOp(text: string, t = this.tok): boolean {
    return t.kind === 'op' && t.text === text;
  }
  private isWord(text: string, t = this.tok): boolean {
    return t.kind === 'ident' && t.text === text;
  }
  /** A keyword used as a keyword, not as the head of a ref (`else.x`) or a call (`contains(...)`). */
  private isKeyword(text: string): boolean {
    if (!this.isWord(text)) return false;
    const n = this.peek();
    return !(n.kind === 'op' && (n.text === '.' || n.text === '(') && !n.ws);
  }
  private loc(t: Token = this.tok): SourceLocation {
    return { file: this.file, row: t.row, col: t.col };
  }
  private fail(messageId: string, params: Record<string, unknown> = {}, t: Token = this.tok): never {
    throw new RegoSyntaxError(messageId, params, this.loc(t));
  }
  private unexpected(expected: string): never {
    const t = this.tok;
    const found = t.kind === 'eof' ? 'end of file' : t.kind === 'string' ? JSON.stringify(t.text) : t.text;
    this.fail('rego.parse_unexpected', { found, expected });
  }
  private expectOp(text: string): Token {
    if (!this.isOp(text)) this.unexpected(`"${text}"`);
    return this.advance();
  }
  private expectIdent(): Token {
    if (this.tok.kind !== 'ident') this.unexpected('a name');
    return this.advance();
  }

  // ------------------------------------------------------------------ module
  parseModule(): Module {
    if (!this.isKeyword('package')) {
      if (this.tok.kind === 'eof') this.fail('rego.parse_empty_module');
      this.fail('rego.parse_package_expected');
    }
    const pkgTok = this.advance();
    const pkgRef = this.parseRefOnly();
    const packagePath = ['data', ...refToStrings(pkgRef, (t) => this.fail('rego.parse_bad_package', {}, t))].slice(1);
    const module: Module = {
      file: this.file,
      source: this.src,
      packagePath,
      packageLoc: this.loc(pkgTok),
      imports: [],
      rules: [],
      annotations: [],
      regoVersion: 1,
    };
    this.requireLineEnd();
    while (this.isKeyword('import')) {
      module.imports.push(this.parseImport());
      this.requireLineEnd();
    }
    while (this.tok.kind !== 'eof') {
      if (this.isKeyword('import')) this.fail('rego.parse_import_after_rules');
      if (this.isKeyword('package')) this.fail('rego.parse_multiple_packages');
      const rule = this.parseRule(module);
      module.rules.push(rule);
      this.requireLineEnd();
    }
    this.attachAnnotations(module, pkgTok);
    return module;
  }

  private requireLineEnd(): void {
    if (this.isOp(';')) {
      this.advance();
      return;
    }
    if (this.tok.kind === 'eof' || this.tok.nl) return;
    this.unexpected('a new line');
  }

  private parseImport(): Import {
    const t = this.advance();
    const ref = this.parseRefOnly();
    const names = refToStrings(ref, (bad) => this.fail('rego.parse_bad_import', {}, bad));
    const root = names[0];
    if (root !== 'data' && root !== 'input' && root !== 'future' && root !== 'rego') this.fail('rego.parse_bad_import_root', { root }, t);
    if (root === 'rego' && !(names.length === 2 && (names[1] === 'v1' || names[1] === 'v2'))) this.fail('rego.parse_unknown_import', { path: names.join('.') }, t);
    let alias: string | undefined;
    if (this.isWord('as') && !this.tok.nl) {
      this.advance();
      alias = this.expectIdent().text;
      if (root === 'future' || root === 'rego') this.fail('rego.parse_alias_not_allowed', {}, t);
    }
    return { path: ref, alias, loc: this.loc(t) };
  }

  /** A ref made of a name and `.name` / `["string"]` segments (package and import paths). */
  private parseRefOnly(): RefTerm | VarTerm {
    const t = this.expectIdent();
    const head: VarTerm = { type: 'var', name: t.text, loc: this.loc(t) };
    const path: Term[] = [];
    for (;;) {
      if (this.isOp('.') && !this.tok.ws) {
        this.advance();
        const n = this.tok;
        if (n.kind !== 'ident' || n.ws) this.unexpected('a name after "."');
        this.advance();
        path.push({ type: 'scalar', value: n.text, loc: this.loc(n) });
      } else if (this.isOp('[') && !this.tok.ws) {
        this.advance();
        const s = this.tok;
        if (s.kind !== 'string' && s.kind !== 'rawstring') this.unexpected('a string');
        this.advance();
        path.push({ type: 'scalar', value: s.text, loc: this.loc(s) });
        this.expectOp(']');
      } else break;
    }
    return path.length ? { type: 'ref', head, path, loc: head.loc } : head;
  }

  private parseRule(module: Module): Rule {
    const start = this.tok;
    if (this.isKeyword('default')) {
      this.advance();
      const ref = this.parseHeadRef();
      let args: Term[] | undefined;
      if (this.isOp('(') && !this.tok.ws) args = this.parseArgs();
      if (!this.isOp(':=') && !this.isOp('=')) this.unexpected('":=" or "=" after the default rule name');
      const assign = this.advance().text === ':=';
      const value = this.parseTermIn();
      const head: RuleHead = { ref, args, value, assign, loc: this.loc(start) };
      return { kind: args ? 'function' : 'complete', head, body: [], isDefault: true, module, loc: this.loc(start) };
    }
    if (this.tok.kind !== 'ident' || (KEYWORDS.has(this.tok.text) && !(this.isOp('.', this.peek()) && !this.peek().ws))) this.unexpected('a rule');
    const ref = this.parseHeadRef();
    let args: Term[] | undefined;
    if (this.isOp('(') && !this.tok.ws) args = this.parseArgs();
    const head: RuleHead = { ref, args, assign: false, loc: this.loc(start) };
    let kind: Rule['kind'] = args ? 'function' : 'complete';
    if (this.isKeyword('contains') && !this.tok.nl) {
      if (args) this.fail('rego.parse_contains_function');
      this.advance();
      head.key = this.parseTermIn();
      kind = 'multi';
    } else if ((this.isOp(':=') || this.isOp('=')) && !this.tok.nl) {
      head.assign = this.advance().text === ':=';
      head.value = this.parseTermIn();
    }
    const rule: Rule = { kind, head, body: [], isDefault: false, module, loc: this.loc(start) };
    rule.body = this.parseRuleBody(rule, head);
    let prev = rule;
    while (this.isKeyword('else')) {
      if (kind === 'multi') this.fail('rego.parse_else_multi');
      const et = this.advance();
      const elseHead: RuleHead = { ref: head.ref, args: head.args, assign: false, loc: this.loc(et) };
      if ((this.isOp(':=') || this.isOp('=')) && !this.tok.nl) {
        elseHead.assign = this.advance().text === ':=';
        elseHead.value = this.parseTermIn();
      }
      const elseRule: Rule = { kind, head: elseHead, body: [], isDefault: false, module, loc: this.loc(et) };
      elseRule.body = this.parseRuleBody(elseRule, elseHead, true);
      prev.elseRule = elseRule;
      prev = elseRule;
    }
    return rule;
  }

  /** `if { ... }`, `if expr`, or nothing (body `true`). A `{` without `if` is v0 syntax. */
  private parseRuleBody(rule: Rule, head: RuleHead, isElse = false): Expr[] {
    if (this.isKeyword('if') && !this.tok.nl) {
      const ifTok = this.advance();
      if (this.isOp('{')) {
        // `if { ... }` is a body; when it does not parse as one it is a single expression that
        // starts with an object or set (`if {x: 1 | ...}`).
        const save = this.i;
        if (this.isOp('}', this.peek())) return this.parseBraceBody();
        try {
          return this.parseBraceBody();
        } catch (e) {
          if (!(e instanceof RegoSyntaxError)) throw e;
          this.i = save;
          try {
            return [this.parseLiteral()];
          } catch {
            throw e;
          }
        }
      }
      if (this.tok.kind === 'eof') this.fail('rego.parse_unexpected', { found: 'end of file', expected: 'a rule body' }, ifTok);
      return [this.parseLiteral()];
    }
    if (this.isOp('{') && !this.tok.nl) {
      if (rule.kind === 'complete' && head.ref.length > 1 && !head.value && !isElse) this.fail('rego.parse_v0_partial_set');
      this.fail('rego.parse_if_required');
    }
    if (!head.value && !head.key && rule.kind !== 'multi' && !isElse) {
      // `p` alone, or `p[x]` alone: v1 needs `if`, `:=` or `contains`.
      if (rule.kind === 'function') this.fail('rego.parse_if_required');
      if (!this.isOp('{')) this.fail('rego.parse_rule_needs_value', { name: headName(head) });
    }
    return [];
  }

  private parseBraceBody(): Expr[] {
    const open = this.expectOp('{');
    const body = this.parseQueryUntil('}');
    this.expectOp('}');
    if (body.length === 0) this.fail('rego.parse_empty_body', {}, open);
    return body;
  }

  private parseHeadRef(): Term[] {
    const t = this.expectIdent();
    if (KEYWORDS.has(t.text) && !(this.isOp('.') && !this.tok.ws)) this.fail('rego.parse_keyword_name', { name: t.text }, t);
    const ref: Term[] = [{ type: 'var', name: t.text, loc: this.loc(t) }];
    for (;;) {
      if (this.isOp('.') && !this.tok.ws) {
        this.advance();
        const n = this.tok;
        if (n.kind !== 'ident') this.unexpected('a name after "."');
        this.advance();
        ref.push({ type: 'scalar', value: n.text, loc: this.loc(n) });
      } else if (this.isOp('[') && !this.tok.ws) {
        this.advance();
        ref.push(this.parseTermIn());
        this.expectOp(']');
      } else break;
    }
    return ref;
  }

  private parseArgs(): Term[] {
    this.expectOp('(');
    const args: Term[] = [];
    while (!this.isOp(')')) {
      args.push(this.parseTermIn());
      if (this.isOp(',')) this.advance();
      else if (!this.isOp(')')) this.unexpected('"," or ")"');
    }
    this.advance();
    return args;
  }

  // ------------------------------------------------------------------ queries
  /** Parses a whole query (e.g. the `rego eval` argument). */
  parseQuery(): Expr[] {
    const body = this.parseQueryUntil('');
    if (this.tok.kind !== 'eof') this.unexpected('end of query');
    if (body.length === 0) this.fail('rego.parse_empty_query');
    return body;
  }

  private parseQueryUntil(close: string): Expr[] {
    const out: Expr[] = [];
    for (;;) {
      while (this.isOp(';')) this.advance();
      if (this.tok.kind === 'eof' || (close && this.isOp(close))) return out;
      if (out.length > 0) {
        const prev = this.toks[this.i - 1]!;
        if (!this.tok.nl && !this.isOp(';', prev)) this.unexpected('";" or a new line');
      }
      out.push(this.parseLiteral());
    }
  }

  private parseLiteral(): Expr {
    const start = this.tok;
    let expr: Expr;
    if (this.isKeyword('some')) expr = this.parseSome();
    else if (this.isKeyword('every')) expr = this.parseEvery();
    else if (this.isKeyword('not')) {
      this.advance();
      if (this.isOp('{')) {
        // `not { a; b }` (rego.v2): true when the body has no solution, i.e. count([true | a; b]) == 0.
        const open = this.tok;
        const body = this.parseBraceBody();
        const loc = this.loc(open);
        const compr: Term = { type: 'arraycompr', head: { type: 'scalar', value: true, loc }, body, loc };
        const count = this.makeCall('count', [compr], open);
        const term = this.makeCall('equal', [count, { type: 'scalar', value: 0, loc }], open, '==');
        expr = { ...this.base(start), kind: 'term', term };
      } else {
        const inner = this.parseExpr();
        if (inner.kind === 'some' || inner.kind === 'somein') this.fail('rego.parse_not_some', {}, start);
        inner.negated = true;
        inner.loc = this.loc(start);
        inner.start = start.offset;
        expr = inner;
      }
    } else expr = this.parseExpr();
    while (this.isKeyword('with')) {
      const wt = this.advance();
      const target = this.parseTermFactorLevel();
      if (target.type !== 'ref' && target.type !== 'var') this.fail('rego.parse_with_target', {}, wt);
      if (!this.isWord('as')) this.unexpected('"as"');
      this.advance();
      const value = this.parseTermIn();
      const w: WithModifier = { target, value, loc: this.loc(wt) };
      expr.with.push(w);
    }
    expr.end = this.toks[this.i - 1]!.end;
    return expr;
  }

  private base(t: Token) {
    return { negated: false, with: [] as WithModifier[], loc: this.loc(t), start: t.offset, end: t.end };
  }

  private parseSome(): Expr {
    const st = this.advance();
    const terms: Term[] = [this.parseTermRel()];
    while (this.isOp(',')) {
      this.advance();
      terms.push(this.parseTermRel());
    }
    if (this.isWord('in')) {
      this.advance();
      if (terms.length > 2) this.fail('rego.parse_some_in_arity', {}, st);
      const collection = this.parseTermRel();
      return { ...this.base(st), kind: 'somein', key: terms.length === 2 ? terms[0] : undefined, value: terms[terms.length - 1]!, collection };
    }
    const vars: VarTerm[] = [];
    for (const t of terms) {
      if (t.type === 'call' && t.target === undefined && t.name === 'internal.member_2') {
        // `some x in xs` was parsed as a membership call: unpack it.
        if (terms.length !== 1) this.fail('rego.parse_some_in_arity', {}, st);
        return { ...this.base(st), kind: 'somein', value: t.args[0]!, collection: t.args[1]! };
      }
      if (t.type === 'call' && t.name === 'internal.member_3') {
        return { ...this.base(st), kind: 'somein', key: t.args[0]!, value: t.args[1]!, collection: t.args[2]! };
      }
      if (t.type !== 'var') this.fail('rego.parse_some_var', {}, st);
      vars.push(t);
    }
    return { ...this.base(st), kind: 'some', vars };
  }

  private parseEvery(): Expr {
    const et = this.advance();
    const first = this.parseTermRel();
    let key: Term | undefined;
    let value = first;
    if (this.isOp(',')) {
      this.advance();
      key = first;
      value = this.parseTermRel();
    }
    if (!this.isWord('in')) this.unexpected('"in"');
    this.advance();
    const collection = this.parseTermRel();
    if (!this.isOp('{')) this.unexpected('"{" starting the every body');
    const body = this.parseBraceBody();
    for (const v of [key, value]) if (v && v.type !== 'var') this.fail('rego.parse_every_var', {}, et);
    return { ...this.base(et), kind: 'every', key, value, collection, body };
  }

  /** expr := termIn [ (= | :=) termIn ] ; also `k, v in xs` */
  private parseExpr(): Expr {
    const st = this.tok;
    const left = this.parseTermIn();
    if (this.isOp(',')) {
      const call = this.parseMember3(left, st);
      return { ...this.base(st), kind: 'term', term: call };
    }
    if ((this.isOp('=') || this.isOp(':=')) && !this.tok.nl) {
      const op = this.advance();
      const right = this.parseTermIn();
      return { ...this.base(st), loc: this.loc(st), kind: 'unify', assign: op.text === ':=', left, right };
    }
    return { ...this.base(st), kind: 'term', term: left };
  }

  /** `key, value in collection [in ...]` after `key` was parsed. */
  private parseMember3(key: Term, st: Token): Term {
    this.expectOp(',');
    const v = this.parseTermRel();
    if (!this.isWord('in')) this.unexpected('"in"');
    this.advance();
    const coll = this.parseTermRel();
    let term: Term = this.makeCall('internal.member_3', [key, v, coll], st, 'in');
    while (this.isWord('in') && !this.tok.nl) {
      this.advance();
      term = this.makeCall('internal.member_2', [term, this.parseTermRel()], st, 'in');
    }
    return term;
  }

  private makeCall(name: string, args: Term[], t: Token, infix?: string): CallTerm {
    const loc = this.loc(t);
    return { type: 'call', op: { type: 'var', name, loc }, name, args, infix, loc };
  }

  /** termIn := termRel { in termRel } */
  parseTermIn(noBar = false): Term {
    const st = this.tok;
    let left = this.parseTermRel(noBar);
    while (this.isWord('in') && !this.tok.nl) {
      this.advance();
      const right = this.parseTermRel(noBar);
      left = this.makeCall('internal.member_2', [left, right], st, 'in');
    }
    return left;
  }

  private binary(next: (noBar: boolean) => Term, ops: string[], noBar: boolean): Term {
    const st = this.tok;
    let left = next(noBar);
    for (;;) {
      const t = this.tok;
      if (t.kind !== 'op' || !ops.includes(t.text) || t.nl) return left;
      if (noBar && t.text === '|') return left;
      this.advance();
      const right = next(noBar);
      left = { ...this.makeCall(INFIX[t.text]!, [left, right], st, t.text), loc: this.loc(st) };
    }
  }

  private parseTermRel = (noBar = false): Term => this.binary(this.parseTermOr, ['==', '!=', '<', '<=', '>', '>='], noBar);
  private parseTermOr = (noBar = false): Term => this.binary(this.parseTermAnd, ['|'], noBar);
  private parseTermAnd = (noBar = false): Term => this.binary(this.parseTermArith, ['&'], noBar);
  private parseTermArith = (noBar = false): Term => this.binary(this.parseTermFactorLevelB, ['+', '-'], noBar);
  private parseTermFactorLevelB = (noBar = false): Term => this.binary(() => this.parseTermFactorLevel(), ['*', '/', '%'], noBar);

  /** A single term with its ref/call suffixes, or a unary minus. */
  parseTermFactorLevel(): Term {
    const t = this.tok;
    if (this.isOp('-')) {
      const n = this.peek();
      if (n.kind === 'number' && !n.ws) {
        this.advance();
        this.advance();
        const value = parseNumber(`-${n.text}`);
        if (value === undefined) this.fail('rego.parse_bad_number', { text: n.text }, n);
        return this.parseSuffixes({ type: 'scalar', value, loc: this.loc(t) });
      }
      this.advance();
      const operand = this.parseTermFactorLevel();
      return this.makeCall('minus', [{ type: 'scalar', value: 0, loc: this.loc(t) }, operand], t, '-');
    }
    return this.parseSuffixes(this.parsePrimary());
  }

  private parsePrimary(): Term {
    const t = this.tok;
    const loc = this.loc(t);
    switch (t.kind) {
      case 'number': {
        this.advance();
        const value = parseNumber(t.text);
        if (value === undefined) this.fail('rego.parse_bad_number', { text: t.text }, t);
        return { type: 'scalar', value, loc };
      }
      case 'string':
      case 'rawstring':
        this.advance();
        return { type: 'scalar', value: t.text, loc };
      case 'template':
      case 'rawtemplate':
        this.advance();
        return this.parseTemplate(t);
      case 'ident': {
        const n = this.peek();
        const refOrCall = n.kind === 'op' && (n.text === '.' || n.text === '(') && !n.ws;
        if (refOrCall && KEYWORDS.has(t.text)) {
          this.advance();
          return { type: 'var', name: t.text, loc };
        }
        if (t.text === 'true' || t.text === 'false') {
          this.advance();
          return { type: 'scalar', value: t.text === 'true', loc };
        }
        if (t.text === 'null') {
          this.advance();
          return { type: 'scalar', value: null, loc };
        }
        if (KEYWORDS.has(t.text)) this.fail('rego.parse_keyword_name', { name: t.text }, t);
        this.advance();
        if (t.text === '_') return { type: 'var', name: `$_${this.wildcard++}`, loc };
        return { type: 'var', name: t.text, loc };
      }
      case 'op':
        if (t.text === '(') {
          this.advance();
          let inner = this.parseTermIn();
          if (this.isOp(',')) inner = this.parseMember3(inner, t);
          this.expectOp(')');
          return inner;
        }
        if (t.text === '[') return this.parseArray();
        if (t.text === '{') return this.parseBrace();
        break;
      default:
        break;
    }
    this.unexpected('a term');
  }

  private parseSuffixes(term: Term): Term {
    let cur = term;
    for (;;) {
      const t = this.tok;
      if (t.ws) return cur;
      if (this.isOp('.')) {
        this.advance();
        const n = this.tok;
        if (n.kind !== 'ident' || n.ws) this.unexpected('a name after "."');
        this.advance();
        cur = appendRef(cur, { type: 'scalar', value: n.text, loc: this.loc(n) });
      } else if (this.isOp('[')) {
        this.advance();
        const key = this.parseTermIn();
        this.expectOp(']');
        cur = appendRef(cur, key);
      } else if (this.isOp('(')) {
        if (cur.type !== 'var' && cur.type !== 'ref') return cur;
        const name = refName(cur);
        if (name === undefined) this.fail('rego.parse_bad_call', {}, t);
        const args = this.parseArgs();
        if (name === 'set' && args.length === 0) cur = { type: 'set', items: [], loc: cur.loc };
        else cur = { type: 'call', op: cur, name, args, loc: cur.loc };
      } else return cur;
    }
  }

  private parseArray(): Term {
    const open = this.advance();
    const loc = this.loc(open);
    if (this.isOp(']')) {
      this.advance();
      return { type: 'array', items: [], loc };
    }
    const first = this.parseTermIn(true);
    if (this.isOp('|')) {
      this.advance();
      const body = this.parseQueryUntil(']');
      this.expectOp(']');
      return { type: 'arraycompr', head: first, body, loc };
    }
    const items = [first];
    while (this.isOp(',')) {
      this.advance();
      if (this.isOp(']')) break;
      items.push(this.parseTermIn());
    }
    this.expectOp(']');
    return { type: 'array', items, loc };
  }

  private parseBrace(): Term {
    const open = this.advance();
    const loc = this.loc(open);
    if (this.isOp('}')) {
      this.advance();
      return { type: 'object', items: [], loc };
    }
    const first = this.parseTermIn(true);
    if (this.isOp(':')) {
      this.advance();
      const value = this.parseTermIn(true);
      if (this.isOp('|')) {
        this.advance();
        const body = this.parseQueryUntil('}');
        this.expectOp('}');
        return { type: 'objectcompr', key: first, value, body, loc };
      }
      const items: [Term, Term][] = [[first, value]];
      while (this.isOp(',')) {
        this.advance();
        if (this.isOp('}')) break;
        const k = this.parseTermIn();
        this.expectOp(':');
        items.push([k, this.parseTermIn()]);
      }
      this.expectOp('}');
      return { type: 'object', items, loc };
    }
    if (this.isOp('|')) {
      this.advance();
      const body = this.parseQueryUntil('}');
      this.expectOp('}');
      return { type: 'setcompr', head: first, body, loc };
    }
    const items = [first];
    while (this.isOp(',')) {
      this.advance();
      if (this.isOp('}')) break;
      items.push(this.parseTermIn());
    }
    this.expectOp('}');
    return { type: 'set', items, loc };
  }

  private parseTemplate(t: Token): Term {
    const raw = t.kind === 'rawtemplate';
    const body = t.text;
    const parts: (string | Expr)[] = [];
    let text = '';
    let i = 0;
    // body starts 2 columns after the token start (`$"`)
    const bodyOffset = 2;
    while (i < body.length) {
      const c = body[i]!;
      if (c === '\\' && !raw) {
        text += body.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '\\' && raw && body[i + 1] === '{') {
        text += '\\{';
        i += 2;
        continue;
      }
      if (c !== '{') {
        text += c;
        i++;
        continue;
      }
      // find the matching close brace
      let depth = 1;
      let j = i + 1;
      while (j < body.length && depth > 0) {
        const d = body[j]!;
        if (d === '{') depth++;
        else if (d === '}') depth--;
        else if (d === '"') {
          j++;
          while (j < body.length && body[j] !== '"') j += body[j] === '\\' ? 2 : 1;
        } else if (d === '`') {
          j++;
          while (j < body.length && body[j] !== '`') j++;
        }
        if (depth > 0) j++;
      }
      if (depth > 0) this.fail('rego.parse_template_unclosed', {}, t);
      if (text) parts.push(decodeTemplateText(text, raw));
      text = '';
      const exprSrc = body.slice(i + 1, j);
      const before = body.slice(0, i + 1);
      const lines = before.split('\n');
      const rowOff = t.row - 1 + lines.length - 1;
      const colOff = lines.length === 1 ? t.col - 1 + bodyOffset + before.length : lines[lines.length - 1]!.length;
      const sub = new Parser(exprSrc, this.file, rowOff, colOff);
      sub.wildcard = this.wildcard + 1000;
      const q = sub.parseQueryUntil('');
      if (sub.tok.kind !== 'eof') sub.unexpected('"}"');
      if (q.length !== 1) this.fail('rego.parse_template_expr', {}, t);
      parts.push(q[0]!);
      i = j + 1;
    }
    if (text) parts.push(decodeTemplateText(text, raw));
    return { type: 'template', parts, loc: this.loc(t) };
  }

  // ------------------------------------------------------------------ annotations
  private attachAnnotations(module: Module, pkgTok: Token): void {
    const comments = this.comments;
    for (let c = 0; c < comments.length; c++) {
      const first = comments[c]!;
      if (first.text.trim() !== 'METADATA') continue;
      const lines: string[] = [];
      let row = first.row;
      let k = c + 1;
      while (k < comments.length && comments[k]!.row === row + 1 && comments[k]!.col === first.col) {
        lines.push(comments[k]!.text.replace(/^ /, ''));
        row = comments[k]!.row;
        k++;
      }
      c = k - 1;
      let parsed: unknown;
      try {
        parsed = lines.length ? parseYaml(lines.join('\n')) : {};
      } catch (e) {
        throw new RegoSyntaxError('rego.parse_metadata_yaml', { detail: e instanceof Error ? e.message.split('\n')[0] : String(e) }, { file: this.file, row: first.row, col: first.col });
      }
      if (parsed === null || parsed === undefined) parsed = {};
      if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new RegoSyntaxError('rego.parse_metadata_not_map', {}, { file: this.file, row: first.row, col: first.col });
      }
      const raw = parsed as Record<string, unknown>;
      const ann: Annotations = {
        raw,
        loc: { file: this.file, row: first.row, col: first.col },
        scope: typeof raw.scope === 'string' ? raw.scope : undefined,
        title: typeof raw.title === 'string' ? raw.title : undefined,
        description: typeof raw.description === 'string' ? raw.description : undefined,
        entrypoint: raw.entrypoint === true,
        custom: raw.custom && typeof raw.custom === 'object' ? (raw.custom as Record<string, unknown>) : undefined,
        related_resources: Array.isArray(raw.related_resources) ? raw.related_resources : undefined,
        authors: Array.isArray(raw.authors) ? raw.authors : undefined,
        organizations: Array.isArray(raw.organizations) ? raw.organizations : undefined,
        schemas: Array.isArray(raw.schemas) ? raw.schemas : undefined,
      };
      const allowed = new Set(['scope', 'title', 'description', 'related_resources', 'authors', 'organizations', 'schemas', 'entrypoint', 'custom', 'compile']);
      for (const key of Object.keys(raw)) {
        if (!allowed.has(key)) throw new RegoSyntaxError('rego.parse_metadata_unknown_key', { key }, ann.loc);
      }
      // Attach: to the package when it is before the package or has package/subpackages/document scope.
      if (first.row < pkgTok.row || ann.scope === 'package' || ann.scope === 'subpackages' || ann.scope === 'document') {
        if (!ann.scope) ann.scope = first.row < pkgTok.row ? 'package' : 'rule';
        module.annotations.push(ann);
        if (ann.scope === 'document' || first.row > pkgTok.row) {
          const rule = module.rules.find((r) => r.loc.row > row);
          if (rule && ann.scope === 'document') rule.annotations = ann;
        }
        continue;
      }
      if (!ann.scope) ann.scope = 'rule';
      const rule = module.rules.find((r) => r.loc.row > row);
      if (!rule) throw new RegoSyntaxError('rego.parse_metadata_dangling', {}, ann.loc);
      rule.annotations = ann;
    }
  }
}

function appendRef(term: Term, key: Term): RefTerm {
  if (term.type === 'ref') return { type: 'ref', head: term.head, path: [...term.path, key], loc: term.loc };
  return { type: 'ref', head: term, path: [key], loc: term.loc };
}

/** The dotted name of a var or a ref made only of `.name` segments; undefined otherwise. */
export function refName(t: Term): string | undefined {
  if (t.type === 'var') return t.name;
  if (t.type !== 'ref' || t.head.type !== 'var') return undefined;
  const parts = [t.head.name];
  for (const p of t.path) {
    if (p.type !== 'scalar' || typeof p.value !== 'string') return undefined;
    parts.push(p.value);
  }
  return parts.join('.');
}

function refToStrings(t: Term, fail: (t: Token) => never): string[] {
  if (t.type === 'var') return [t.name];
  if (t.type !== 'ref' || t.head.type !== 'var') return fail({} as Token);
  const out = [t.head.name];
  for (const p of t.path) out.push(String((p as { value: unknown }).value));
  return out;
}

function headName(head: RuleHead): string {
  return head.ref
    .map((t, i) => (t.type === 'var' && i === 0 ? t.name : t.type === 'scalar' && typeof t.value === 'string' ? `.${t.value}` : '[...]'))
    .join('');
}

/** Parses one module. Throws RegoSyntaxError (a UserError) with file:row:col. */
export function parseModule(file: string, source: string): Module {
  return new Parser(source, file).parseModule();
}

/** Parses a query (one or more expressions separated by `;` or new lines). */
export function parseQuery(source: string, file = 'query'): Expr[] {
  return new Parser(source, file).parseQuery();
}

/** Parses a single term (used for `input_term` and `with` values given as text). */
export function parseTerm(source: string, file = 'term'): Term {
  const p = new Parser(source, file);
  const t = p.parseTermIn();
  return t;
}
