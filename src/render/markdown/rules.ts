/** `worklog rules` as markdown: one list item per rule, each with the anchor links point at (`#rule-schedule-overlap`). */

import { ruleAnchor } from '../../rules/catalog.js';
import type { RulesResult } from '../results.js';
import { ruleRows } from '../rule-rows.js';
import { wrapDocument } from './wrap.js';

// A list rather than a table: a description is a sentence or two, and a table row cannot wrap to 80 columns.
// Descriptions are worklog's own words, markdown included, so they go in as written.
export function renderRulesMarkdown(result: RulesResult): string {
  const lines = ruleRows(result).map(({ rule, severity, changed }) => {
    const shown = changed ? `${severity} (default ${rule.defaultSeverity})` : severity;
    return `- <a id="${ruleAnchor(rule.id)}"></a>**\`${rule.id}\`** · ${shown}${rule.fixable ? ' · fixable' : ''}: ${rule.description}`;
  });
  return `${wrapDocument(lines.join('\n'))}\n`;
}
