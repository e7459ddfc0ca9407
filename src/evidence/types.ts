import type { LocalizedText } from '../i18n/lang.js';

/** One document to ask a target for, because the plan lacks a group of fields. */
export interface EvidenceRequest {
  /** The plan's top-level field group the documents would fill (`pi_transfers`, `encryption`...). */
  group: string;
  request: LocalizedText;
  /** The open findings' rules that asked for it, sorted. */
  rule_ids: string[];
  /** The plans concerned, sorted. */
  files: string[];
}
