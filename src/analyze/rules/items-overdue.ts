/** items/overdue: an open or in-progress item of today's log is past its due date. */

import { plural } from '../../words/plural.js';
import { dueItems } from '../due.js';
import type { Rule } from '../rule.js';

export const itemsOverdue: Rule<'items/overdue'> = {
  id: 'items/overdue',
  run: ({ today, calendar }) => {
    const date = today.date;
    if (date === null) return [];
    return dueItems(today, calendar).filter((due) => due.daysLate > 0).map(({ item, due, daysLate, workingDaysLate }) => ({
      file: today.file,
      line: item.line,
      column: item.column,
      message: `this item was due ${due}, ${plural(daysLate, 'day')} ago (${plural(workingDaysLate, 'working day')}), and is still ${item.status === 'in-progress' ? 'in progress' : 'open'}`,
      data: { due, date, workingDaysLate },
    }));
  },
};
