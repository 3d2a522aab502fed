/** Drift: the same person and project dated differently in a staffing table and a gantt chart. */

import { compareDates, dateBounds } from '../../calendar/day-number.js';
import { addDaysIso } from '../../calendar/iso-date.js';
import type { Heading, IsoDate, Line } from '../../model/log.js';
import { dateInHeading } from '../../parse/dates.js';
import type { Booking, Schedule } from '../../model/schedule.js';
import { groupBookings, type BookingGroup } from './conflicts.js';

export interface DatedSpan {
  first: IsoDate;
  last: IsoDate;
}

export interface Drift {
  person: string;
  project: string;
  table: DatedSpan & { booking: Booking };
  chart: DatedSpan & { bookings: Booking[] };
  /** The table's last day is the chart's exclusive end: mermaid stops the bar the day before. */
  exclusiveEnd: IsoDate | null;
}

/** First and last working day of a group (its calendar days when it has no working day). */
function span(group: BookingGroup): DatedSpan {
  if (group.days.length > 0) return { first: group.days[0] as IsoDate, last: group.days.at(-1) as IsoDate };
  const first = dateBounds(group.bookings.map((booking) => booking.start))?.first;
  const last = dateBounds(group.bookings.map((booking) => booking.end))?.last;
  return { first: first as IsoDate, last: last as IsoDate };
}

/**
 * Where each day starts in a log that holds several (a journal of days in one file): the dated headings of the
 * shallowest depth at which two or more different days are written. Empty for a log of one day.
 */
export function dayStarts(headings: readonly Heading[]): Line[] {
  const datesByDepth = new Map<number, { line: Line; date: IsoDate }[]>();
  for (const heading of headings) {
    const date = dateInHeading(heading.text);
    if (date === null) continue;
    const dated = datesByDepth.get(heading.depth);
    if (dated) dated.push({ line: heading.line, date });
    else datesByDepth.set(heading.depth, [{ line: heading.line, date }]);
  }
  const depths = [...datesByDepth.keys()].sort((a, b) => a - b);
  const depth = depths.find((candidate) => new Set(datesByDepth.get(candidate)?.map(({ date }) => date)).size >= 2);
  return depth === undefined ? [] : (datesByDepth.get(depth) ?? []).map(({ line }) => line);
}

/** The day a line belongs to: the index of the last day starting at or before it, -1 above the first day. */
function dayAt(starts: readonly Line[], line: Line): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] as Line) <= line) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * Table and chart groups of one person and project that are dated apart. In a log of several days a table is compared
 * with the charts of its own day only: yesterday's chart is yesterday's plan, not a second opinion on today's table.
 * Plans above the first day belong to every day.
 */
export function findDrifts(schedule: Schedule, headings: readonly Heading[] = []): Drift[] {
  const groups = groupBookings(schedule.bookings);
  const kindOf = (group: BookingGroup) => schedule.plans[group.plan]?.kind;
  const order = new Map(groups.map((group, index) => [group, index]));
  const starts = dayStarts(headings);
  const dayOf = (group: BookingGroup): number => dayAt(starts, schedule.plans[group.plan]?.line ?? 0);
  // The charts' groups by day, person and project, in order: each table group finds its own without a pass over every group.
  const charts = new Map<string, BookingGroup[]>();
  const chartKey = (day: number, group: BookingGroup): string => `${day}\u0000${group.person}\u0000${group.key}`;
  for (const group of groups) {
    if (kindOf(group) !== 'gantt') continue;
    const key = chartKey(dayOf(group), group);
    const same = charts.get(key);
    if (same) same.push(group);
    else charts.set(key, [group]);
  }
  // Every day a table's chart may stand on: its own, and above the first day; a table above the first day, any.
  const daysFor = (table: BookingGroup): number[] => {
    const day = dayOf(table);
    if (day !== -1) return [-1, day];
    return [-1, ...starts.keys()];
  };
  const drifts: Drift[] = [];
  for (const table of groups.filter((group) => kindOf(group) === 'table')) {
    const candidates = daysFor(table).flatMap((day) => charts.get(chartKey(day, table)) ?? []);
    // In the order the groups came, whichever day they stand on.
    candidates.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    for (const chart of candidates) {
      const tableSpan = span(table);
      const chartSpan = span(chart);
      if (tableSpan.first === chartSpan.first && tableSpan.last === chartSpan.last) continue;
      const exclusiveEnds = chart.bookings.map((booking) => booking.exclusiveEnd).filter((end): end is IsoDate => end !== null);
      const exclusiveEnd = exclusiveEnds.includes(tableSpan.last) && compareDates(chartSpan.last, tableSpan.last) < 0 ? tableSpan.last : null;
      drifts.push({
        person: table.person,
        project: table.bookings[0]?.project ?? table.key,
        table: { ...tableSpan, booking: table.bookings[0] as Booking },
        chart: { ...chartSpan, bookings: chart.bookings },
        exclusiveEnd,
      });
    }
  }
  return drifts;
}

/** The end to write in the chart so that it draws the table's last day too. */
export function inclusiveEndFix(exclusiveEnd: IsoDate): IsoDate {
  return addDaysIso(exclusiveEnd, 1);
}
