import { UserError, UserErrors } from '../../errors/user-error.js';
import type { PlanDocument } from '../../plan/document.js';
import { compareText } from '../../findings/sort.js';
import '../messages.js';

/**
 * Collects the mistakes found in one rule file, each located by its JSON pointer in the file,
 * so that an author sees every problem of a file at once (sorted by line).
 */
export class RuleProblems {
  private readonly errors: UserError[] = [];

  constructor(readonly doc: Pick<PlanDocument, 'file' | 'positionOf'>) {}

  add(messageId: string, params: Record<string, unknown>, pointer: string): void {
    const position = this.doc.positionOf(pointer);
    this.errors.push(new UserError(messageId, params, { file: this.doc.file, line: position.line, column: position.column, pointer }));
  }

  get count(): number {
    return this.errors.length;
  }

  /** Throws every collected problem (one UserError, or UserErrors for several). */
  throwIfAny(): void {
    if (this.errors.length === 0) return;
    const sorted = [...this.errors].sort(
      (a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0) || compareText(a.messageId, b.messageId),
    );
    if (sorted.length === 1) throw sorted[0]!;
    throw new UserErrors(sorted);
  }
}
