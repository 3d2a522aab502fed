/** Builds the schedule of one log: its staffing tables and gantt charts as plans, every booking in them, and the ranges too long to book. */

import type { WorkCalendar } from '../../calendar/working-days.js';
import type { WorklogConfig } from '../../model/config.js';
import type { IsoDate, WorkLog } from '../../model/log.js';
import type { Schedule } from '../../model/schedule.js';
import { chartExcludes } from '../../parse/mermaid/gantt-dates.js';
import { bookedDays, ganttBookings, ganttPlan, tableBookings, tablePlan, type PlanBookings } from './bookings.js';
import { readEmbedded } from './embedded.js';
import { rangeProblem } from './horizon.js';
import { personResolver, spellingResolver } from './names.js';
import { readsAsPersonName } from './person-names.js';
import { sectionsThatArePeople } from './sections.js';

export function buildSchedule(log: WorkLog, calendar: WorkCalendar, config: WorklogConfig): Schedule {
  const person = personResolver(config.people);
  const { horizonYears } = config.limits;
  const schedule: Schedule = { plans: [], bookings: [], implausible: [] };
  const workingDays = bookedDays(calendar);
  // Loops, not push(...): a plan can have more bookings than a call takes arguments.
  const add = (reading: PlanBookings): void => {
    for (const booking of reading.bookings) schedule.bookings.push(booking);
    for (const range of reading.implausible) schedule.implausible.push(range);
  };
  for (const table of log.staffing) {
    const plan = schedule.plans.push(tablePlan(table, log.file, horizonYears)) - 1;
    add(tableBookings(table, { file: log.file, plan, workingDays, person, horizonYears }));
  }
  // Who the plans already name: the configuration's people and the staffing tables' rows.
  const known = new Set([...Object.keys(config.people), ...log.staffing.flatMap((table) => table.rows.flatMap((row) => row.people))].map(person));
  // A chart names them as it likes (`@kwame`, `@tomas`); its bookings take the plans' spelling (`Kwame`, `Tomás`).
  const chartPerson = spellingResolver(person, known);
  for (const chart of log.gantts) {
    const chartPlan = ganttPlan(chart, log.file, chart.line, horizonYears);
    const sectionPeople = sectionsThatArePeople(chart, { setting: config.staffing.sectionIsPerson, known, person: chartPerson });
    // Inside a task, a name without a range of its own books the task when it reads as a person's or the plans name that person elsewhere.
    const named = new Set(known);
    for (const section of sectionPeople) named.add(chartPerson(section));
    for (const task of chart.tasks) for (const entry of readEmbedded(task.name)?.people ?? []) named.add(chartPerson(entry.person));
    const isPerson = (name: string): boolean => named.has(chartPerson(name)) || readsAsPersonName(name);
    const plan = schedule.plans.push(chartPlan) - 1;
    // Each day is asked about once per chart, however many tasks cover it: mermaid's exclusion test is slow.
    const excludedDays = new Map<IsoDate, boolean>();
    const excluded = (date: IsoDate): boolean => {
      let known = excludedDays.get(date);
      if (known === undefined) excludedDays.set(date, (known = chartExcludes(chart, date)));
      return known;
    };
    add(ganttBookings(chart, { file: log.file, plan, workingDays, person: chartPerson, horizonYears, excluded, sectionPeople, isPerson }));
    // Plausible tasks can still lie years apart (a mistyped year on a short task): then the chart as a whole is not charted by day.
    const { start, end } = chartPlan;
    const problem = start && end ? rangeProblem(start, end, horizonYears) : null;
    if (start && end && problem) {
      schedule.implausible.push({ source: 'chart', problem, plan, start, end, person: null, project: null, file: log.file, line: chart.line, column: 1 });
    }
  }
  return schedule;
}
