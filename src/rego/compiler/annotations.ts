/**
 * `# METADATA` annotations as values: what `rego.metadata.rule()` and `rego.metadata.chain()`
 * return. Like OPA, calls to them are replaced by constants when a rule is compiled.
 */
import type { Annotations, Module, Rule } from '../syntax/ast.js';
import { ObjectValue, fromJSON, type Value } from '../values.js';

/** OPA's JSON form of an annotation block (authors as {name, email}, resources as {ref}). */
export function annotationsValue(a: Annotations): ObjectValue {
  const out: Record<string, unknown> = {};
  if (a.scope) out.scope = a.scope;
  if (a.title !== undefined) out.title = a.title;
  if (a.description !== undefined) out.description = a.description;
  if (a.entrypoint) out.entrypoint = true;
  if (a.authors) {
    out.authors = a.authors.map((x) => {
      if (typeof x !== 'string') return x;
      const m = /^(.*?)\s*<([^>]+)>\s*$/.exec(x);
      return m ? (m[1] ? { name: m[1], email: m[2] } : { email: m[2] }) : { name: x.trim() };
    });
  }
  if (a.organizations) out.organizations = a.organizations;
  if (a.related_resources) out.related_resources = a.related_resources.map((x) => (typeof x === 'string' ? { ref: x } : x));
  if (a.schemas) out.schemas = a.schemas;
  if (a.custom) out.custom = a.custom;
  return fromJSON(out) as ObjectValue;
}

/** Everything needed to answer `rego.metadata.chain()` for any rule. */
export class AnnotationIndex {
  private readonly documentByPath = new Map<string, Annotations>();
  private readonly packageByPath = new Map<string, Annotations>();
  private readonly subpackagesByPath = new Map<string, Annotations>();

  constructor(modules: Module[], rulePath: (m: Module, r: Rule) => string[]) {
    for (const m of modules) {
      const pkg = m.packagePath.join('.');
      for (const a of m.annotations) {
        if (a.scope === 'package' && !this.packageByPath.has(pkg)) this.packageByPath.set(pkg, a);
        if (a.scope === 'subpackages' && !this.subpackagesByPath.has(pkg)) this.subpackagesByPath.set(pkg, a);
      }
      for (const r of m.rules) {
        if (r.annotations?.scope === 'document') this.documentByPath.set(rulePath(m, r).join('.'), r.annotations);
      }
    }
  }

  /** `rego.metadata.rule()`: the rule's own annotations, else its document annotations, else {}. */
  ruleValue(r: Rule, path: string[]): Value {
    const own = r.annotations?.scope === 'rule' ? r.annotations : this.documentByPath.get(path.join('.'));
    return own ? annotationsValue(own) : new ObjectValue();
  }

  /** `rego.metadata.chain()`: rule, document, package and enclosing subpackages annotations. */
  chainValue(r: Rule, path: string[], pkg: string[]): Value {
    const entry = (p: string[], a?: Annotations) => {
      const o = new ObjectValue().set('path', p);
      if (a) o.set('annotations', annotationsValue(a));
      return o;
    };
    const out: Value[] = [];
    const own = r.annotations?.scope === 'rule' ? r.annotations : undefined;
    out.push(entry(path, own));
    const doc = this.documentByPath.get(path.join('.'));
    if (doc) out.push(entry(path, doc));
    const p = this.packageByPath.get(pkg.join('.'));
    if (p) out.push(entry(pkg, p));
    for (let n = pkg.length; n > 0; n--) {
      const sub = this.subpackagesByPath.get(pkg.slice(0, n).join('.'));
      if (sub) out.push(entry(pkg.slice(0, n), sub));
    }
    if (!own && doc) out.shift();
    return out;
  }
}
