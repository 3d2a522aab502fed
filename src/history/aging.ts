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
  /** Open in the previous log, done today. */
  doneSincePrevious: Item[];
  /** Open in the previous log, cancelled today: not done, and listed apart. */
  cancelledSincePrevious: Item[];
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
  // Walk forward one log at a time: an item's first sighting is where the run of open copies of it starts.
  let firstSeen = new Map<Item, IsoDate>();
  let carried = new Map<Item, Item>();
  for (const [index, log] of chain.entries()) {
    const earlier = index > 0 ? chain[index - 1] : undefined;
    carried = earlier ? matchItems(earlier.items.filter(isOpen), log.items) : new Map();
    const seen = new Map<Item, IsoDate>();
    for (const item of log.items.filter(isOpen)) {
      const before = carried.get(item);
      seen.set(item, (before && firstSeen.get(before)) ?? log.date ?? '');
    }
    firstSeen = seen;
  }

  const ages = new Map<Item, ItemAge>();
  for (const [item, since] of firstSeen) {
    // Working days after the first sighting up to today: Friday to Monday is one day old.
    const age = today.date && compareDates(since, today.date) < 0 ? countWorkingDays(addDaysIso(since, 1), today.date, calendar) : 0;
    ages.set(item, { firstSeen: since, age, carriedOver: since !== today.date });
  }

  const changes = previous ? changesSince(previous, carried) : { doneSincePrevious: [], cancelledSincePrevious: [], dropped: [] };
  return { previous, ages, ...changes };
}

/** What became of the previous log's open items: done, cancelled or gone; `carried` maps today's items to the previous log's. */
export function changesSince(previous: WorkLog, carried: ReadonlyMap<Item, Item>): Pick<History, 'doneSincePrevious' | 'cancelledSincePrevious' | 'dropped'> {
  const doneSincePrevious: Item[] = [];
  const cancelledSincePrevious: Item[] = [];
  const dropped: Item[] = [];
  const now = new Map([...carried].map(([later, earlier]) => [earlier, later]));
  for (const item of previous.items.filter(isOpen)) {
    const match = now.get(item);
    if (!match) dropped.push(item);
    else if (match.status === 'done') doneSincePrevious.push(match);
    else if (match.status === 'cancelled') cancelledSincePrevious.push(match);
  }
  return { doneSincePrevious, cancelledSincePrevious, dropped };
}
