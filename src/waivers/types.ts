/** One waiver as written in a waivers file, with where it was written. */
export interface Waiver {
  id: string;
  rule: string;
  /** A JSON pointer (starts with `/`) or a finding fingerprint (hex). */
  target: string;
  /** Only this plan (absolute path), when the waiver names one. */
  plan?: string;
  justification: string;
  owner: string;
  approved_by: string;
  approved_on: string;
  expires_on: string;
  source: { file: string; line: number; column: number };
}

/** Whether a waiver applies on a given day. */
export type WaiverStanding = 'in_force' | 'expired';
