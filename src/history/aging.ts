/** How long open items have been open across dated logs, and what changed since the previous log. */

import { compareDates } from '../calendar/day-number.js';
import { addDaysIso } from '../calendar/iso-date.js';
import { countWorkingDays, type WorkCalendar } from '../calendar/working-days.js';
import type { Item, IsoDate, WorkLog } from '../model/log.js';
import { isOpen } from '../analyze/items.js';
import { matchItems } from './identity.js';

export interface ItemAge {
  /** The date of the earliest log in an unbroken run of logs that carry the item open. */
  firstSeen: IsoDate;
  /** Working days since then (0 for an item new today). */
  age: number;
  /** The previous log had it open too. */
  carriedOver: boolean;
}

export interface History {
  /** The previous dated log, or null when today's log is the only one. */
  previous: WorkLog | null;
  ages: Map<Item, ItemAge>;
  /** Open in the previous log, done (or cancelled) today. */
  doneSincePrevious: Item[];
  /** Open in the previous log, and gone from today's. */
  dropped: Item[];
}

/** Dated logs from the oldest to `today`; undated logs have no place in a history. */
function timeline(logs: readonly WorkLog[], today: WorkLog): WorkLog[] {
  if (!today.date) return [today];
  const date = today.date;
  return logs.filter((log) => log.date !== null && compareDates(log.date, date) <= 0 && log !== today)
    .sort((a, b) => compareDates(a.date ?? '', b.date ?? ''))
    .concat(today);
}

export function buildHistory(logs: readonly WorkLog[], today: WorkLog, calendar: WorkCalendar): History {
  const chain = timeline(logs, today);
  const previous = chain.length > 1 ? chain[chain.length - 2] ?? null : null;
  // Walk back one log at a time: an item's first sighting is where the run of open copies of it starts.
  const ages = new Map<Item, ItemAge>();
  for (const item of today.items.filter(isOpen)) {
    let firstSeen = today.date ?? '';
    let current = item;
    for (let index = chain.length - 2; index >= 0; index--) {
      const earlier = chain[index] as WorkLog;
      const match = matchItems(earlier.items.filter(isOpen), [current]).get(current);
      if (!match || !earlier.date) break;
      firstSeen = earlier.date;
      current = match;
    }
    // Working days after the first sighting up to today: Friday to Monday is one day old.
    const age = today.date && compareDates(firstSeen, today.date) < 0 ? countWorkingDays(addDaysIso(firstSeen, 1), today.date, calendar) : 0;
    ages.set(item, { firstSeen, age, carriedOver: firstSeen !== today.date });
  }

  const doneSincePrevious: Item[] = [];
  const dropped: Item[] = [];
  if (previous) {
    const carried = matchItems(today.items, previous.items.filter(isOpen));
    for (const item of previous.items.filter(isOpen)) {
      const now = carried.get(item);
      if (!now) dropped.push(item);
      else if (!isOpen(now)) doneSincePrevious.push(now);
    }
  }
  return { previous, ages, doneSincePrevious, dropped };
}
