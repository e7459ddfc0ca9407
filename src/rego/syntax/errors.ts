import { UserError } from '../../errors/user-error.js';
import '../messages.js';

/** A position in a Rego source: file and 1-based row/column. */
export interface SourceLocation {
  file: string;
  row: number;
  col: number;
}

/** OPA's error codes, kept so results can be compared with `opa eval` and conformance cases. */
export type RegoErrorCode =
  | 'rego_parse_error'
  | 'rego_compile_error'
  | 'rego_unsafe_var_error'
  | 'rego_recursion_error'
  | 'rego_type_error'
  | 'eval_conflict_error'
  | 'eval_type_error'
  | 'eval_builtin_error'
  | 'eval_sandbox_error'
  | 'eval_limit_error';

/**
 * Any error in a Rego policy or its evaluation: a UserError (printed bilingually with
 * file:line:column, exit code 2) that also carries OPA's error code.
 */
export class RegoError extends UserError {
  constructor(
    readonly code: RegoErrorCode,
    messageId: string,
    params: Record<string, unknown>,
    readonly where?: SourceLocation,
  ) {
    super(messageId, params, where ? (where.row > 0 ? { file: where.file, line: where.row, column: where.col } : { file: where.file }) : undefined);
    this.name = 'RegoError';
  }

  /** OPA-style one-line text: `file:row: code: message`. */
  get opaText(): string {
    const at = this.where ? (this.where.row > 0 ? `${this.where.file}:${this.where.row}: ` : `${this.where.file}: `) : '';
    return `${at}${this.code}: ${this.text.en}`;
  }
}

export class RegoSyntaxError extends RegoError {
  constructor(messageId: string, params: Record<string, unknown>, where: SourceLocation) {
    super('rego_parse_error', messageId, params, where);
  }
}
