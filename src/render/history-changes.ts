/** What changed since the previous log, as every format lists it: done, cancelled and dropped apart. */

import type { History } from '../history/aging.js';
import type { Item } from '../model/log.js';

export type Change = 'done' | 'cancelled' | 'dropped';

export interface ChangedItem {
  change: Change;
  item: Item;
}

/** Done first, then cancelled, then dropped; each in the order of its log. */
export function changedItems(history: History): ChangedItem[] {
  return [
    ...history.doneSincePrevious.map((item) => ({ change: 'done' as const, item })),
    ...history.cancelledSincePrevious.map((item) => ({ change: 'cancelled' as const, item })),
    ...history.dropped.map((item) => ({ change: 'dropped' as const, item })),
  ];
}

/** `2 done · 1 cancelled`, or an empty list when nothing changed. */
export function changeCounts(history: History): { change: Change; count: number }[] {
  const counts: { change: Change; count: number }[] = [
    { change: 'done', count: history.doneSincePrevious.length },
    { change: 'cancelled', count: history.cancelledSincePrevious.length },
    { change: 'dropped', count: history.dropped.length },
  ];
  return counts.filter((entry) => entry.count > 0);
}
