/** A mermaid gantt chart as worklog reads it: its settings and its tasks with the dates mermaid draws. */

import type { Column, Line } from './log.js';

/**
 * A local date-time written `YYYY-MM-DDTHH:mm:ss` (mermaid works in the viewer's local time; a year past 9999 has all its digits).
 * @pattern ^\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$
 */
export type LocalDateTime = string;

export type GanttTag = 'active' | 'done' | 'crit' | 'milestone' | 'vert';

export interface GanttTask {
  /** The section as written, trimmed; '' for tasks before any section. */
  section: string;
  /** The task text, trimmed. */
  name: string;
  /** The id as written, or the one mermaid generates (`task1`, `task2`, …). */
  id: string;
  tags: GanttTag[];
  /** mermaid's startTime; null where mermaid has no valid date. */
  start: LocalDateTime | null;
  /** mermaid's endTime (exclusive); null where mermaid has no valid date. */
  end: LocalDateTime | null;
  /** mermaid's renderEndTime: where the drawn bar stops, or null where mermaid has none. */
  renderEnd: LocalDateTime | null;
  /** The task's data as mermaid's lexer keeps it (after the colon, cut at `#` or `;`). */
  data: string;
  /** Line and column in the chart source as parsed (line 1 = the first line inside the fence); in the log file once placed in a log. */
  line: Line;
  column: Column;
}

export interface GanttChart {
  title: string | null;
  /** The dateFormat as written, trimmed; '' when there is none (mermaid then reads starts with `new Date()` and no end dates). */
  dateFormat: string;
  axisFormat: string | null;
  tickInterval: string | null;
  /** Each excludes entry as mermaid splits them, lower-cased (`weekends`, `2023-11-20`, `friday`). */
  excludes: string[];
  includes: string[];
  inclusiveEndDates: boolean;
  topAxis: boolean;
  weekday: string | null;
  /** Which days `excludes weekends` means: mermaid's default is `saturday` (Saturday and Sunday). */
  weekend: 'friday' | 'saturday';
  todayMarker: string | null;
  sections: string[];
  tasks: GanttTask[];
}
