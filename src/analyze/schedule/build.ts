/** Builds the schedule of one log: its staffing tables and gantt charts as plans, and every booking in them. */

import type { WorkCalendar } from '../../calendar/working-days.js';
import type { WorklogConfig } from '../../model/config.js';
import type { WorkLog } from '../../model/log.js';
import type { Booking, Plan, Schedule } from '../../model/schedule.js';
import { chartExcludes } from '../../parse/mermaid/gantt-dates.js';
import { ganttBookings, ganttPlan, tableBookings, tablePlan } from './bookings.js';
import { personResolver } from './names.js';

export function buildSchedule(log: WorkLog, calendar: WorkCalendar, config: WorklogConfig): Schedule {
  const person = personResolver(config.people);
  const plans: Plan[] = [];
  const bookings: Booking[] = [];
  for (const table of log.staffing) {
    const plan = plans.push(tablePlan(table, log.file)) - 1;
    bookings.push(...tableBookings(table, { file: log.file, plan, calendar, person }));
  }
  for (const chart of log.gantts) {
    const plan = plans.push(ganttPlan(chart, log.file, chart.line)) - 1;
    bookings.push(...ganttBookings(chart, {
      file: log.file,
      plan,
      calendar,
      person,
      excluded: (date) => chartExcludes(chart, date),
      sectionIsPerson: config.staffing.sectionIsPerson,
    }));
  }
  return { plans, bookings };
}
