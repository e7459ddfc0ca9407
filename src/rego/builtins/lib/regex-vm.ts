/**
 * A linear-time regular-expression matcher (a Pike VM, as in RE2) for the patterns JavaScript's
 * backtracking engine could take exponential time on (nested repetition such as `(a+)+`).
 *
 * It runs the JavaScript source produced by `translateRe2` (a small, known subset of JS regex
 * syntax: literals, escapes, character classes, groups, alternation, greedy and lazy
 * quantifiers, `^`, `$`, `\b`, `\B`, and the `\A`/`\z` look-arounds the translator emits) with
 * leftmost-first semantics and submatch positions, so results equal the backtracking engine's.
 * Character classes and class escapes are tested one character at a time with cached JS RegExps.
 */

type Ast =
  | { t: 'char'; cp: number }
  | { t: 'set'; src: string }
  | { t: 'any' }
  | { t: 'assert'; kind: 'bol' | 'eol' | 'bot' | 'eot' | 'word' | 'nonword' }
  | { t: 'group'; index: number | undefined; node: Ast }
  | { t: 'cat'; nodes: Ast[] }
  | { t: 'alt'; nodes: Ast[] }
  | { t: 'rep'; node: Ast; min: number; max: number; greedy: boolean };

export interface VmMatch {
  index: number;
  /** Start/end (UTF-16 offsets) of the whole match and each group; -1 when unset. */
  slots: number[];
}

class SourceParser {
  private i = 0;
  groupCount = 0;
  readonly names: (string | undefined)[] = [];

  constructor(private readonly src: string) {}

  parse(): Ast {
    const node = this.alt();
    if (this.i < this.src.length) throw new Error(`regex-vm: unexpected ${this.src[this.i]}`);
    return node;
  }

  private alt(): Ast {
    const nodes = [this.cat()];
    while (this.src[this.i] === '|') {
      this.i++;
      nodes.push(this.cat());
    }
    return nodes.length === 1 ? nodes[0]! : { t: 'alt', nodes };
  }

  private cat(): Ast {
    const nodes: Ast[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') nodes.push(this.repeat());
    return nodes.length === 1 ? nodes[0]! : { t: 'cat', nodes };
  }

  private repeat(): Ast {
    let node = this.atom();
    for (;;) {
      const c = this.src[this.i];
      let min: number;
      let max: number;
      if (c === '*') {
        min = 0;
        max = Infinity;
        this.i++;
      } else if (c === '+') {
        min = 1;
        max = Infinity;
        this.i++;
      } else if (c === '?') {
        min = 0;
        max = 1;
        this.i++;
      } else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
        if (!m) return node;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        this.i += m[0].length;
      } else {
        return node;
      }
      let greedy = true;
      if (this.src[this.i] === '?') {
        greedy = false;
        this.i++;
      }
      node = { t: 'rep', node, min, max, greedy };
    }
  }

  private atom(): Ast {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') {
      const rest = s.slice(this.i);
      if (rest.startsWith('(?<![\\s\\S])')) {
        this.i += '(?<![\\s\\S])'.length;
        return { t: 'assert', kind: 'bot' };
      }
      if (rest.startsWith('(?![\\s\\S])')) {
        this.i += '(?![\\s\\S])'.length;
        return { t: 'assert', kind: 'eot' };
      }
      let index: number | undefined;
      if (rest.startsWith('(?:')) {
        this.i += 3;
      } else {
        const named = /^\(\?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
        index = ++this.groupCount;
        if (named) {
          this.names[index] = named[1];
          this.i += named[0].length;
        } else {
          this.i += 1;
        }
      }
      const node = this.alt();
      if (s[this.i] !== ')') throw new Error('regex-vm: missing )');
      this.i++;
      return { t: 'group', index, node };
    }
    if (c === '[') {
      let j = this.i + 1;
      if (s[j] === '^') j++;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      const src = s.slice(this.i, j + 1);
      this.i = j + 1;
      return { t: 'set', src };
    }
    if (c === '.') {
      this.i++;
      return { t: 'any' };
    }
    if (c === '^') {
      this.i++;
      return { t: 'assert', kind: 'bol' };
    }
    if (c === '$') {
      this.i++;
      return { t: 'assert', kind: 'eol' };
    }
    if (c === '\\') {
      const e = s[this.i + 1]!;
      this.i += 2;
      if ('dDwWsS'.includes(e)) return { t: 'set', src: `\\${e}` };
      if (e === 'b') return { t: 'assert', kind: 'word' };
      if (e === 'B') return { t: 'assert', kind: 'nonword' };
      if (e === 'p' || e === 'P') {
        const close = s.indexOf('}', this.i);
        const src = `\\${e}${s.slice(this.i, close + 1)}`;
        this.i = close + 1;
        return { t: 'set', src };
      }
      if (e === 'u') {
        const close = s.indexOf('}', this.i);
        const cp = parseInt(s.slice(this.i + 1, close), 16);
        this.i = close + 1;
        return { t: 'char', cp };
      }
      if (e === 'x') {
        const cp = parseInt(s.slice(this.i, this.i + 2), 16);
        this.i += 2;
        return { t: 'char', cp };
      }
      const controls: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
      if (controls[e] !== undefined) return { t: 'char', cp: controls[e] };
      return { t: 'char', cp: e.codePointAt(0)! };
    }
    const cp = s.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return { t: 'char', cp };
  }
}

