/** Bookings from the two views of a plan: staffing-table rows, and gantt tasks with the people embedded in them. */

import { compareDates, dateBounds } from '../../calendar/day-number.js';
import { addDaysIso } from '../../calendar/iso-date.js';
import { workingDaysIn, type WorkCalendar } from '../../calendar/working-days.js';
import type { GanttChart, GanttTask, LocalDateTime } from '../../model/gantt.js';
import type { IsoDate, StaffingTable } from '../../model/log.js';
import type { Booking, BookingSource, ImplausibleRange, Plan } from '../../model/schedule.js';
import { compareText } from '../../words/order.js';
import { readPeriod, resolvePeriod } from '../../parse/periods.js';
import { embeddedPeriod, readEmbedded } from './embedded.js';
import { rangeProblem } from './horizon.js';
import { projectKey } from './names.js';

export interface BookingOptions {
  file: string;
  plan: number;
  /** The calendar's working days in a range, shared by every booking of it (`bookedDays`). */
  workingDays: (start: IsoDate, end: IsoDate) => IsoDate[];
  person: (name: string) => string;
  /** The longest range booked day by day (`limits.horizonYears`). */
  horizonYears: number;
}

/** A plan's bookings, and the ranges in it too long (or too far out) to book. */
export interface PlanBookings {
  bookings: Booking[];
  implausible: ImplausibleRange[];
}

/** Days worked out once per range (`start`–`end`) and handed out again for it: a log of many days books the same ranges hundreds of times. */
function onceEachRange(daysOf: (start: IsoDate, end: IsoDate) => IsoDate[]): (start: IsoDate, end: IsoDate) => IsoDate[] {
  const ranges = new Map<string, IsoDate[]>();
  return (start, end) => {
    const range = `${start}/${end}`;
    let days = ranges.get(range);
    if (!days) ranges.set(range, (days = daysOf(start, end)));
    return days;
  };
}

/** The calendar's working days from start to end, one array per range for the whole schedule, each day one string: a booking only reads its days. */
export function bookedDays(calendar: WorkCalendar): (start: IsoDate, end: IsoDate) => IsoDate[] {
  const dayTexts = new Map<IsoDate, IsoDate>();
  const shared = (day: IsoDate): IsoDate => {
    const known = dayTexts.get(day);
    if (known !== undefined) return known;
    dayTexts.set(day, day);
    return day;
  };
  return onceEachRange((start, end) => workingDaysIn(start, end, calendar).map(shared));
}

/** A table's plan: its cycle, or without one the range its booked rows cover (with no capacity to measure them against). */
export function tablePlan(table: StaffingTable, file: string, horizonYears: number): Plan {
  const { cycle } = table;
  const base = { kind: 'table', file, line: table.line, title: table.title } as const;
  if (cycle.start && cycle.end) return { ...base, start: cycle.start, end: cycle.end, capacity: cycle.capacity };
  const bounds = dateBounds(table.rows.flatMap((row) => (row.unassigned === undefined && row.start && row.end && !rangeProblem(row.start, row.end, horizonYears) ? [row.start, row.end] : [])));
  return { ...base, start: bounds?.first ?? null, end: bounds?.last ?? null, capacity: null };
}

export function tableBookings(table: StaffingTable, options: BookingOptions): PlanBookings {
  const reading: PlanBookings = { bookings: [], implausible: [] };
  const { start: cycleStart, end: cycleEnd } = table.cycle;
  const cycleProblem = cycleStart && cycleEnd ? rangeProblem(cycleStart, cycleEnd, options.horizonYears) : null;
  if (cycleStart && cycleEnd && cycleProblem) {
    reading.implausible.push({
      source: 'cycle', problem: cycleProblem, plan: options.plan, start: cycleStart, end: cycleEnd, person: null, project: null,
      file: options.file, line: table.cycle.line ?? table.line, column: 1,
    });
  }
  for (const row of table.rows) {
    // A row nobody is on yet books nobody: schedule/unassigned lists it, and nothing else is said about it.
    if (!row.start || !row.end || row.unassigned !== undefined) continue;
    const problem = rangeProblem(row.start, row.end, options.horizonYears);
    if (problem) {
      reading.implausible.push({
        source: 'table', problem, plan: options.plan, start: row.start, end: row.end, person: row.person, project: row.project,
        file: options.file, line: row.line, column: row.column,
      });
      continue;
    }
    const days = options.workingDays(row.start, row.end);
    for (const name of row.people) {
      reading.bookings.push({
        person: options.person(name),
        project: row.project,
        key: projectKey(row.project),
        source: 'table',
        plan: options.plan,
        start: row.start,
        end: row.end,
        days,
        stated: row.days,
        exclusiveEnd: null,
        times: null,
        file: options.file,
        line: row.line,
        column: 1,
      });
    }
  }
  return reading;
}

