import { dirname, resolve } from 'node:path';
import { UserErrors, type UserError } from '../errors/user-error.js';
import { errorAt, loadSettingsFile } from '../config/yaml-file.js';
import type { Waiver } from './types.js';

interface RawWaiver {
  id: string;
  rule: string;
  target: string;
  plan?: string;
  justification: string;
  owner: string;
  approved_by: string;
  approved_on: string;
  expires_on: string;
}

/**
 * Reads a waivers file: every field required and checked (schema: `schemas/waivers.schema.json`),
 * ids unique, `approved_on` not after `expires_on`. All problems are reported at once, located.
 */
export function loadWaivers(file: string): Waiver[] {
  const checked = loadSettingsFile(file, 'waivers');
  const raw = (checked.data.waivers ?? []) as RawWaiver[];
  const errors: UserError[] = [];
  const firstLine = new Map<string, number>();
  const waivers: Waiver[] = raw.map((w, i) => {
    const pos = checked.document!.positionOf(`/waivers/${i}`);
    const seen = firstLine.get(w.id);
    if (seen !== undefined) errors.push(errorAt(checked, `/waivers/${i}/id`, 'config.duplicate_waiver_id', { id: w.id, first: seen }));
    else firstLine.set(w.id, pos.line);
    if (w.approved_on > w.expires_on) {
      errors.push(errorAt(checked, `/waivers/${i}/approved_on`, 'config.waiver_dates', { id: w.id, approved_on: w.approved_on, expires_on: w.expires_on }));
    }
    return {
      id: w.id,
      rule: w.rule,
      target: w.target,
      ...(w.plan !== undefined ? { plan: resolve(dirname(file), w.plan) } : {}),
      justification: w.justification,
      owner: w.owner,
      approved_by: w.approved_by,
      approved_on: w.approved_on,
      expires_on: w.expires_on,
      source: { file, line: pos.line, column: pos.column },
    };
  });
  if (errors.length > 0) throw new UserErrors(errors);
  return waivers;
}
