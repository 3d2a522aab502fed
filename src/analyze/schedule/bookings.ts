/** Bookings from the two views of a plan: staffing-table rows, and gantt tasks with the people embedded in them. */

import { addDaysIso } from '../../calendar/iso-date.js';
import { workingDaysIn, type WorkCalendar } from '../../calendar/working-days.js';
import type { GanttChart, GanttTask } from '../../model/gantt.js';
import type { IsoDate, StaffingTable } from '../../model/log.js';
import type { Booking, Plan } from '../../model/schedule.js';
import { readPeriod, resolvePeriod } from '../../parse/periods.js';
import { readEmbedded } from './embedded.js';
import { projectKey } from './names.js';

export interface BookingOptions {
  file: string;
  plan: number;
  calendar: WorkCalendar;
  person: (name: string) => string;
}

export function tablePlan(table: StaffingTable, file: string): Plan {
  return { kind: 'table', file, line: table.line, title: table.title, start: table.cycle.start, end: table.cycle.end, capacity: table.cycle.capacity };
}

export function tableBookings(table: StaffingTable, options: BookingOptions): Booking[] {
  return table.rows.flatMap((row) => {
    if (!row.start || !row.end) return [];
    const days = workingDaysIn(row.start, row.end, options.calendar);
    return row.people.map((name) => ({
      person: options.person(name),
      project: row.project,
      key: projectKey(row.project),
      source: 'table' as const,
      plan: options.plan,
      start: row.start as IsoDate,
      end: row.end as IsoDate,
      days,
      stated: row.days,
      exclusiveEnd: null,
      file: options.file,
      line: row.line,
      column: 1,
    }));
  });
}

/** The calendar days a task covers: from its start to the day before its exclusive end (or the end's day, if it ends mid-day). */
export function taskDays(task: GanttTask): { start: IsoDate; end: IsoDate; exclusiveEnd: IsoDate } | null {
  if (!task.start || !task.end || task.end <= task.start) return null;
  const start = task.start.slice(0, 10);
  const exclusiveEnd = task.end.slice(0, 10);
  const end = task.end.endsWith('T00:00:00') ? addDaysIso(exclusiveEnd, -1) : exclusiveEnd;
  return end < start ? null : { start, end, exclusiveEnd };
}

export interface GanttBookingOptions extends BookingOptions {
  /** Days the chart itself excludes (`excludes weekends`, dates, weekday names). */
  excluded: (date: IsoDate) => boolean;
  sectionIsPerson: boolean;
}

export function ganttPlan(chart: GanttChart, file: string, line: number): Plan {
  const spans = chart.tasks.map(taskDays).filter((span) => span !== null);
  const start = spans.map((span) => span.start).sort()[0] ?? null;
  const end = spans.map((span) => span.end).sort().at(-1) ?? null;
  return { kind: 'gantt', file, line, title: chart.title, start, end, capacity: null };
}

export function ganttBookings(chart: GanttChart, options: GanttBookingOptions): Booking[] {
  const bookings: Booking[] = [];
  const workingIn = (start: IsoDate, end: IsoDate) =>
    workingDaysIn(start, end, options.calendar).filter((date) => !options.excluded(date));
  for (const task of chart.tasks) {
    const span = taskDays(task);
    if (!span) continue;
    const embedded = readEmbedded(task.name);
    const project = embedded?.project ?? task.name;
    const base = {
      project,
      key: projectKey(project),
      plan: options.plan,
      stated: null,
      file: options.file,
      line: task.line,
      column: task.column,
    };
    if (options.sectionIsPerson && task.section !== '') {
      bookings.push({ ...base, person: options.person(task.section), source: 'gantt', ...span, days: workingIn(span.start, span.end) });
    }
    for (const { person, period } of embedded?.people ?? []) {
      const reading = readPeriod(period);
      const resolved = reading.ok ? resolvePeriod(reading.period, { cycle: { start: span.start, end: span.end }, reference: span.start }) : null;
      if (!resolved?.ok) continue;
      const { start, end } = resolved.range;
      bookings.push({ ...base, person: options.person(person), source: 'embedded', start, end, exclusiveEnd: null, days: workingIn(start, end) });
    }
  }
  return bookings;
}
