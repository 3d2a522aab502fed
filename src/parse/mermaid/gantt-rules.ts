/** The gantt lint rules: their ids, severities and what each one finds. */

import type { Severity } from '../../model/diagnostic.js';

export interface GanttRule {
  id: string;
  severity: Severity;
  description: string;
}

// Error severity means mermaid draws no chart at all (it shows a syntax error instead); warnings are charts drawn other than written.
export const ganttRules = [
  { id: 'gantt/syntax-error', severity: 'error', description: 'a token mermaid\'s gantt grammar has no place for (a name starting with a date, `gantt`, `click` or `accDescription`, a task without a name or data, a chart not starting with `gantt`)' },
  { id: 'gantt/missing-colon', severity: 'error', description: 'a line that is neither a setting nor a task `name : data`, including the rest of a line cut at `#` or `;`' },
  { id: 'gantt/field-count', severity: 'error', description: 'task data with more than three fields after its tags, or with only tags' },
  { id: 'gantt/invalid-start', severity: 'error', description: 'a start mermaid cannot read at all (`2023-13-01`, or `after` followed by an id that is not ASCII)' },
  { id: 'gantt/no-previous-task', severity: 'error', description: 'a first task that gives only an end or a duration, so it has no task before it to start from' },
  { id: 'gantt/top-axis', severity: 'error', description: 'a `topAxis` line, which mermaid 11.17.2 fails on' },
  { id: 'gantt/endless-exclusion', severity: 'error', description: '`excludes` leaving no day for a task to end on' },
  { id: 'gantt/invalid-end', severity: 'warning', description: 'an end that is neither a date in the dateFormat nor a duration: the task is drawn zero-length' },
  { id: 'gantt/date-fallback', severity: 'warning', description: 'a start read through the browser\'s date parser (as UTC, or rolled over like `2023-02-30` into March)' },
  { id: 'gantt/unknown-id', severity: 'warning', description: 'an `after`/`until` id that names no task: mermaid uses the day the chart is viewed' },
  { id: 'gantt/no-date-format', severity: 'warning', description: 'a chart without a `dateFormat` line: starts are read as UTC and end dates are not read at all' },
  { id: 'gantt/cut-data', severity: 'warning', description: '`;` or `#` inside task data: the rest of the line is cut off, or `#name;` is kept as an HTML character code' },
  { id: 'gantt/percent-comment', severity: 'warning', description: 'a line mermaid drops as a comment because its second character is `%`' },
  { id: 'gantt/keyword-name', severity: 'warning', description: 'a task name starting with a keyword (`Title`, `Section`, `Excludes`, `Weekend friday` …), read as that statement' },
  { id: 'gantt/swallowed-line', severity: 'warning', description: 'a keyword with nothing after it on its line, which takes the next line as its value' },
  { id: 'gantt/end-before-start', severity: 'warning', description: 'a task that ends before it starts: mermaid draws no bar' },
] as const satisfies readonly GanttRule[];

export type GanttRuleId = (typeof ganttRules)[number]['id'];

/** The severity of a gantt rule. */
export function ganttSeverity(id: GanttRuleId): Severity {
  return ganttRules.find((rule) => rule.id === id)?.severity ?? 'warning';
}
