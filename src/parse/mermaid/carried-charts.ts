/** Gantt charts read again where a log carries the chart of the log before it: the same text at another line. */

import { parseGantt, type GanttParseOptions, type GanttRead } from './gantt.js';
import { bareDiagram } from './prepare.js';

/** A chart as read at `line`, and the day it was read for when the reading depends on the day (else null). */
interface KeptChart {
  line: number;
  today: string | null;
  read: GanttRead;
}

// The charts of the last few logs read on this thread: a cycle's staffing chart is carried from day to day.
const keptCharts = new Map<string, KeptChart>();
const mostKeptCharts = 8;

/** Forgets the charts kept (tests start from nothing). */
export function forgetCarriedCharts(): void {
  keptCharts.clear();
}

/** A copy of a reading with every line moved by `lines`, sharing nothing a caller could change with the kept one. */
function moved({ chart, diagnostics }: GanttRead, lines: number): GanttRead {
  return {
    chart: {
      ...chart,
      excludes: [...chart.excludes],
      includes: [...chart.includes],
      sections: [...chart.sections],
      tasks: chart.tasks.map((task) => ({ ...task, tags: [...task.tags], line: task.line + lines })),
    },
    diagnostics: diagnostics.map((found) => ({ ...found, line: found.line + lines })),
  };
}

/**
 * `parseGantt`, reading a chart again only when it was not among the last charts read with the same columns (and, if
 * its reading depends on the day, for the same day): a reading moved to another line is the one made there, as every
 * position in it is the chart's own line plus the line it starts at.
 */
export function parseCarriedGantt(source: string, options: GanttParseOptions): GanttRead {
  const origin = options.origin ?? bareDiagram;
  const key = `${origin.column}\0${(origin.lineColumns ?? []).join(',')}\0${source}`;
  const kept = keptCharts.get(key);
  if (kept && (kept.today === null || kept.today === options.today)) return moved(kept.read, origin.line - kept.line);
  let readsToday = false;
  const read = parseGantt(source, { ...options, origin }, () => {
    readsToday = true;
  });
  keptCharts.delete(key);
  keptCharts.set(key, { line: origin.line, today: readsToday ? options.today : null, read });
  for (const oldest of keptCharts.keys()) {
    if (keptCharts.size <= mostKeptCharts) break;
    keptCharts.delete(oldest);
  }
  return moved(read, 0);
}
