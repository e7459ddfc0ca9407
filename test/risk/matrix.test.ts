import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { lookupRisk } from '../../src/risk/matrix.js';
import { loadDefaultMatrix, loadMatrixFile, parseMatrix } from '../../src/risk/matrix-file.js';

const GOOD = `schema_version: "1"
name: custom
no_go_at: high
block_open_severity: high
cells:
  impact_5: [high, high, very_high, very_high, very_high]
  impact_4: [moderate, high, high, very_high, very_high]
  impact_3: [low, moderate, moderate, high, high]
  impact_2: [very_low, low, low, moderate, moderate]
  impact_1: [very_low, very_low, low, low, low]
`;

function expectError(text: string, id: string, line: number, column?: number): UserError {
  try {
    parseMatrix('m.yaml', text);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    const err = e as UserError;
    expect(err.messageId).toBe(id);
    expect(err.location?.file).toBe('m.yaml');
    expect(err.location?.line).toBe(line);
    if (column !== undefined) expect(err.location?.column).toBe(column);
    return err;
  }
  throw new Error('expected a UserError');
}

describe('default risk matrix', () => {
  const m = loadDefaultMatrix();

  it('looks cells up from the table', () => {
    expect(lookupRisk(m, 1, 1)).toBe('very_low');
    expect(lookupRisk(m, 5, 5)).toBe('very_high');
    expect(lookupRisk(m, 3, 3)).toBe('moderate');
    expect(lookupRisk(m, 4, 5)).toBe('very_high');
    expect(lookupRisk(m, 3, 4)).toBe('high');
  });

  it('is not a product of its axes: severe impact outranks frequent trivia', () => {
    // likelihood 1 x impact 5 and likelihood 5 x impact 1 have the same product but differ.
    expect(lookupRisk(m, 1, 5)).toBe('moderate');
    expect(lookupRisk(m, 5, 1)).toBe('low');
    // 2x4 = 4x2 = 8, yet impact weighs more.
    expect(lookupRisk(m, 2, 4)).toBe('moderate');
    expect(lookupRisk(m, 4, 2)).toBe('moderate');
    expect(lookupRisk(m, 3, 5)).toBe('high');
    expect(lookupRisk(m, 5, 3)).toBe('high');
  });

  it('carries its acceptance criteria and source hash', () => {
    expect(m.no_go_at).toBe('very_high');
    expect(m.block_open_severity).toBe('critical');
    expect(m.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('custom matrix files', () => {
  it('loads a valid file', () => {
    const m = parseMatrix('m.yaml', GOOD);
    expect(m.name).toBe('custom');
    expect(lookupRisk(m, 1, 5)).toBe('high');
    expect(m.no_go_at).toBe('high');
  });

  it('reads from disk and reports a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-matrix-'));
    const file = join(dir, 'm.yaml');
    writeFileSync(file, GOOD);
    expect(loadMatrixFile(file).source.file).toBe(file);
    expect(() => loadMatrixFile(join(dir, 'missing.yaml'))).toThrow(expect.objectContaining({ messageId: 'risk.matrix.not_found' }));
  });

  it('rejects an unknown top-level key with its line', () => {
    expectError(GOOD.replace('name: custom', 'name: custom\ncolour: red'), 'risk.matrix.unknown_key', 3, 1);
  });

  it('rejects an unknown row', () => {
    expectError(GOOD.replace('impact_1:', 'impact_6:'), 'risk.matrix.unknown_key', 10, 3);
  });

  it('rejects a bad level with the cell position', () => {
    const err = expectError(GOOD.replace('impact_3: [low, moderate', 'impact_3: [low, medium'), 'risk.matrix.bad_level', 8, 19);
    expect(err.text.en).toContain('"medium"');
    expect(err.text.zh).toContain('medium');
  });

  it('rejects a short row', () => {
    expectError(GOOD.replace('impact_2: [very_low, low, low, moderate, moderate]', 'impact_2: [very_low, low]'), 'risk.matrix.bad_row', 9, 13);
  });

  it('rejects risk that falls as likelihood rises', () => {
    expectError(GOOD.replace('impact_2: [very_low, low, low, moderate, moderate]', 'impact_2: [very_low, low, low, moderate, low]'), 'risk.matrix.not_monotonic_likelihood', 9);
  });

  it('rejects risk that falls as impact rises', () => {
    expectError(GOOD.replace('impact_5: [high, high,', 'impact_5: [very_low, high,'), 'risk.matrix.not_monotonic_impact', 6);
  });

  it('rejects missing keys, rows, a bad version, bad criteria and bad YAML', () => {
    expectError(GOOD.replace('no_go_at: high\n', ''), 'risk.matrix.missing_key', 1);
    expectError(GOOD.replace(/  impact_1:.*\n/, ''), 'risk.matrix.missing_key', 6);
    expectError(GOOD.replace('schema_version: "1"', 'schema_version: "2"'), 'risk.matrix.bad_version', 1, 17);
    expectError(GOOD.replace('no_go_at: high', 'no_go_at: extreme'), 'risk.matrix.bad_level', 3, 11);
    expectError(GOOD.replace('block_open_severity: high', 'block_open_severity: major'), 'risk.matrix.bad_severity', 4);
    expectError(GOOD.replace('name: custom', 'name: ""'), 'risk.matrix.bad_name', 2);
    expectError('cells: [1, 2\n', 'risk.matrix.yaml_syntax', 2);
    expectError('- a\n- b\n', 'risk.matrix.not_mapping', 1);
    expectError(GOOD.replace('name: custom', 'name: custom\nname: again'), 'risk.matrix.yaml_syntax', 3);
  });
});
