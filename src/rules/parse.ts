/** The markdown parser's rules: everything it had to reject or guess while reading a log. */

import type { RuleMeta } from './meta.js';

export const parseRules = [
  { id: 'parse/lenient-checkbox', defaultSeverity: 'warning', description: 'An item GFM does not render as a task (priority before the box, no space, full-width brackets, no bullet); the message shows the fix.' },
  { id: 'parse/unknown-marker', defaultSeverity: 'warning', description: 'A checkbox marker worklog does not know; the item is read as open. The full-width form of a known or configured marker (`[？]` with `"?": "open"`) is fixed to the standard marker for its status.' },
  { id: 'parse/priority-conflict', defaultSeverity: 'warning', description: 'An item with two different priorities; the first is used.' },
  { id: 'parse/empty-item', defaultSeverity: 'warning', description: 'A to-do without text.' },
  { id: 'parse/impossible-date', defaultSeverity: 'warning', description: 'A date on an item (`📅 2024-13-45`, `DDL 2/30`) that names no day that exists: the item gets no such date, so it is never overdue.' },
  { id: 'parse/no-date', defaultSeverity: 'warning', description: 'The log has no date in its first heading, front matter or file name; date-relative analyses are skipped.' },
  { id: 'parse/date-mismatch', defaultSeverity: 'info', description: "The log's date is written twice and differs (first heading, front matter `date:`, file name); the first of them is used." },
  { id: 'parse/no-cycle', defaultSeverity: 'info', description: 'A staffing table with no cycle above it; periods are read against the log date.' },
  { id: 'parse/cycle-unresolved', defaultSeverity: 'warning', description: 'The cycle above a staffing table cannot be read.' },
  { id: 'parse/period-missing', defaultSeverity: 'warning', description: 'A staffing row without a period.' },
  { id: 'parse/period-unresolved', defaultSeverity: 'warning', description: 'A staffing period that cannot be read or names a day that does not exist.' },
  { id: 'parse/days-invalid', defaultSeverity: 'warning', description: 'A days cell that is not a number.' },
  { id: 'parse/person-missing', defaultSeverity: 'warning', description: 'A staffing row that names nobody.' },
  { id: 'parse/table-cells', defaultSeverity: 'warning', description: 'A row of a staffing table with fewer or more cells than its header (other tables are left to markdown linters), or a table too wide to read.' },
  { id: 'parse/unclosed-fence', defaultSeverity: 'warning', description: 'A code fence that never closes swallows the rest of the file; the message says where it opened and which headings, items, tables and diagrams it swallowed.' },
  { id: 'parse/nesting-limit', defaultSeverity: 'warning', description: 'Lists or block quotes nested deeper than worklog reads (`limits.nestingDepth`); the deeper lines are read as text.' },
  { id: 'parse/unknown-diagram', defaultSeverity: 'info', description: 'A mermaid block whose first statement names no diagram type mermaid knows.' },
] as const satisfies readonly RuleMeta[];

export type ParseRuleId = (typeof parseRules)[number]['id'];
