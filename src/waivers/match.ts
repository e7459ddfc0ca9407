import { resolve } from 'node:path';
import type { Finding } from '../findings/types.js';
import type { Waiver } from './types.js';

/** True when `target` is a JSON pointer rather than a fingerprint. */
export function isPointerTarget(target: string): boolean {
  return target.startsWith('/');
}

/**
 * Does this waiver cover this finding? Same rule; the same plan when the waiver names one; and either
 * the finding's fingerprint, or a pointer at the finding's node or one of its ancestors.
 */
export function waiverMatches(waiver: Waiver, finding: Finding, cwd: string): boolean {
  if (waiver.rule !== finding.rule_id) return false;
  if (waiver.plan !== undefined && resolve(cwd, finding.location.file) !== waiver.plan) return false;
  if (!isPointerTarget(waiver.target)) return waiver.target === finding.fingerprint;
  const pointer = finding.target_pointer;
  return pointer === waiver.target || pointer.startsWith(`${waiver.target}/`);
}
