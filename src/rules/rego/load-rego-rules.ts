import { readFileSync } from 'node:fs';
import { UserError, UserErrors } from '../../errors/user-error.js';
import { compareText } from '../../findings/sort.js';
import { CATEGORIES } from '../../findings/types.js';
import { type CompiledPolicy, compilePolicy, type RegoSource } from '../../rego/engine.js';
import type { EvalLimits } from '../../rego/eval/context.js';
import type { Module, Rule } from '../../rego/syntax/ast.js';
import { readRuleMetadata } from './metadata.js';
import { PACK_ROOT, categoryOfSegment } from './package-category.js';
import { PackageEvaluation } from './package-evaluation.js';
import { RegoRule } from './rego-rule.js';
import './messages.js';

export interface RegoLoadOptions {
  /** Evaluation limits per package and plan (default: the engine's). */
  limits?: Partial<EvalLimits>;
}

/** Reads `.rego` files as UTF-8 sources; an unreadable file is a UserError. */
export function readRegoSources(files: string[]): RegoSource[] {
  return files.map((file) => {
    try {
      return { file, source: readFileSync(file, 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserError('plan.unreadable', { file, reason: code ?? String(error) }, { file });
    }
  });
}

/** True for a rule named `deny` (any form; only `deny contains x if` is accepted later). */
function isDeny(rule: Rule): boolean {
  const first = rule.head.ref[0];
  return first?.type === 'var' && first.name === 'deny';
}

/**
 * Compiles the `.rego` files of a run together and turns every METADATA-annotated `deny` rule of
 * a `pipl.<category>` package into a rule. Modules without `deny` are helpers (e.g. pipl.lib).
 * Within a file, `deny` rules without METADATA belong to the annotated one above them.
 */
export function loadRegoRules(files: string[], options: RegoLoadOptions = {}): RegoRule[] {
  const policy = compilePolicy(readRegoSources(files));
  return rulesOfPolicy(policy, options);
}

/** The pack rules of an already compiled policy (also used by `policy test` and benchmarks). */
export function rulesOfPolicy(policy: CompiledPolicy, options: RegoLoadOptions = {}): RegoRule[] {
  const errors: UserError[] = [];
  const byPackage = new Map<string, { path: string[]; entries: { module: Module; annotated: Rule; meta: ReturnType<typeof readRuleMetadata> }[] }>();
  for (const module of [...policy.modules].sort((a, b) => compareText(a.file, b.file))) {
    const denies = module.rules.filter(isDeny);
    if (denies.length === 0) continue;
    try {
      const entries = moduleRules(module, denies);
      const key = module.packagePath.join('.');
      const group = byPackage.get(key) ?? { path: module.packagePath, entries: [] };
      group.entries.push(...entries.map((e) => ({ module, ...e })));
      byPackage.set(key, group);
    } catch (error) {
      if (error instanceof UserError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new UserErrors(errors);
  const rules: RegoRule[] = [];
  for (const group of byPackage.values()) {
    const files = [...new Set(group.entries.map((e) => e.module.file))].sort(compareText);
    const ids = new Set(group.entries.map((e) => e.meta.meta.id));
    const evaluation = new PackageEvaluation(policy, group.path, files, ids, options.limits);
    for (const entry of group.entries) rules.push(new RegoRule(entry.meta.meta, entry.meta.messages, evaluation));
  }
  return rules;
}

function moduleRules(module: Module, denies: Rule[]): { annotated: Rule; meta: ReturnType<typeof readRuleMetadata> }[] {
  const packageName = module.packagePath.join('.');
  const at = (rule: Rule) => ({ file: module.file, line: rule.loc.row, column: rule.loc.col });
  if (module.packagePath[0] !== PACK_ROOT || module.packagePath.length < 2) {
    throw new UserError('rego_policy.deny_outside_pack', { package: packageName }, at(denies[0]!));
  }
  const segment = module.packagePath[1]!;
  const category = categoryOfSegment(segment);
  if (!category) {
    throw new UserError('rego_policy.not_a_category', { package: packageName, segment, allowed: CATEGORIES.map((c) => c.replace(/-/g, '_')).join(', ') }, { file: module.file, line: module.packageLoc.row, column: module.packageLoc.col });
  }
  const out: { annotated: Rule; meta: ReturnType<typeof readRuleMetadata> }[] = [];
  for (const rule of denies) {
    if (rule.kind !== 'multi' || rule.head.ref.length !== 1) throw new UserError('rego_policy.deny_not_multi', {}, at(rule));
    const annotations = rule.annotations && (rule.annotations.scope === 'rule' || rule.annotations.scope === 'document') ? rule.annotations : undefined;
    if (annotations && annotations.scope === 'rule') out.push({ annotated: rule, meta: readRuleMetadata(module, annotations, category, packageName) });
    else if (annotations && !out.some((e) => e.annotated.annotations === annotations)) out.push({ annotated: rule, meta: readRuleMetadata(module, annotations, category, packageName) });
    else if (!annotations && out.length === 0) throw new UserError('rego_policy.metadata_missing', {}, at(rule));
  }
  return out;
}
