/** Which of today's items are due: open or in-progress items whose due date is the log date or before it, counted in working days. */

import { compareDates } from '../calendar/day-number.js';
import { addDaysIso, daysBetween } from '../calendar/iso-date.js';
import { countWorkingDays, type WorkCalendar } from '../calendar/working-days.js';
import type { Index, IsoDate, Item, WorkLog } from '../model/log.js';

export interface DueItem {
  item: Item;
  /** The item's index in the log's `items`. */
  index: Index;
  due: IsoDate;
  /** Calendar days after the due date; 0 when due today. */
  daysLate: number;
  /** Working days after the due date up to the log date; 0 when due today. */
  workingDaysLate: number;
}

// A deferred item was put off on purpose, so its due date no longer asks for anything today.
const stillToDo = (item: Item): boolean => item.status === 'open' || item.status === 'in-progress';

/** Today's items due on or before the log date, most overdue first; none for a log without a date. */
export function dueItems(log: WorkLog, calendar: WorkCalendar): DueItem[] {
  const { date } = log;
  if (date === null) return [];
  return log.items.flatMap((item, index) => {
    const due = item.itemDates?.due;
    if (due === undefined || !stillToDo(item) || compareDates(due, date) > 0) return [];
    return [{ item, index, due, daysLate: daysBetween(due, date), workingDaysLate: countWorkingDays(addDaysIso(due, 1), date, calendar) }];
  }).sort((a, b) => b.daysLate - a.daysLate || a.item.line - b.item.line);
}
