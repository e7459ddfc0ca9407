/**
 * Reads the expectations of `examples/README.md`: per example file, the rule ids that must fire,
 * those that must stay quiet and those left for review. A section is a `### ` heading naming the
 * file in backticks; each table row's first cell lists rule ids (a trailing `*` is a prefix, a
 * parenthesis is a remark), and its second cell starts with `*quiet*` or `*for review*` when the
 * rule must not fire or is not asserted.
 */
export interface ExampleExpectation {
  fire: string[];
  quiet: string[];
  review: string[];
}

const RULE_ID = /^[A-Z]+(?:-[A-Z0-9]+)*-(?:\d{3}|\*)$/;

export class ExpectationError extends Error {}

export function parseExampleExpectations(markdown: string): Map<string, ExampleExpectation> {
  const out = new Map<string, ExampleExpectation>();
  let current: ExampleExpectation | undefined;
  const lines = markdown.split(/\r?\n/);
  lines.forEach((line, index) => {
    const heading = /^###\s+(.*)$/.exec(line);
    if (heading) {
      const file = /`([^`]+\.(?:ya?ml|json))`/.exec(heading[1]!)?.[1];
      current = file ? { fire: [], quiet: [], review: [] } : undefined;
      if (file) {
        if (out.has(file)) throw new ExpectationError(`line ${index + 1}: a second section for ${file}`);
        out.set(file, current!);
      }
      return;
    }
    if (/^##\s/.test(line)) current = undefined;
    if (!current || !line.startsWith('|') || /^\|\s*-/.test(line) || /^\|\s*Rule\s*\|/.test(line)) return;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length < 2) throw new ExpectationError(`line ${index + 1}: a table row needs a rule cell and a reason cell`);
    const ids = cells[0]!
      .split(',')
      .map((part) => part.replace(/\(.*?\)/g, '').trim())
      .filter((part) => part !== '');
    for (const id of ids) {
      if (!RULE_ID.test(id)) throw new ExpectationError(`line ${index + 1}: "${id}" is not a rule id`);
    }
    const reason = cells[1]!;
    const bucket = reason.startsWith('*quiet*') ? current.quiet : reason.startsWith('*for review*') ? current.review : current.fire;
    bucket.push(...ids);
  });
  for (const [file, expectation] of out) {
    const both = expectation.fire.filter((id) => matchesAny(id, expectation.quiet));
    if (both.length > 0) throw new ExpectationError(`${file}: ${both.join(', ')} both fire and stay quiet`);
  }
  return out;
}

/** `XBORDER-*` matches every id starting with `XBORDER-`. */
export function matchesAny(id: string, patterns: string[]): boolean {
  return patterns.some((pattern) => (pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : id === pattern));
}
