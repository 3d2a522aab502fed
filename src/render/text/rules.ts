/** `worklog rules` for the terminal: every rule with the severity in effect and what it finds. */

import type { FormatContext } from '../formatter.js';
import type { RulesResult } from '../results.js';
import { ruleRows } from '../rule-rows.js';
import { cell, layoutColumns } from './columns.js';
import { paintSeverity } from './style.js';

export function renderRulesText(result: RulesResult, { style }: FormatContext): string {
  const { chalk } = style;
  const rows = ruleRows(result).map(({ rule, severity, changed }) => [
    cell(rule.id),
    // The cell may be cut to fit: paint the severity word where it stands, the rest stays plain.
    cell(changed ? `${severity} (default ${rule.defaultSeverity})` : severity, (text) => (severity === 'off' ? chalk.gray(text) : text.replace(severity, paintSeverity(style, severity)))),
    cell(rule.fixable ? 'fixable' : ''),
    cell(rule.description, chalk.gray),
  ]);
  return `${layoutColumns(rows, { flexible: 3, width: style.width }).join('\n')}\n`;
}