/** Date-times compared as dates, then as times of day (`10000-01-01T00:00:00` is after `9999-12-31T00:00:00`). */
function compareDateTimes(a: LocalDateTime, b: LocalDateTime): number {
  return compareDates(a, b) || compareText(a.slice(-8), b.slice(-8));
}

/** The calendar days a task covers: from its start to the day before its exclusive end (or the end's day, if it ends mid-day). */
export function taskDays(task: GanttTask): { start: IsoDate; end: IsoDate; exclusiveEnd: IsoDate } | null {
  if (!task.start || !task.end || !(compareDateTimes(task.end, task.start) > 0)) return null;
  const start = task.start.slice(0, task.start.indexOf('T'));
  const exclusiveEnd = task.end.slice(0, task.end.indexOf('T'));
  const end = task.end.endsWith('T00:00:00') ? addDaysIso(exclusiveEnd, -1) : exclusiveEnd;
  return compareDates(end, start) < 0 ? null : { start, end, exclusiveEnd };
}

export interface GanttBookingOptions extends BookingOptions {
  /** Days the chart itself excludes (`excludes weekends`, dates, weekday names). */
  excluded: (date: IsoDate) => boolean;
  /** The chart's sections that name the person their tasks book. */
  sectionPeople: ReadonlySet<string>;
  /** Whether a name written inside a task without a range of its own is a person's (a known one). */
  isPerson: (name: string) => boolean;
}

/** A task's times of day, when it does not start and end at midnight (a day planner's half hour). */
function timesOfDay(task: GanttTask): { start: LocalDateTime; end: LocalDateTime } | null {
  if (!task.start || !task.end) return null;
  return task.start.endsWith('T00:00:00') && task.end.endsWith('T00:00:00') ? null : { start: task.start, end: task.end };
}

/** A chart's range: its plausible tasks' first and last days. */
export function ganttPlan(chart: GanttChart, file: string, line: number, horizonYears: number): Plan {
  const spans = chart.tasks.map(taskDays).filter((span) => span !== null && !rangeProblem(span.start, span.end, horizonYears));
  const bounds = dateBounds(spans.flatMap((span) => (span ? [span.start, span.end] : [])));
  return { kind: 'gantt', file, line, title: chart.title, start: bounds?.first ?? null, end: bounds?.last ?? null, capacity: null };
}

export function ganttBookings(chart: GanttChart, options: GanttBookingOptions): PlanBookings {
  const reading: PlanBookings = { bookings: [], implausible: [] };
  // One array per range in the chart too: its tasks share their ranges as the chart's days share their exclusions.
  const workingIn = onceEachRange((start, end) => options.workingDays(start, end).filter((date) => !options.excluded(date)));
  for (const task of chart.tasks) {
    const span = taskDays(task);
    if (!span) continue;
    const embedded = readEmbedded(task.name, options.isPerson);
    const project = embedded?.project ?? task.name;
    const key = projectKey(project);
    const problem = rangeProblem(span.start, span.end, options.horizonYears);
    if (problem) {
      reading.implausible.push({
        source: 'gantt', problem, plan: options.plan, start: span.start, end: span.exclusiveEnd, person: task.section || null, project: task.name,
        file: options.file, line: task.line, column: task.column,
      });
      continue;
    }
    // Every booking of a chart is written by one literal, its keys in one order: objects spread together take a shape
    // of their own each, which a log of many days pays for tens of thousands of times.
    const booking = (person: string, source: BookingSource, start: IsoDate, end: IsoDate, exclusiveEnd: IsoDate | null, times: Booking['times']): Booking => ({
      project, key, plan: options.plan, stated: null, file: options.file, line: task.line, column: task.column,
      person: options.person(person), source, start, end, exclusiveEnd, times, days: workingIn(start, end),
    });
    const times = timesOfDay(task);
    if (options.sectionPeople.has(task.section)) reading.bookings.push(booking(task.section, 'gantt', span.start, span.end, span.exclusiveEnd, times));
    for (const { person, period } of embedded?.people ?? []) {
      if (period === null) {
        reading.bookings.push(booking(person, 'embedded', span.start, span.end, span.exclusiveEnd, times));
        continue;
      }
      const parsed = readPeriod(embeddedPeriod(period));
      const resolved = parsed.ok ? resolvePeriod(parsed.period, { cycle: { start: span.start, end: span.end }, reference: span.start }) : null;
      // A person's own range is read inside the task's, so it is never longer than the task.
      if (!resolved?.ok || rangeProblem(resolved.range.start, resolved.range.end, options.horizonYears)) continue;
      reading.bookings.push(booking(person, 'embedded', resolved.range.start, resolved.range.end, null, null));
    }
  }
  return reading;
}
