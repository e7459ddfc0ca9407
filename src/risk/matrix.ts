import { type Level, type RiskLevel, LEVELS } from './scales.js';
import type { Severity } from '../findings/types.js';

/**
 * A likelihood x impact lookup table plus the acceptance criteria that turn risk into a decision.
 * `cells[impact - 1][likelihood - 1]` is the risk level; the table is judgement, never a product.
 */
export interface RiskMatrix {
  name: string;
  cells: RiskLevel[][];
  /** A residual risk at or above this level blocks the plan (no-go). */
  no_go_at: RiskLevel;
  /** An open finding of this severity or worse blocks the plan (no-go); `never` disables the check. */
  block_open_severity: Severity | 'never';
  /** Where the matrix came from (file and sha256), for the method section of reports. */
  source: { file: string; sha256: string };
}

export function lookupRisk(matrix: RiskMatrix, likelihood: Level, impact: Level): RiskLevel {
  const row = matrix.cells[impact - 1];
  const cell = row?.[likelihood - 1];
  if (cell === undefined) throw new Error(`risk matrix has no cell for likelihood ${likelihood}, impact ${impact}`);
  return cell;
}

/** Every (likelihood, impact) pair, impact from highest to lowest, as heat maps draw them. */
export function matrixCells(): Array<{ likelihood: Level; impact: Level }> {
  const out: Array<{ likelihood: Level; impact: Level }> = [];
  for (const impact of [...LEVELS].reverse()) for (const likelihood of LEVELS) out.push({ likelihood, impact });
  return out;
}
