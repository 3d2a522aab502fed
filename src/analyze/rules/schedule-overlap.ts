/** schedule/overlap: a person booked on two different projects on the same working day, within one plan. */

import type { OverlapData } from '../../model/finding-data.js';
import type { Rule } from '../rule.js';
import type { Conflict } from '../schedule/conflicts.js';
import { findConflicts } from '../schedule/conflicts.js';
import { dayRuns, formatDays } from '../schedule/days.js';
import { fitsWindow } from '../schedule/window.js';
import type { WorkCalendar } from '../../calendar/working-days.js';
import { plural } from '../../words/plural.js';

/** The days as a list when they fit in a year; else their count and runs, so the finding stays small. */
function overlapDays(conflict: Conflict, calendar: WorkCalendar): Pick<OverlapData, 'days' | 'longOverlap'> {
  const { days } = conflict;
  if (fitsWindow(days[0] ?? '', days.at(-1) ?? '')) return { days };
  return { days: [], longOverlap: { workdays: days.length, runs: dayRuns(days, calendar).map(([start, end]) => ({ start, end })) } };
}

export const scheduleOverlap: Rule<'schedule/overlap'> = {
  id: 'schedule/overlap',
  run: (context) => findConflicts(context.schedule).map((conflict) => {
    const [first, second] = conflict.groups;
    const tasks: [string, string] = [first.bookings[0]?.project ?? first.key, second.bookings[0]?.project ?? second.key];
    const shared = new Set(conflict.days);
    const at = second.bookings.find((booking) => booking.days.some((day) => shared.has(day))) ?? second.bookings[0];
    const plan = context.schedule.plans[conflict.plan];
    const count = conflict.days.length;
    return {
      file: at?.file ?? context.today.file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      message: `${conflict.person} is booked on \`${tasks[0]}\` and \`${tasks[1]}\` on ${plural(count, 'working day')}: ${formatDays(conflict.days, context.calendar)}${plan ? ` (${plan.kind === 'table' ? 'staffing table' : 'gantt chart'})` : ''}`,
      data: { person: conflict.person, ...overlapDays(conflict, context.calendar), tasks, plan: plan ? { kind: plan.kind, line: plan.line } : null },
    };
  }),
};
