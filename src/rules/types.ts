import type { LocalizedText } from '../i18n/lang.js';
import type { Category, LegalBasis, Severity } from '../findings/types.js';

/** Where a rule was defined, for errors and `rules show`. */
export interface RuleSource {
  file: string;
  line: number;
}

/** The metadata every rule carries, whatever engine evaluates it (YAML rules, Rego). */
export interface RuleMeta {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** The default finding message; `{param}` placeholders are filled per finding. */
  message: LocalizedText;
  category: Category;
  severity: Severity;
  legal_basis: LegalBasis[];
  remediation: LocalizedText;
  references: string[];
  tags: string[];
  engine: 'yaml' | 'rego';
  source: RuleSource;
}
