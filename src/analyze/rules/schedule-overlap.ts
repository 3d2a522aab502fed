/** schedule/overlap: a person booked on two different projects on the same working day, within one plan. */

import type { Rule } from '../rule.js';
import { findConflicts } from '../schedule/conflicts.js';
import { formatDays } from '../schedule/days.js';
import { plural } from '../../words/plural.js';

export const scheduleOverlap: Rule<'schedule/overlap'> = {
  id: 'schedule/overlap',
  run: (context) => findConflicts(context.schedule).map((conflict) => {
    const [first, second] = conflict.groups;
    const tasks: [string, string] = [first.bookings[0]?.project ?? first.key, second.bookings[0]?.project ?? second.key];
    const at = second.bookings.find((booking) => booking.days.some((day) => conflict.days.includes(day))) ?? second.bookings[0];
    const plan = context.schedule.plans[conflict.plan];
    const count = conflict.days.length;
    return {
      file: at?.file ?? context.today.file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      message: `${conflict.person} is booked on \`${tasks[0]}\` and \`${tasks[1]}\` on ${plural(count, 'working day')}: ${formatDays(conflict.days, context.calendar)}${plan ? ` (${plan.kind === 'table' ? 'staffing table' : 'gantt chart'})` : ''}`,
      data: { person: conflict.person, days: conflict.days, tasks, plan: plan ? { kind: plan.kind, line: plan.line } : null },
    };
  }),
};
