/** A mermaid gantt chart in worklog's model: its settings, and its tasks with the dates mermaid 11 draws and the diagnostics of its lint. */

import type { Diagnostic } from '../../model/diagnostic.js';
import type { GanttChart, GanttTask } from '../../model/gantt.js';
import { compileGanttTasks, formatLocal, mergeDayList, type GanttCalendar } from './gantt-dates.js';
import { lintGantt } from './gantt-lint.js';
import type { DiagramOrigin } from './prepare.js';
import {
  positionAt, readGanttStatements, sectionName, sourceText, valueOffsets,
  type GanttReading, type GanttSettingKeyword, type GanttStatement,
} from './gantt-statements.js';

export interface GanttParseOptions {
  /** Local `YYYY-MM-DD` standing for mermaid's `new Date()` (where an unknown `after`/`until` id starts or ends). */
  today: string;
  /** Where the chart stands in its file; a bare chart starts at line 1, column 1. */
  origin?: DiagramOrigin;
}

/** The chart-wide settings mermaid's dates depend on, as they stand once the whole chart is read. */
function readCalendar(statements: GanttStatement[], today: () => string): GanttCalendar {
  const calendar: GanttCalendar = {
    dateFormat: '', excludes: [], includes: [], inclusiveEndDates: false, weekend: 'saturday',
    get today() {
      return today();
    },
  };
  for (const statement of statements) {
    if (statement.kind !== 'setting') continue;
    const { keyword, value } = statement;
    if (keyword === 'dateFormat') calendar.dateFormat = value;
    if (keyword === 'excludes') calendar.excludes = mergeDayList(calendar.excludes, value);
    if (keyword === 'includes') calendar.includes = mergeDayList(calendar.includes, value);
    if (keyword === 'inclusiveEndDates') calendar.inclusiveEndDates = true;
    if (keyword === 'weekend') calendar.weekend = value.toLowerCase() === 'friday' ? 'friday' : 'saturday';
  }
  return calendar;
}

/** The last value written for a setting, trimmed, or null. */
function lastSetting(reading: GanttReading, keyword: GanttSettingKeyword): string | null {
  const statement = reading.statements.findLast((candidate) => candidate.kind === 'setting' && candidate.keyword === keyword);
  if (statement?.kind !== 'setting') return null;
  const offset = valueOffsets[keyword];
  if (offset === undefined) return statement.value;
  return sourceText(reading, statement.token.start + offset, statement.token.end).trim();
}

/** A chart as read: its model, and what mermaid rejects or draws other than written. */
export interface GanttRead {
  chart: GanttChart;
  diagnostics: Diagnostic[];
}

/**
 * A gantt chart's settings and tasks with the dates mermaid 11 draws, and a diagnostic for everything mermaid
 * rejects or draws other than written. Lines and columns are in the file `options.origin` places the chart in.
 * `readsToday` hears when the reading depends on the day (`options.today`).
 */
export function parseGantt(source: string, options: GanttParseOptions, readsToday?: () => void): GanttRead {
  const reading = readGanttStatements(source, options.origin);
  const calendar = readCalendar(reading.statements, () => {
    readsToday?.();
    return options.today;
  });
  const dated = compileGanttTasks(reading.tasks.map((task) => ({ fields: task.fields.map((field) => field.text) })), calendar);

  const tasks = reading.tasks.map((task, index): GanttTask => {
    const { statement } = task;
    const dates = dated[index];
    return {
      section: task.section,
      name: sourceText(reading, statement.token.start, statement.token.end).trim(),
      id: dates?.id ?? '',
      tags: task.tags,
      start: formatLocal(dates?.start),
      end: formatLocal(dates?.end),
      renderEnd: formatLocal(dates?.renderEnd),
      data: sourceText(reading, statement.data.start + 1, statement.data.end).trim(),
      ...positionAt(reading, statement.token.start),
    };
  });
  const sections = reading.statements.flatMap((statement) => (statement.kind === 'section' ? [sectionName(reading, statement)] : []));

  const chart: GanttChart = {
    title: lastSetting(reading, 'title') ?? reading.prepared.frontMatter?.title ?? null,
    dateFormat: calendar.dateFormat.trim(),
    axisFormat: lastSetting(reading, 'axisFormat'),
    tickInterval: lastSetting(reading, 'tickInterval'),
    excludes: calendar.excludes,
    includes: calendar.includes,
    inclusiveEndDates: calendar.inclusiveEndDates,
    topAxis: reading.statements.some((statement) => statement.kind === 'setting' && statement.keyword === 'topAxis'),
    weekday: lastSetting(reading, 'weekday'),
    weekend: calendar.weekend,
    todayMarker: lastSetting(reading, 'todayMarker'),
    sections,
    tasks,
  };
  return { chart, diagnostics: lintGantt(reading, calendar, dated) };
}
