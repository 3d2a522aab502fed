/** What gantt diagnostics share: the context they are reported through, and how messages quote the chart and its dates. */

import type { Diagnostic } from '../../model/diagnostic.js';
import { diagnostic } from '../../rules/diagnostic.js';
import type { GanttRuleId } from '../../rules/gantt.js';
import { formatLocal, type GanttCalendar } from './gantt-dates.js';
import type { GanttToken } from './gantt-lexer.js';
import { positionAt, sourceText, type GanttField, type GanttReading, type GanttStatement } from './gantt-statements.js';
import type { FilePosition } from './prepare.js';

/** How every error message starts: error severity means mermaid draws nothing at all. */
export const refused = 'mermaid cannot draw this chart:';

export interface LintContext {
  reading: GanttReading;
  calendar: GanttCalendar;
  /** Every task id in the chart (for suggesting the id a misspelt reference means). */
  knownIds: string[];
  /** Reports a rule at an offset of the prepared text, or at a place in the file outside it (front matter). */
  report: (ruleId: GanttRuleId, at: number | FilePosition, message: string) => void;
  /** The task statement starting at an offset, looked up once per chart (a line of `;`-separated tasks has thousands). */
  taskAt: (offset: number) => GanttStatement | undefined;
  /** Whether mermaid skips a comment starting at an offset. */
  skippedAt: (offset: number) => boolean;
}

/** A context that collects its diagnostics into `diagnostics`. */
export function lintContext(reading: GanttReading, calendar: GanttCalendar, knownIds: string[], diagnostics: Diagnostic[]): LintContext {
  let tasks: Map<number, GanttStatement> | undefined;
  let skipped: Set<number> | undefined;
  return {
    reading,
    calendar,
    knownIds,
    taskAt: (offset) => {
      tasks ??= new Map(reading.statements.flatMap((statement) => (statement.kind === 'task' ? [[statement.token.start, statement] as const] : [])));
      return tasks.get(offset);
    },
    skippedAt: (offset) => {
      skipped ??= new Set(reading.skipped.map((skip) => skip.start));
      return skipped.has(offset);
    },
    report: (ruleId, at, message) => {
      diagnostics.push(diagnostic(ruleId, message, typeof at === 'number' ? positionAt(reading, at) : at));
    },
  };
}

/** Text quoted for a message, on one line and shortened when long. */
export function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `\`${oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine}\``;
}

/** A token as written in the source (the text mermaid reads has `#name;` entity-encoded). */
export function tokenText(reading: GanttReading, token: GanttToken): string {
  return sourceText(reading, token.start, token.end);
}

/** A task's data field as written in the source. */
export function fieldText(reading: GanttReading, field: GanttField): string {
  return sourceText(reading, field.start, field.start + field.text.length);
}

/** A date for a message: the day alone at midnight, else the day and the time. */
export function showDate(date: Date | undefined): string {
  const local = formatLocal(date);
  if (!local) return 'no date';
  return local.endsWith('T00:00:00') ? local.slice(0, 10) : local.slice(0, 16).replace('T', ' ');
}

/** The chart's dateFormat in words. */
export function describeFormat(calendar: GanttCalendar): string {
  const format = calendar.dateFormat.trim();
  return format === '' ? 'without a dateFormat' : `with dateFormat \`${format}\``;
}

/** How to write a date so that mermaid reads it. */
export function dateFix(calendar: GanttCalendar): string {
  const format = calendar.dateFormat.trim();
  return format === '' ? 'write it as `YYYY-MM-DD` and add `dateFormat YYYY-MM-DD`' : `write it as \`${format}\``;
}
