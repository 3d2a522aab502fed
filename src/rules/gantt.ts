/** The gantt lint's rules: what mermaid refuses to draw (errors) or draws other than written (warnings). */

import type { RuleMeta } from './meta.js';

// Errors: mermaid draws no chart at all (it shows a syntax error instead), or draws no bar for a task; warnings: a chart drawn other than written.
export const ganttRules = [
  { id: 'gantt/syntax-error', defaultSeverity: 'error', description: 'A token mermaid\'s gantt grammar has no place for (a name starting with a date, `gantt`, `click` or `accDescription`, a task without a name or data, a chart not starting with `gantt`).' },
  { id: 'gantt/missing-colon', defaultSeverity: 'error', description: 'A line that is neither a setting nor a task `name : data`, including the rest of a line cut at `#` or `;`.' },
  { id: 'gantt/field-count', defaultSeverity: 'error', description: 'Task data with more than three fields after its tags, or with only tags.' },
  { id: 'gantt/invalid-start', defaultSeverity: 'error', description: 'A start mermaid cannot read at all (`2023-13-01`, or `after` followed by an id that is not ASCII).' },
  { id: 'gantt/no-previous-task', defaultSeverity: 'error', description: 'A first task that gives only an end or a duration, so it has no task before it to start from.' },
  { id: 'gantt/top-axis', defaultSeverity: 'error', description: 'A `topAxis` line, which mermaid 11.17.2 fails on.' },
  { id: 'gantt/endless-exclusion', defaultSeverity: 'error', description: '`excludes` leaving no day for a task to end on.' },
  { id: 'gantt/invalid-end', defaultSeverity: 'warning', description: 'An end that is neither a date in the dateFormat nor a duration: the task is drawn zero-length.' },
  { id: 'gantt/date-fallback', defaultSeverity: 'warning', description: 'A start read through the browser\'s date parser (as UTC, or rolled over like `2023-02-30` into March).' },
  { id: 'gantt/unknown-id', defaultSeverity: 'warning', description: 'An `after`/`until` id that names no task: mermaid uses the day the chart is viewed.' },
  { id: 'gantt/no-date-format', defaultSeverity: 'warning', description: 'A chart without a `dateFormat` line: starts are read as UTC and end dates are not read at all.' },
  { id: 'gantt/cut-data', defaultSeverity: 'warning', description: '`;` or `#` inside task data: the rest of the line is cut off, or `#name;` is kept as an HTML character code.' },
  { id: 'gantt/percent-comment', defaultSeverity: 'warning', description: 'A line mermaid drops as a comment because its second character is `%`.' },
  { id: 'gantt/keyword-name', defaultSeverity: 'warning', description: 'A task name starting with a keyword (`Title`, `Section`, `Excludes`, `Weekend friday` …), read as that statement.' },
  { id: 'gantt/swallowed-line', defaultSeverity: 'warning', description: 'A keyword with nothing after it on its line, which takes the next line as its value.' },
  { id: 'gantt/end-before-start', defaultSeverity: 'warning', description: 'A task that ends before it starts: mermaid draws no bar.' },
  { id: 'gantt/after-cycle', defaultSeverity: 'error', description: 'Tasks whose `after`/`until` references go round in a circle (or wait on one, or chain back further than mermaid follows): mermaid gives them no dates and draws no bar for them.' },
] as const satisfies readonly RuleMeta[];

export type GanttRuleId = (typeof ganttRules)[number]['id'];
