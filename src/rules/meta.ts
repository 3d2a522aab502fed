/** What every rule is, whichever part of worklog reports it: an id, a default severity and a description. */

import type { Severity } from '../model/diagnostic.js';
import type { RuleId } from '../model/finding-data.js';

export interface RuleMeta {
  id: RuleId;
  /** The severity a finding has unless the configuration sets another; `off` rules run only when turned on. */
  defaultSeverity: Severity | 'off';
  /** One sentence on what the rule finds. */
  description: string;
  /** Its findings may carry an edit that `check --fix` makes. */
  fixable?: true;
}
