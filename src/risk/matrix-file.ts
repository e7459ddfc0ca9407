import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { UserError } from '../errors/user-error.js';
import { SEVERITIES } from '../findings/types.js';
import type { RiskMatrix } from './matrix.js';
import { RISK_LEVELS, RISK_RANK, type RiskLevel, isRiskLevel } from './scales.js';
import './messages.js';

/** The shipped default matrix. */
export const DEFAULT_MATRIX_FILE = fileURLToPath(new URL('../../policies/risk/risk-matrix.yaml', import.meta.url));

const KEYS = ['schema_version', 'name', 'no_go_at', 'block_open_severity', 'cells'] as const;
const ROWS = ['impact_1', 'impact_2', 'impact_3', 'impact_4', 'impact_5'] as const;

let defaultMatrix: RiskMatrix | undefined;

/** The default matrix, loaded once. */
export function loadDefaultMatrix(): RiskMatrix {
  defaultMatrix ??= loadMatrixFile(DEFAULT_MATRIX_FILE, 'policies/risk/risk-matrix.yaml');
  return defaultMatrix;
}

/** Reads and validates a risk-matrix YAML file; every mistake is a UserError with file:line:column. */
export function loadMatrixFile(file: string, displayName = file): RiskMatrix {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('risk.matrix.not_found', { file: displayName }, { file: displayName });
    throw new UserError('risk.matrix.unreadable', { file: displayName, reason: code ?? String(error) }, { file: displayName });
  }
  return parseMatrix(displayName, text);
}

/** Parses risk-matrix YAML text; `file` names the source in errors. */
export function parseMatrix(file: string, text: string): RiskMatrix {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (node: unknown) => {
    const offset = (node as YamlNode | null)?.range?.[0] ?? 0;
    const pos = lines.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const pos = lines.linePos(error.pos[0]);
    const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?.*$/, '');
    throw new UserError('risk.matrix.yaml_syntax', { detail }, { file, line: pos.line, column: pos.col });
  }
  const root = doc.contents;
  if (!isMap(root)) throw new UserError('risk.matrix.not_mapping', {}, at(root));

  const fields = new Map<string, { key: unknown; value: unknown }>();
  for (const item of root.items) {
    if (!isPair(item)) continue;
    const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new UserError('risk.matrix.unknown_key', { key, allowed: KEYS.join(', ') }, at(item.key));
    }
    fields.set(key, { key: item.key, value: item.value });
  }
  for (const key of KEYS) if (!fields.has(key)) throw new UserError('risk.matrix.missing_key', { key }, at(root));

  const version = fields.get('schema_version')!.value;
  if (!isScalar(version) || String(version.value) !== '1') {
    throw new UserError('risk.matrix.bad_version', { value: isScalar(version) ? String(version.value) : '?' }, at(version));
  }
  const nameNode = fields.get('name')!.value;
  if (!isScalar(nameNode) || typeof nameNode.value !== 'string' || nameNode.value.trim() === '') {
    throw new UserError('risk.matrix.bad_name', {}, at(nameNode));
  }
  const noGoNode = fields.get('no_go_at')!.value;
  const noGo = scalarValue(noGoNode);
  if (!isRiskLevel(noGo)) throw new UserError('risk.matrix.bad_level', { value: String(noGo), allowed: RISK_LEVELS.join(', ') }, at(noGoNode));
  const blockNode = fields.get('block_open_severity')!.value;
  const block = scalarValue(blockNode);
  const severities = [...SEVERITIES, 'never'] as const;
  if (typeof block !== 'string' || !(severities as readonly string[]).includes(block)) {
    throw new UserError('risk.matrix.bad_severity', { value: String(block), allowed: severities.join(', ') }, at(blockNode));
  }

  const cellsNode = fields.get('cells')!.value;
  if (!isMap(cellsNode)) throw new UserError('risk.matrix.missing_key', { key: 'cells: {impact_1 .. impact_5}' }, at(cellsNode ?? fields.get('cells')!.key));
  const rows = new Map<string, { node: unknown; levels: RiskLevel[] }>();
  for (const item of cellsNode.items) {
    if (!isPair(item)) continue;
    const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
    if (!(ROWS as readonly string[]).includes(key)) {
      throw new UserError('risk.matrix.unknown_key', { key: `cells.${key}`, allowed: ROWS.join(', ') }, at(item.key));
    }
    if (!isSeq(item.value) || item.value.items.length !== 5) throw new UserError('risk.matrix.bad_row', { row: key }, at(item.value ?? item.key));
    const levels: RiskLevel[] = [];
    for (const cell of item.value.items) {
      const value = scalarValue(cell);
      if (!isRiskLevel(value)) throw new UserError('risk.matrix.bad_level', { value: String(value), allowed: RISK_LEVELS.join(', ') }, at(cell));
      levels.push(value);
    }
    rows.set(key, { node: item.key, levels });
  }
  for (const row of ROWS) if (!rows.has(row)) throw new UserError('risk.matrix.missing_key', { key: `cells.${row}` }, at(cellsNode));

  const cells = ROWS.map((row) => rows.get(row)!.levels);
  checkMonotonic(cells, (row) => at(rows.get(ROWS[row]!)!.node));
  return {
    name: nameNode.value,
    cells,
    no_go_at: noGo,
    block_open_severity: block as RiskMatrix['block_open_severity'],
    source: { file, sha256: createHash('sha256').update(text).digest('hex') },
  };
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** Risk may never fall as likelihood or impact rises: such a table is a typo, not a judgement. */
function checkMonotonic(cells: RiskLevel[][], where: (row: number) => { file: string; line: number; column: number }): void {
  for (let i = 0; i < 5; i++) {
    for (let l = 1; l < 5; l++) {
      if (RISK_RANK[cells[i]![l]!] < RISK_RANK[cells[i]![l - 1]!]) {
        throw new UserError('risk.matrix.not_monotonic_likelihood', { row: ROWS[i], from: l, to: l + 1 }, where(i));
      }
    }
  }
  for (let l = 0; l < 5; l++) {
    for (let i = 1; i < 5; i++) {
      if (RISK_RANK[cells[i]![l]!] < RISK_RANK[cells[i - 1]![l]!]) {
        throw new UserError('risk.matrix.not_monotonic_impact', { likelihood: l + 1, from: i, to: i + 1 }, where(i));
      }
    }
  }
}