type Inst =
  | { op: 'cp'; cp: number }
  | { op: 'cpi'; lower: string; upper: string; cp: number }
  | { op: 'set'; re: RegExp; memo: Map<number, boolean> }
  | { op: 'any'; dotAll: boolean }
  | { op: 'split'; x: number; y: number }
  | { op: 'jmp'; x: number }
  | { op: 'save'; n: number }
  | { op: 'assert'; kind: 'bol' | 'eol' | 'bot' | 'eot' | 'word' | 'nonword' }
  | { op: 'match' };

const MAX_PROGRAM = 100_000;

/**
 * Every instruction with every field, so the matching loops see one object shape (V8 keeps
 * property access monomorphic and fast).
 */
interface FlatInst {
  op: Inst['op'];
  cp: number;
  lower: string;
  upper: string;
  re: RegExp | null;
  memo: Map<number, boolean> | null;
  dotAll: boolean;
  x: number;
  y: number;
  n: number;
  kind: 'bol' | 'eol' | 'bot' | 'eot' | 'word' | 'nonword';
}

function flatten(inst: Inst): FlatInst {
  const flat: FlatInst = { op: inst.op, cp: -1, lower: '', upper: '', re: null, memo: null, dotAll: false, x: 0, y: 0, n: 0, kind: 'bol' };
  return Object.assign(flat, inst);
}

function compile(ast: Ast, flags: string): FlatInst[] {
  const prog: Inst[] = [];
  const ignoreCase = flags.includes('i');
  const dotAll = flags.includes('s');
  const setCache = new Map<string, RegExp>();
  const emit = (inst: Inst): number => {
    if (prog.length >= MAX_PROGRAM) throw new Error('regex-vm: pattern too large');
    prog.push(inst);
    return prog.length - 1;
  };
  const gen = (node: Ast): void => {
    switch (node.t) {
      case 'char': {
        if (ignoreCase) {
          const ch = String.fromCodePoint(node.cp);
          emit({ op: 'cpi', cp: node.cp, lower: ch.toLowerCase(), upper: ch.toUpperCase() });
        } else {
          emit({ op: 'cp', cp: node.cp });
        }
        return;
      }
      case 'set': {
        let re = setCache.get(node.src);
        if (!re) {
          re = new RegExp(`^${node.src}$`, ignoreCase ? 'iu' : 'u');
          setCache.set(node.src, re);
        }
        emit({ op: 'set', re, memo: new Map() });
        return;
      }
      case 'any':
        emit({ op: 'any', dotAll });
        return;
      case 'assert':
        emit({ op: 'assert', kind: node.kind });
        return;
      case 'group':
        if (node.index === undefined) {
          gen(node.node);
          return;
        }
        emit({ op: 'save', n: node.index * 2 });
        gen(node.node);
        emit({ op: 'save', n: node.index * 2 + 1 });
        return;
      case 'cat':
        for (const n of node.nodes) gen(n);
        return;
      case 'alt': {
        const jumps: number[] = [];
        for (let k = 0; k < node.nodes.length; k++) {
          if (k < node.nodes.length - 1) {
            const split = emit({ op: 'split', x: 0, y: 0 });
            (prog[split] as { x: number }).x = prog.length;
            gen(node.nodes[k]!);
            jumps.push(emit({ op: 'jmp', x: 0 }));
            (prog[split] as { y: number }).y = prog.length;
          } else {
            gen(node.nodes[k]!);
          }
        }
        for (const j of jumps) (prog[j] as { x: number }).x = prog.length;
        return;
      }
      case 'rep': {
        for (let k = 0; k < node.min; k++) gen(node.node);
        if (node.max === Infinity) {
          // L: split body, out ; body ; jmp L
          const split = emit({ op: 'split', x: 0, y: 0 });
          const body = prog.length;
          gen(node.node);
          emit({ op: 'jmp', x: split });
          const out = prog.length;
          prog[split] = node.greedy ? { op: 'split', x: body, y: out } : { op: 'split', x: out, y: body };
          return;
        }
        const splits: number[] = [];
        for (let k = node.min; k < node.max; k++) {
          const split = emit({ op: 'split', x: 0, y: 0 });
          splits.push(split);
          const body = prog.length;
          gen(node.node);
          (prog[split] as { x: number; y: number }).x = body;
        }
        const out = prog.length;
        for (const s of splits) {
          const body = (prog[s] as { x: number }).x;
          prog[s] = node.greedy ? { op: 'split', x: body, y: out } : { op: 'split', x: out, y: body };
        }
        return;
      }
    }
  };
  emit({ op: 'save', n: 0 });
  gen(ast);
  emit({ op: 'save', n: 1 });
  emit({ op: 'match' });
  return prog.map(flatten);
}

