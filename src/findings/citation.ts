import type { LegalBasis } from './types.js';

/** True when any citation rests on an unverified [U] source (the finding then says so). */
export function hasUnverifiedBasis(bases: readonly LegalBasis[]): boolean {
  return bases.some((basis) => basis.verification === 'U');
}
