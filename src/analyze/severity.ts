/** The severity a rule's findings get in a run: apart from the rule engine, so that reading logs does not load every analysis. */

import type { WorklogConfig } from '../model/config.js';
import type { RuleId } from '../model/finding-data.js';
import { defaultSeverity } from '../rules/catalog.js';

/** The severity a rule's findings get in this run: the configuration's, else the catalog's default. */
export function severityIn(config: WorklogConfig, ruleId: RuleId) {
  return config.rules[ruleId] ?? defaultSeverity(ruleId);
}
