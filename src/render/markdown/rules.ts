/** `worklog rules` as markdown: one table row per rule, each with the anchor links point at (`#rule-schedule-overlap`). */

import { ruleAnchor } from '../../rules/catalog.js';
import type { RulesResult } from '../results.js';
import { ruleRows } from '../rule-rows.js';
import { tableRow } from './table.js';

// Descriptions are worklog's own words, markdown included; only a pipe would break the table.
const tableCell = (text: string): string => text.replace(/\|/g, '\\|');

export function renderRulesMarkdown(result: RulesResult): string {
  const lines = ['| rule | severity | fixable | finds |', '| --- | --- | --- | --- |'];
  for (const { rule, severity, changed } of ruleRows(result)) {
    const shown = changed ? `${severity} (default ${rule.defaultSeverity})` : severity;
    lines.push(tableRow([`<a id="${ruleAnchor(rule.id)}"></a>\`${rule.id}\``, shown, rule.fixable ? 'yes' : '', tableCell(rule.description)]));
  }
  return `${lines.join('\n')}\n`;
}
