/** One accepted finding, as stored in a baseline file. */
export interface BaselineEntry {
  /** The plan, relative to the baseline file's folder, POSIX separators. */
  file: string;
  fingerprint: string;
  rule_id: string;
  pointer: string;
  /** The `--now` date the finding was first baselined (absent when the baseline was made without `--now`). */
  first_seen?: string;
}

export interface BaselineFile {
  schema_version: '1';
  entries: BaselineEntry[];
}

/** A loaded baseline: its entries and the folder their `file` paths are relative to. */
export interface Baseline {
  file: string;
  dir: string;
  entries: BaselineEntry[];
}
