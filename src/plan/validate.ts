import { UserError } from '../errors/user-error.js';
import { diagnosticFromUserError, sortDiagnostics, type PlanDiagnostic } from './diagnostic.js';
import type { PlanDocument } from './document.js';
import { loadPlanFile } from './load.js';
import { loadPlanSchema, type CompiledPlanSchema } from './plan-schema.js';
import { checkReferences, collectReferences } from './references.js';
import { collapseCombinators } from './schema-errors.js';
import { renderSchemaErrors } from './schema-diagnostics.js';

export interface ValidateOptions {
  /**
   * The compiled schema, or a function that compiles it on first use (so that a run whose plans
   * all fail to load never pays for compiling); the shipped `schemas/plan.schema.json` when omitted.
   */
  schema?: CompiledPlanSchema | (() => CompiledPlanSchema);
}

/**
 * Checks a loaded plan against the schema, then its ids and references. Returns every problem,
 * located and in both languages, deduplicated and sorted by line and column; empty means valid.
 */
export function validatePlan(doc: PlanDocument, options: ValidateOptions = {}): PlanDiagnostic[] {
  const schema = typeof options.schema === 'function' ? options.schema() : (options.schema ?? loadPlanSchema());
  const diagnostics = schemaDiagnostics(doc, schema);
  const collector = collectReferences(doc.data, schema.schema);
  diagnostics.push(...checkReferences(collector, doc));
  return sortDiagnostics(diagnostics);
}

/**
 * Schema violations only (no id/reference checks), unsorted: for any YAML/JSON document checked
 * against any compiled schema (config, waivers, baselines... load them with `loadPlanSchema(file)`).
 */
export function schemaDiagnostics(doc: PlanDocument, schema: CompiledPlanSchema): PlanDiagnostic[] {
  if (schema.validate(doc.data)) return [];
  const raw = [...(schema.validate.errors ?? [])];
  return renderSchemaErrors(collapseCombinators(raw, schema, doc.data), doc, schema.schema);
}

export interface PlanCheck {
  file: string;
  /** Absent when the file could not be loaded. */
  document?: PlanDocument;
  diagnostics: PlanDiagnostic[];
}

export interface CheckFileOptions extends ValidateOptions {
  maxBytes?: number;
}

/** Loads and validates one file; a file that cannot be loaded yields its load error as the one diagnostic. */
export function checkPlanFile(file: string, options: CheckFileOptions = {}): PlanCheck {
  let document: PlanDocument;
  try {
    document = loadPlanFile(file, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  } catch (error) {
    if (error instanceof UserError) return { file, diagnostics: [diagnosticFromUserError(error, file)] };
    throw error;
  }
  return { file, document, diagnostics: validatePlan(document, options) };
}
