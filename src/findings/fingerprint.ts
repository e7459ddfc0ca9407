import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** Marks a node that does not exist, so "missing" and `null` fingerprint differently. */
const MISSING = '\u0000missing';

/**
 * A finding's identity across edits: the rule id, the JSON pointer the rule asked for and the value
 * found there. Lines and columns are deliberately left out, so moving a block of the plan, adding
 * comments or reformatting does not change it; changing the offending value does.
 * 32 hex characters (128 bits) of SHA-256.
 */
export function fingerprint(ruleId: string, pointer: string, value: unknown): string {
  const valueText = value === undefined ? MISSING : canonicalJson(value);
  return createHash('sha256').update(`${ruleId}\u0000${pointer}\u0000${valueText}`).digest('hex').slice(0, 32);
}
