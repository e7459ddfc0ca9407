import { UserError, UserErrors } from '../errors/user-error.js';
import type { Severity } from '../findings/types.js';
import { closestMatch } from '../plan/suggest.js';
import type { RuleMeta } from '../rules/types.js';
import type { Profile, ResolvedConfig, RuleSelector, RuleSetting, SettingOrigin } from './types.js';
import './messages.js';

/** What `runLint` needs: the rule ids to run (all when undefined) and per-rule off/severity settings. */
export interface RuleSelection {
  onlyRules?: string[];
  ruleSettings: Record<string, RuleSetting>;
}

function matches(rule: RuleMeta, selector: RuleSelector): boolean {
  return (
    (selector.ids ?? []).includes(rule.id) ||
    (selector.categories ?? []).includes(rule.category) ||
    (selector.severities ?? []).includes(rule.severity)
  );
}

/**
 * Decides which rules run and at what severity. Precedence, highest first: the config's `rules`
 * (`off` drops a rule; a severity sets it and also runs a rule the profile left out), then the
 * profile (`include`/`exclude` by id, category or default severity, then its `severity` overrides),
 * then each rule's own default. Rule ids that no loaded rule has are errors at the line naming them.
 */
export function selectRules(rules: readonly RuleMeta[], profile: Profile | undefined, config: ResolvedConfig): RuleSelection {
  checkIds(rules, [
    ...Object.entries(config.rules).map(([id, s]) => ({ id, origin: s.origin })),
    ...(profile ? Object.entries(profile.severity).map(([id, s]) => ({ id, origin: s.origin })) : []),
    ...(profile?.idOrigins ?? []),
  ]);
  const ruleSettings: Record<string, RuleSetting> = {};
  let onlyRules: string[] | undefined;
  if (profile) {
    onlyRules = rules
      .filter((rule) => (!profile.include || matches(rule, profile.include)) && !(profile.exclude && matches(rule, profile.exclude)))
      .map((rule) => rule.id);
    for (const [id, s] of Object.entries(profile.severity)) ruleSettings[id] = s.severity;
  }
  for (const [id, s] of Object.entries(config.rules)) {
    ruleSettings[id] = s.setting;
    if (s.setting !== 'off' && onlyRules && !onlyRules.includes(id)) onlyRules.push(id);
  }
  if (onlyRules) onlyRules.sort();
  return { ...(onlyRules ? { onlyRules } : {}), ruleSettings };
}

function checkIds(rules: readonly RuleMeta[], named: Array<{ id: string; origin: SettingOrigin }>): void {
  const known = new Set(rules.map((r) => r.id));
  const errors: UserError[] = [];
  for (const { id, origin } of named) {
    if (known.has(id)) continue;
    const suggestion = closestMatch(id, known);
    errors.push(
      new UserError(suggestion ? 'config.unknown_rule' : 'config.unknown_rule_plain', { rule: id, suggestion }, { file: origin.file, line: origin.line, column: origin.column }),
    );
  }
  if (errors.length > 0) throw new UserErrors(errors);
}

/** The effective severity of a rule under a selection (for documentation and `rules list`). */
export function effectiveSeverity(rule: RuleMeta, selection: RuleSelection): Severity | 'off' {
  return selection.ruleSettings[rule.id] ?? rule.severity;
}
