/** Drift: the same person and project dated differently in a staffing table and a gantt chart. */

import { compareDates, dateBounds } from '../../calendar/day-number.js';
import { addDaysIso } from '../../calendar/iso-date.js';
import type { IsoDate } from '../../model/log.js';
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

export function findDrifts(schedule: Schedule): Drift[] {
  const groups = groupBookings(schedule.bookings);
  const kindOf = (group: BookingGroup) => schedule.plans[group.plan]?.kind;
  // The charts' groups by person and project, in order: each table group finds its own without a pass over every group.
  const charts = new Map<string, Map<string, BookingGroup[]>>();
  for (const group of groups) {
    if (kindOf(group) !== 'gantt') continue;
    let byKey = charts.get(group.person);
    if (!byKey) charts.set(group.person, (byKey = new Map()));
    const same = byKey.get(group.key);
    if (same) same.push(group);
    else byKey.set(group.key, [group]);
  }
  const drifts: Drift[] = [];
  for (const table of groups.filter((group) => kindOf(group) === 'table')) {
    for (const chart of charts.get(table.person)?.get(table.key) ?? []) {
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
