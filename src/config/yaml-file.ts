import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cli/version.js';
import { UserError, UserErrors } from '../errors/user-error.js';
import { t } from '../i18n/catalog.js';
import type { PlanDocument } from '../plan/document.js';
import { parsePlan } from '../plan/load.js';
import { loadPlanSchema } from '../plan/plan-schema.js';
import { collapseCombinators } from '../plan/schema-errors.js';
import { renderSchemaErrors } from '../plan/schema-diagnostics.js';
import { sortDiagnostics, type PlanDiagnostic } from '../plan/diagnostic.js';
import './messages.js';

export type SettingsFileKind = 'config' | 'profile' | 'waivers' | 'baseline';

/** Settings files are small; anything bigger is a mistake. */
const MAX_SETTINGS_BYTES = 8 * 1024 * 1024;

/** A settings file read, parsed with positions, and checked against its schema. */
export interface CheckedFile {
  file: string;
  /** Absent for an empty file (only comments): it means "no settings". */
  document?: PlanDocument;
  data: Record<string, unknown>;
}

export function schemaFileFor(kind: SettingsFileKind): string {
  const name = kind === 'waivers' ? 'waivers' : kind;
  return join(packageRoot(), 'schemas', `${name}.schema.json`);
}

/**
 * Reads a YAML (or JSON) settings file and validates it against `schemas/<kind>.schema.json`.
 * Every problem is a bilingual UserError naming the file, line and column.
 */
export function loadSettingsFile(file: string, kind: SettingsFileKind): CheckedFile {
  const bytes = readSettingsBytes(file, kind);
  const text = Buffer.from(bytes).toString('utf8');
  if (/^\s*$/.test(text.replace(/^\s*#.*$/gm, '')) && kind === 'config') return { file, data: {} };
  const document = parsePlan(file, bytes);
  const problems = checkAgainstSchema(document, kind);
  if (problems.length > 0) throw new UserErrors(problems.map(diagnosticToError));
  return { file, document, data: document.data as Record<string, unknown> };
}

export function readSettingsBytes(file: string, kind: SettingsFileKind): Buffer {
  const kindText = { zh: t(`config.kind.${kind}`, 'zh'), en: t(`config.kind.${kind}`, 'en') };
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UserError('plan.is_directory', { file }, { file });
    if (stat.size > MAX_SETTINGS_BYTES) throw new UserError('plan.too_large', { size: stat.size, limit: MAX_SETTINGS_BYTES }, { file });
    return readFileSync(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw localizedKind('config.not_found', { file }, kindText, file);
    throw localizedKind('config.unreadable', { file, reason: code ?? String(error) }, kindText, file);
  }
}

function localizedKind(id: string, params: Record<string, unknown>, kind: { zh: string; en: string }, file: string): UserError {
  return new UserError(
    'config.schema_problem',
    { detail_zh: t(id, 'zh', { ...params, kind: kind.zh }), detail_en: t(id, 'en', { ...params, kind: kind.en }) },
    { file },
  );
}

export function checkAgainstSchema(document: PlanDocument, kind: SettingsFileKind): PlanDiagnostic[] {
  const schema = loadPlanSchema(schemaFileFor(kind));
  if (schema.validate(document.data)) return [];
  const raw = [...(schema.validate.errors ?? [])];
  return sortDiagnostics(renderSchemaErrors(collapseCombinators(raw, schema), document, schema.schema));
}

export function diagnosticToError(d: PlanDiagnostic): UserError {
  return new UserError(
    'config.schema_problem',
    { detail_zh: d.text.zh, detail_en: d.text.en },
    { file: d.file, line: d.line, column: d.column, pointer: d.pointer },
  );
}

/** A located UserError at a pointer of a checked file. */
export function errorAt(checked: CheckedFile, pointer: string, id: string, params: Record<string, unknown>): UserError {
  if (!checked.document) return new UserError(id, params, { file: checked.file });
  const pos = checked.document.positionOf(pointer);
  return new UserError(id, params, { file: checked.file, line: pos.line, column: pos.column, pointer });
}