const MEMO_LIMIT = 4096;

/** Whether a character instruction accepts code point `cp`. */
function consumes(inst: FlatInst, cp: number): boolean {
  switch (inst.op) {
    case 'cp':
      return cp === inst.cp;
    case 'cpi': {
      if (cp === inst.cp) return true;
      const ch = String.fromCodePoint(cp);
      return ch.toLowerCase() === inst.lower || ch.toUpperCase() === inst.upper;
    }
    case 'any':
      return inst.dotAll || cp !== 10;
    case 'set': {
      const memo = inst.memo!;
      let hit = memo.get(cp);
      if (hit === undefined) {
        hit = inst.re!.test(String.fromCodePoint(cp));
        if (memo.size < MEMO_LIMIT) memo.set(cp, hit);
      }
      return hit;
    }
    default:
      return false;
  }
}

function isWordChar(cp: number | undefined): boolean {
  return cp !== undefined && ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95);
}

export class VmRegex {
  private readonly prog: FlatInst[];
  readonly groupCount: number;
  readonly groupNames: (string | undefined)[];
  private readonly multiline: boolean;
  private work?: { a: Int32Array; b: Int32Array; mark: Int32Array; stack: Int32Array; generation: number };

  constructor(source: string, flags: string) {
    const parser = new SourceParser(source);
    const ast = parser.parse();
    this.groupCount = parser.groupCount;
    this.groupNames = parser.names;
    this.prog = compile(ast, flags);
    this.multiline = flags.includes('m');
  }

  /**
   * Leftmost-first match starting the search at UTF-16 offset `from`. Without `captures` only
   * the start and end of the match are tracked (faster; enough for a yes/no test).
   */
  exec(text: string, from: number, captures = true): VmMatch | undefined {
    const nslots = captures ? (this.groupCount + 1) * 2 : 2;
    const prog = this.prog;
    let clist: { pc: number; slots: number[] }[] = [];
    let nlist: { pc: number; slots: number[] }[] = [];
    let matched: number[] | undefined;
    const mark = new Int32Array(prog.length).fill(-1);
    let generation = 0;

    const assertOk = (kind: string, pos: number): boolean => this.assertAt(kind, text, pos);
    const add = (list: { pc: number; slots: number[] }[], pc: number, slots: number[], pos: number): void => {
      if (mark[pc] === generation) return;
      mark[pc] = generation;
      const inst = prog[pc]!;
      switch (inst.op) {
        case 'jmp':
          add(list, inst.x, slots, pos);
          return;
        case 'split':
          add(list, inst.x, slots, pos);
          add(list, inst.y, slots, pos);
          return;
        case 'save': {
          if (inst.n >= nslots) {
            add(list, pc + 1, slots, pos);
            return;
          }
          const copy = slots.slice();
          copy[inst.n] = pos;
          add(list, pc + 1, copy, pos);
          return;
        }
        case 'assert':
          if (assertOk(inst.kind, pos)) add(list, pc + 1, slots, pos);
          return;
        default:
          list.push({ pc, slots });
      }
    };

    const empty = new Array<number>(nslots).fill(-1);
    let pos = from;
    generation++;
    add(clist, 0, empty, pos);
    for (;;) {
      const cp = pos < text.length ? text.codePointAt(pos)! : undefined;
      const width = cp === undefined ? 0 : cp > 0xffff ? 2 : 1;
      generation++;
      nlist = [];
      for (const th of clist) {
        const inst = prog[th.pc]!;
        if (inst.op === 'match') {
          matched = th.slots;
          break; // threads of lower priority are cut
        }
        if (cp !== undefined && consumes(inst, cp)) add(nlist, th.pc + 1, th.slots, pos + width);
      }
      if (cp === undefined) break;
      pos += width;
      if (matched === undefined) add(nlist, 0, empty, pos);
      else if (nlist.length === 0) break;
      clist = nlist;
    }
    return matched ? { index: matched[0]!, slots: matched } : undefined;
  }

