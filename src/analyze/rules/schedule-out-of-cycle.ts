/** schedule/out-of-cycle: a staffing period that begins before or ends after the cycle it is planned in. */

import { compareDates } from '../../calendar/day-number.js';
import type { Rule } from '../rule.js';
import { rangeProblem } from '../schedule/horizon.js';

export const scheduleOutOfCycle: Rule<'schedule/out-of-cycle'> = {
  id: 'schedule/out-of-cycle',
  run: (context) => context.today.staffing.flatMap((table) => {
    const { start: cycleStart, end: cycleEnd } = table.cycle;
    if (!cycleStart || !cycleEnd) return [];
    return table.rows.flatMap((row) => {
      // A period too long to be a plan is schedule/implausible-range's alone.
      if (!row.start || !row.end || row.unassigned !== undefined || rangeProblem(row.start, row.end, context.config.limits.horizonYears)) return [];
      if (compareDates(row.start, cycleStart) >= 0 && compareDates(row.end, cycleEnd) <= 0) return [];
      return [{
        file: context.today.file,
        line: row.line,
        column: row.column,
        message: `period \`${row.period}\` (${row.start} – ${row.end}) is outside the cycle ${cycleStart} – ${cycleEnd}`,
        data: { person: row.person, project: row.project, period: row.period, start: row.start, end: row.end, cycle: { start: cycleStart, end: cycleEnd } },
      }];
    });
  }),
};
