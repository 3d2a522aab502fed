/** schedule/days-mismatch: a staffing row whose stated days differ from the working days in its period. */

import { addDaysIso } from '../../calendar/iso-date.js';
import { dayKind, describeDay, workingDaysIn, type WorkCalendar } from '../../calendar/working-days.js';
import type { IsoDate } from '../../model/log.js';
import type { Rule } from '../rule.js';
import { plural } from '../../words/plural.js';

/** Holidays, rest days and make-up days inside a period: the usual reason a count differs. */
function specialDays(start: IsoDate, end: IsoDate, calendar: WorkCalendar): string[] {
  const days: string[] = [];
  for (let date = start; date <= end; date = addDaysIso(date, 1)) {
    const kind = dayKind(date, calendar);
    if (kind !== 'workday' && kind !== 'weekend') days.push(describeDay(date, calendar));
  }
  return days;
}

export const scheduleDaysMismatch: Rule<'schedule/days-mismatch'> = {
  id: 'schedule/days-mismatch',
  run: (context) => context.today.staffing.flatMap((table) => table.rows.flatMap((row) => {
    if (row.days === null || !row.start || !row.end) return [];
    const workdays = workingDaysIn(row.start, row.end, context.calendar).length;
    if (workdays === row.days) return [];
    const special = specialDays(row.start, row.end, context.calendar);
    return [{
      file: context.today.file,
      line: row.line,
      column: row.column,
      message: `${row.person} \`${row.project}\`: ${plural(row.days, 'day')} stated, but ${row.start} – ${row.end} has ${workdays} working days${special.length > 0 ? `, including ${special.join(', ')}` : ''}`,
      data: { person: row.person, project: row.project, stated: row.days, workdays, start: row.start, end: row.end },
    }];
  })),
};
