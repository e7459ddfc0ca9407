import { compareText } from '../../findings/sort.js';
import type { Expr, Module, Rule, Term } from '../../rego/syntax/ast.js';

/** Line coverage of one policy module: lines holding expressions, and those evaluated. */
export interface FileCoverage {
  file: string;
  covered: number;
  total: number;
  /** 100 for a module without expressions. */
  percent: number;
  uncovered: number[];
}

export interface CoverageReport {
  files: FileCoverage[];
  covered: number;
  total: number;
  percent: number;
}

/**
 * Collects which expression lines are evaluated (through the engine's `trace` hook) and compares
 * them with every expression line of the given modules (rule bodies, `else` branches, `every`
 * bodies and comprehension bodies). Rule heads without a body are not counted.
 */
export class CoverageCollector {
  private readonly hit = new Map<string, Set<number>>();

  /** Pass as `trace` to `evaluateQuery`. */
  readonly trace = (expr: Expr): void => {
    const file = expr.loc.file;
    let rows = this.hit.get(file);
    if (!rows) {
      rows = new Set();
      this.hit.set(file, rows);
    }
    rows.add(expr.loc.row);
  };

  report(modules: Module[]): CoverageReport {
    const files: FileCoverage[] = [];
    for (const module of [...modules].sort((a, b) => compareText(a.file, b.file))) {
      const lines = coverableLines(module);
      const hit = this.hit.get(module.file) ?? new Set<number>();
      const uncovered = [...lines].filter((row) => !hit.has(row)).sort((a, b) => a - b);
      const covered = lines.size - uncovered.length;
      files.push({ file: module.file, covered, total: lines.size, percent: percent(covered, lines.size), uncovered });
    }
    const covered = files.reduce((n, f) => n + f.covered, 0);
    const total = files.reduce((n, f) => n + f.total, 0);
    return { files, covered, total, percent: percent(covered, total) };
  }
}

function percent(covered: number, total: number): number {
  return total === 0 ? 100 : Math.floor((covered / total) * 1000) / 10;
}

/** Every line where an expression of the module starts. */
export function coverableLines(module: Module): Set<number> {
  const rows = new Set<number>();
  const visitRule = (rule: Rule | undefined) => {
    for (let r = rule; r; r = r.elseRule) {
      visitBody(r.body);
      for (const term of [r.head.value, r.head.key, ...(r.head.args ?? [])]) if (term) visitTerm(term);
    }
  };
  const visitBody = (body: Expr[]) => {
    for (const expr of body) {
      if (expr.loc.file === module.file) rows.add(expr.loc.row);
      switch (expr.kind) {
        case 'term':
          visitTerm(expr.term);
          break;
        case 'unify':
          visitTerm(expr.left);
          visitTerm(expr.right);
          break;
        case 'somein':
          visitTerm(expr.collection);
          break;
        case 'every':
          visitTerm(expr.collection);
          visitBody(expr.body);
          break;
        case 'some':
          break;
      }
      for (const w of expr.with) visitTerm(w.value);
    }
  };
  const visitTerm = (term: Term): void => {
    switch (term.type) {
      case 'ref':
        visitTerm(term.head);
        term.path.forEach(visitTerm);
        break;
      case 'array':
      case 'set':
        term.items.forEach(visitTerm);
        break;
      case 'object':
        for (const [k, v] of term.items) {
          visitTerm(k);
          visitTerm(v);
        }
        break;
      case 'arraycompr':
      case 'setcompr':
        visitTerm(term.head);
        visitBody(term.body);
        break;
      case 'objectcompr':
        visitTerm(term.key);
        visitTerm(term.value);
        visitBody(term.body);
        break;
      case 'call':
        term.args.forEach(visitTerm);
        break;
      case 'template':
        for (const part of term.parts) if (typeof part !== 'string') visitBody([part]);
        break;
      default:
        break;
    }
  };
  for (const rule of module.rules) visitRule(rule);
  return rows;
}
