/** Lists of working days written short: runs of consecutive working days become ranges. */

import { addDaysIso } from '../../calendar/iso-date.js';
import { isWorkingDay, type WorkCalendar } from '../../calendar/working-days.js';
import type { IsoDate } from '../../model/log.js';

/** The next working day after `date`. */
function nextWorkingDay(date: IsoDate, calendar: WorkCalendar): IsoDate {
  let next = addDaysIso(date, 1);
  for (let guard = 0; guard < 31 && !isWorkingDay(next, calendar); guard++) next = addDaysIso(next, 1);
  return next;
}

/** Runs of days that follow each other without a working day between them. */
export function dayRuns(days: readonly IsoDate[], calendar: WorkCalendar): [IsoDate, IsoDate][] {
  const runs: [IsoDate, IsoDate][] = [];
  for (const day of [...days].sort()) {
    const last = runs.at(-1);
    if (last && nextWorkingDay(last[1], calendar) === day) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/** `2023-11-06 – 2023-11-09, 2023-11-13`; two days in a row are both written (`2023-11-17, 2023-11-20`), never as a range. */
export function formatDays(days: readonly IsoDate[], calendar: WorkCalendar): string {
  return dayRuns(days, calendar)
    .map(([first, last]) => {
      if (first === last) return first;
      return nextWorkingDay(first, calendar) === last ? `${first}, ${last}` : `${first} – ${last}`;
    })
    .join(', ');
}
