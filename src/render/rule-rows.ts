/** The rules as every format lists them: id, the severity in effect, and what each one finds. */

import type { RuleSetting } from '../model/config.js';
import type { RuleMeta } from '../rules/meta.js';
import type { RulesResult } from './results.js';

export interface RuleRow {
  rule: RuleMeta;
  /** The configuration's severity, or the rule's default. */
  severity: RuleSetting;
  /** The configuration sets a severity other than the default. */
  changed: boolean;
}

export function ruleRows({ rules, configured }: RulesResult): RuleRow[] {
  return rules.map((rule) => {
    const setting = configured[rule.id];
    return { rule, severity: setting ?? rule.defaultSeverity, changed: setting !== undefined && setting !== rule.defaultSeverity };
  });
}