  /** Whether the pattern matches anywhere in `text` (no submatch tracking: the fastest path). */
  matches(text: string): boolean {
    const prog = this.prog;
    const size = prog.length;
    // Work arrays are allocated once per pattern (allocation dominated the cost of short
    // inputs); matching is synchronous, so reusing them is safe.
    this.work ??= {
      a: new Int32Array(size),
      b: new Int32Array(size),
      mark: new Int32Array(size).fill(-1),
      stack: new Int32Array(size * 2 + 2),
      generation: 0,
    };
    const work = this.work;
    if (work.generation > 0x3fffffff) {
      work.mark.fill(-1);
      work.generation = 0;
    }
    let clist = work.a;
    let nlist = work.b;
    let ccount = 0;
    let ncount = 0;
    const mark = work.mark;
    let generation = work.generation;
    const stack = work.stack;
    const addTo = (list: Int32Array, count: number, start: number, pos: number): number => {
      // Iterative depth-first closure that keeps the priority order of a recursive one.
      let sp = 0;
      stack[sp++] = start;
      while (sp > 0) {
        const pc = stack[--sp]!;
        if (mark[pc] === generation) continue;
        mark[pc] = generation;
        const inst = prog[pc]!;
        switch (inst.op) {
          case 'jmp':
            stack[sp++] = inst.x;
            break;
          case 'split':
            stack[sp++] = inst.y;
            stack[sp++] = inst.x;
            break;
          case 'save':
            stack[sp++] = pc + 1;
            break;
          case 'assert':
            if (this.assertAt(inst.kind, text, pos)) stack[sp++] = pc + 1;
            break;
          default:
            list[count++] = pc;
        }
      }
      return count;
    };
    let pos = 0;
    generation++;
    ccount = addTo(clist, 0, 0, pos);
    for (;;) {
      const cp = pos < text.length ? text.codePointAt(pos)! : undefined;
      const width = cp === undefined ? 0 : cp > 0xffff ? 2 : 1;
      generation++;
      ncount = 0;
      for (let k = 0; k < ccount; k++) {
        const pc = clist[k]!;
        const inst = prog[pc]!;
        if (inst.op === 'match') {
          work.generation = generation;
          return true;
        }
        if (cp !== undefined && consumes(inst, cp)) ncount = addTo(nlist, ncount, pc + 1, pos + width);
      }
      if (cp === undefined) {
        work.generation = generation;
        return false;
      }
      pos += width;
      ncount = addTo(nlist, ncount, 0, pos);
      const swap = clist;
      clist = nlist;
      nlist = swap;
      ccount = ncount;
    }
  }

  private assertAt(kind: string, text: string, pos: number): boolean {
    switch (kind) {
      case 'bol':
        return pos === 0 || (this.multiline && text.charCodeAt(pos - 1) === 10);
      case 'eol':
        return pos === text.length || (this.multiline && text.charCodeAt(pos) === 10);
      case 'bot':
        return pos === 0;
      case 'eot':
        return pos === text.length;
      default: {
        const prev = pos <= 0 ? undefined : text.codePointAt(pos >= 2 && text.charCodeAt(pos - 1) >= 0xdc00 && text.charCodeAt(pos - 1) <= 0xdfff ? pos - 2 : pos - 1);
        const a = isWordChar(prev);
        const b = isWordChar(pos < text.length ? text.codePointAt(pos) : undefined);
        return kind === 'word' ? a !== b : a === b;
      }
    }
  }
}
