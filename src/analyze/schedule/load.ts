/** The load chart's data: for each plan, each person's number of bookings on each working day. */

import { workingDaysIn, type WorkCalendar } from '../../calendar/working-days.js';
import type { IsoDate } from '../../model/log.js';
import type { Plan, Schedule } from '../../model/schedule.js';

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
}

export function loadCharts(schedule: Schedule, calendar: WorkCalendar): LoadChart[] {
  return schedule.plans.flatMap((plan, index) => {
    if (!plan.start || !plan.end) return [];
    const days = workingDaysIn(plan.start, plan.end, calendar);
    const bookings = schedule.bookings.filter((booking) => booking.plan === index);
    const people = [...new Set(bookings.map((booking) => booking.person))];
    const rows = people.map((person) => {
      const mine = bookings.filter((booking) => booking.person === person);
      // Count projects, not tasks: two tasks of one project on a day are one booking.
      const load = days.map((day) => new Set(mine.filter((booking) => booking.days.includes(day)).map((booking) => booking.key)).size);
      return { person, load, booked: load.filter((count) => count > 0).length };
    });
    return [{ plan, days, rows }];
  });
}
