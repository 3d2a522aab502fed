/** schedule/days-mismatch: a staffing row whose stated days differ from the working days in its period. */

import { countWorkingDays, describeDay, specialDaysIn, type WorkCalendar } from '../../calendar/working-days.js';
import type { IsoDate } from '../../model/log.js';
import type { Rule } from '../rule.js';
import { rangeProblem } from '../schedule/horizon.js';
import { plural } from '../../words/plural.js';

// A message names this many holidays and make-up days at most, then how many more there are.
const namedDays = 10;

/** Holidays, rest days and make-up days inside a period: the usual reason a count differs. */
function specialDays(start: IsoDate, end: IsoDate, calendar: WorkCalendar): string {
  const days = specialDaysIn(start, end, calendar);
  const named = days.slice(0, namedDays).map((date) => describeDay(date, calendar));
  if (days.length > namedDays) named.push(`and ${days.length - namedDays} more`);
  return named.join(', ');
}

export const scheduleDaysMismatch: Rule<'schedule/days-mismatch'> = {
  id: 'schedule/days-mismatch',
  run: (context) => context.today.staffing.flatMap((table) => table.rows.flatMap((row) => {
    if (row.days === null || !row.start || !row.end || row.unassigned !== undefined) return [];
    // A period too long to be a plan is schedule/implausible-range's to report.
    if (rangeProblem(row.start, row.end, context.config.limits.horizonYears)) return [];
    const workdays = countWorkingDays(row.start, row.end, context.calendar);
    if (workdays === row.days) return [];
    const special = specialDays(row.start, row.end, context.calendar);
    return [{
      file: context.today.file,
      line: row.line,
      column: row.column,
      message: `${row.person} \`${row.project}\`: ${plural(row.days, 'day')} stated, but ${row.start} – ${row.end} has ${workdays} working days${special !== '' ? `, including ${special}` : ''}`,
      data: { person: row.person, project: row.project, stated: row.days, workdays, start: row.start, end: row.end },
    }];
  })),
};
