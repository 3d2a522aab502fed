/** How every format words an item that is due: `overdue` or `due today`, and how late it is. */

import type { DueItem } from '../analyze/due.js';
import { plural } from '../words/plural.js';

/** `overdue` or `due today`. */
export function dueLabel(entry: DueItem): string {
  return entry.daysLate > 0 ? 'overdue' : 'due today';
}

/** `due 2024-07-12, 3 days late (1 working day)`: how late an overdue item is. */
export function lateness(entry: DueItem): string {
  return `due ${entry.due}, ${plural(entry.daysLate, 'day')} late (${plural(entry.workingDaysLate, 'working day')})`;
}

/** `2 overdue · 1 due today`. */
export function dueCounts(due: readonly DueItem[]): string {
  const overdue = due.filter((entry) => entry.daysLate > 0).length;
  return [overdue ? `${overdue} overdue` : '', due.length - overdue ? `${due.length - overdue} due today` : ''].filter((part) => part !== '').join(' · ');
}
