/** The markdown parser's diagnostics: each rule id it emits, its severity and what it means. */

import type { Severity } from '../model/diagnostic.js';

export interface ParseRule {
  id: string;
  severity: Severity;
  description: string;
}

export const parseRules: readonly ParseRule[] = [
  { id: 'parse/lenient-checkbox', severity: 'warning', description: 'An item GFM does not render as a task (priority before the box, no space, full-width brackets, no bullet); the message shows the fix.' },
  { id: 'parse/unknown-marker', severity: 'warning', description: 'A checkbox marker worklog does not know; the item is read as open.' },
  { id: 'parse/priority-conflict', severity: 'warning', description: 'An item with two different priorities; the first is used.' },
  { id: 'parse/empty-item', severity: 'warning', description: 'A to-do without text.' },
  { id: 'parse/no-date', severity: 'warning', description: 'The log has no date in its first heading or file name; date-relative analyses are skipped.' },
  { id: 'parse/date-mismatch', severity: 'info', description: "The first heading's date and the file name's date differ; the heading's is used." },
  { id: 'parse/no-cycle', severity: 'info', description: 'A staffing table with no cycle above it; periods are read against the log date.' },
  { id: 'parse/cycle-unresolved', severity: 'warning', description: 'The cycle above a staffing table cannot be read.' },
  { id: 'parse/period-missing', severity: 'warning', description: 'A staffing row without a period.' },
  { id: 'parse/period-unresolved', severity: 'warning', description: 'A staffing period that cannot be read or names a day that does not exist.' },
  { id: 'parse/days-invalid', severity: 'warning', description: 'A days cell that is not a number.' },
  { id: 'parse/person-missing', severity: 'warning', description: 'A staffing row that names nobody.' },
  { id: 'parse/table-cells', severity: 'warning', description: 'A table row with fewer or more cells than its header.' },
  { id: 'parse/unclosed-fence', severity: 'warning', description: 'A code fence that never closes swallows the rest of the file.' },
  { id: 'parse/unknown-diagram', severity: 'info', description: 'A mermaid block whose first statement names no diagram type mermaid knows.' },
  { id: 'schedule/out-of-cycle', severity: 'warning', description: 'A staffing period outside its cycle.' },
];
