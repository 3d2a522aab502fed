/** items/due-today: an open or in-progress item of today's log is due on the log's date. */

import { dueItems } from '../due.js';
import type { Rule } from '../rule.js';

export const itemsDueToday: Rule<'items/due-today'> = {
  id: 'items/due-today',
  run: ({ today, calendar }) => {
    const date = today.date;
    if (date === null) return [];
    return dueItems(today, calendar).filter((due) => due.daysLate === 0).map(({ item, due }) => ({
      file: today.file,
      line: item.line,
      column: item.column,
      message: `this item is due today (${due}) and is still ${item.status === 'in-progress' ? 'in progress' : 'open'}`,
      data: { due, date, workingDaysLate: 0 },
    }));
  },
};
