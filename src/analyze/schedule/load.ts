/** The load chart's data: for each plan, each person's number of bookings on each working day of the plan's window. */

import { workingDaysIn, type WorkCalendar } from '../../calendar/working-days.js';
import type { IsoDate } from '../../model/log.js';
import type { Plan, Schedule } from '../../model/schedule.js';
import { dayWindow } from './window.js';

export interface LoadRow {
  person: string;
  /** Projects booked on each of the plan's days. */
  load: number[];
  /** Working days the person is booked on at least once. */
  booked: number;
}

export interface LoadChart {
  plan: Plan;
  days: IsoDate[];
  rows: LoadRow[];
  /** The plan is longer than a chart shows: `days` are its first year only. */
  clipped: boolean;
}

export function loadCharts(schedule: Schedule, calendar: WorkCalendar): LoadChart[] {
  // A plan whose own range is implausible is reported, not charted.
  const notCharted = new Set(schedule.implausible.filter((range) => range.source === 'cycle' || range.source === 'chart').map((range) => range.plan));
  return schedule.plans.flatMap((plan, index) => {
    if (!plan.start || !plan.end || notCharted.has(index)) return [];
    const window = dayWindow(plan.start, plan.end);
    const days = workingDaysIn(window.start, window.end, calendar);
    const column = new Map(days.map((day, position) => [day, position]));
    // Projects, not tasks: two tasks of one project on a day are one booking.
    const projects = new Map<string, Set<string>[]>();
    for (const booking of schedule.bookings) {
      if (booking.plan !== index) continue;
      let perDay = projects.get(booking.person);
      if (!perDay) projects.set(booking.person, (perDay = days.map(() => new Set<string>())));
      for (const day of booking.days) {
        const position = column.get(day);
        if (position !== undefined) perDay[position]?.add(booking.key);
      }
    }
    const rows = [...projects].map(([person, perDay]) => {
      const load = perDay.map((keys) => keys.size);
      return { person, load, booked: load.filter((count) => count > 0).length };
    });
    return [{ plan, days, rows, clipped: window.clipped }];
  });
}
