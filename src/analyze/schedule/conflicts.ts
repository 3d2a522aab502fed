/** Double bookings: a person on two different projects on the same working day (at the same time of day), within one plan. */

import type { LocalDateTime } from '../../model/gantt.js';
import type { IsoDate } from '../../model/log.js';
import type { Booking, Schedule } from '../../model/schedule.js';

/** A person's bookings of one project in one plan (a chart may split a project into several tasks). */
export interface BookingGroup {
  person: string;
  plan: number;
  key: string;
  bookings: Booking[];
  /** Working days booked, in order. */
  days: IsoDate[];
}

/** Two of a person's projects on the same days. */
export interface ConflictPair {
  groups: [BookingGroup, BookingGroup];
  days: IsoDate[];
}

/** Everything one person is double-booked on in one plan. */
export interface Conflict {
  person: string;
  plan: number;
  /** The pairs, in the order the plan books them; at most `pairLimit`. */
  pairs: ConflictPair[];
  /** How many pairs in all (past `pairLimit`, the pairs whose dates meet). */
  pairCount: number;
  /** Every working day booked on two projects or more, in order. */
  days: IsoDate[];
  /** Other plans (gantt charts) that book the same pairs on the same days: said once, here. */
  restatedIn: number[];
}

/** The most pairs a finding lists: a plan where one person holds hundreds of tasks at once is one problem, not thousands. */
export const pairLimit = 100;

// Booked days lie in years 1–9999 (longer or further ranges are never booked), so as text they sort in date order.
const byDate = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** Whether days are in order with none twice, as one booking lists them (and most groups, whose tasks follow each other). */
function inOrder(days: readonly IsoDate[]): boolean {
  for (let index = 1; index < days.length; index++) if (byDate(days[index - 1] ?? '', days[index] ?? '') >= 0) return false;
  return true;
}

export function groupBookings(bookings: readonly Booking[]): BookingGroup[] {
  // By plan, then person, then project: no key text is built per booking.
  const byPlan = new Map<number, Map<string, Map<string, BookingGroup>>>();
  const groups: BookingGroup[] = [];
  for (const booking of bookings) {
    let byPerson = byPlan.get(booking.plan);
    if (!byPerson) byPlan.set(booking.plan, (byPerson = new Map()));
    let byKey = byPerson.get(booking.person);
    if (!byKey) byPerson.set(booking.person, (byKey = new Map()));
    let group = byKey.get(booking.key);
    if (!group) {
      byKey.set(booking.key, (group = { person: booking.person, plan: booking.plan, key: booking.key, bookings: [], days: [] }));
      groups.push(group);
    }
    group.bookings.push(booking);
    // A group of one booking reads that booking's days; a second booking gives the group its own list.
    if (group.bookings.length === 1) group.days = booking.days;
    else {
      if (group.bookings.length === 2) group.days = [...group.days];
      for (const day of booking.days) group.days.push(day);
    }
  }
  for (const group of groups) if (!inOrder(group.days)) group.days = [...new Set(group.days)].sort(byDate);
  return groups;
}

/** The first position in sorted `days` at or after `day`. */
function firstAtOrAfter(days: readonly IsoDate[], day: IsoDate): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] ?? '') < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Days both sorted lists have, walked only where their spans meet. */
function commonDays(first: readonly IsoDate[], second: readonly IsoDate[]): IsoDate[] {
  const from = byDate(first[0] ?? '', second[0] ?? '') > 0 ? first[0] ?? '' : second[0] ?? '';
  const shared: IsoDate[] = [];
  let i = firstAtOrAfter(first, from);
  let j = firstAtOrAfter(second, from);
  while (i < first.length && j < second.length) {
    const order = byDate(first[i] ?? '', second[j] ?? '');
    if (order === 0) shared.push(first[i] ?? '');
    if (order <= 0) i++;
    if (order >= 0) j++;
  }
  return shared;
}

/** Times of day meet when they intersect; one ending as the other starts is a hand-off, not a double booking. */
const timesMeet = (a: { start: LocalDateTime; end: LocalDateTime }, b: { start: LocalDateTime; end: LocalDateTime }): boolean =>
  a.start < b.end && b.start < a.end;

/** Whether two bookings hold the person on `day` at once: a whole-day booking holds the whole day. */
function holdAtOnce(a: Booking, b: Booking, day: IsoDate): boolean {
  if (!a.days.includes(day) || !b.days.includes(day)) return false;
  return a.times === null || b.times === null || timesMeet(a.times, b.times);
}

/** The working days two groups both hold the person, at the same time of day where their tasks have times. */
function sharedDays(first: BookingGroup, second: BookingGroup): IsoDate[] {
  const days = commonDays(first.days, second.days);
  const timed = (group: BookingGroup) => group.bookings.some((booking) => booking.times !== null);
  if (!timed(first) && !timed(second)) return days;
  return days.filter((day) => first.bookings.some((a) => second.bookings.some((b) => holdAtOnce(a, b, day))));
}

/** One person's pairs in one plan, found by sweeping their groups by first day; listing stops at `pairLimit`. */
function personConflict(groups: readonly BookingGroup[]): Omit<Conflict, 'person' | 'plan' | 'restatedIn'> | null {
  const ordered = groups.map((group, index) => ({ group, index })).sort((a, b) => byDate(a.group.days[0] ?? '', b.group.days[0] ?? '') || a.index - b.index);
  const found: { pair: ConflictPair; order: [number, number] }[] = [];
  let pairCount = 0;
  let open: typeof ordered = [];
  for (const current of ordered) {
    const start = current.group.days[0] ?? '';
    open = open.filter((other) => byDate(other.group.days.at(-1) ?? '', start) >= 0);
    for (const other of open) {
      // Past the listing limit, pairs whose dates meet are counted without working out their days.
      if (found.length >= pairLimit) {
        pairCount++;
        continue;
      }
      const days = sharedDays(other.group, current.group);
      if (days.length === 0) continue;
      pairCount++;
      const [first, second] = other.index < current.index ? [other, current] : [current, other];
      if (found.length < pairLimit) found.push({ pair: { groups: [first.group, second.group], days }, order: [first.index, second.index] });
    }
    open.push(current);
  }
  if (pairCount === 0) return null;
  // In the order groups were first booked, as the plan is written.
  found.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  const pairs = found.map((entry) => entry.pair);
  const days = [...new Set(pairs.flatMap((pair) => pair.days))].sort(byDate);
  return { pairs, pairCount, days };
}

/** One conflict per person and plan holding two different projects on the same working days; the same project twice is not one. */
export function findConflicts(schedule: Schedule): Conflict[] {
  const byPerson = new Map<string, BookingGroup[]>();
  for (const group of groupBookings(schedule.bookings)) {
    if (group.days.length === 0) continue;
    const id = JSON.stringify([group.plan, group.person]);
    const mine = byPerson.get(id);
    if (mine) mine.push(group);
    else byPerson.set(id, [group]);
  }
  const conflicts: Conflict[] = [];
  for (const groups of byPerson.values()) {
    const found = personConflict(groups);
    const first = groups[0];
    if (found && first) conflicts.push({ person: first.person, plan: first.plan, ...found, restatedIn: [] });
  }
  return foldRestated(conflicts, schedule);
}

/** A pair as compared across plans: the person, both projects in either order, and the days. */
const pairIdentity = (person: string, pair: ConflictPair): string =>
  JSON.stringify([person, pair.groups.map((group) => group.key).sort(), pair.days]);

/**
 * A gantt chart that draws a staffing table's double booking again says nothing new: its same pairs (same person,
 * projects and days) are left to the table's conflict, which names the chart; a chart left without pairs has no conflict.
 */
function foldRestated(conflicts: readonly Conflict[], schedule: Schedule): Conflict[] {
  const inTables = new Map<string, Conflict>();
  for (const conflict of conflicts) {
    if (schedule.plans[conflict.plan]?.kind !== 'table') continue;
    for (const pair of conflict.pairs) inTables.set(pairIdentity(conflict.person, pair), conflict);
  }
  if (inTables.size === 0) return [...conflicts];
  return conflicts.flatMap((conflict) => {
    if (schedule.plans[conflict.plan]?.kind !== 'gantt') return [conflict];
    const pairs = conflict.pairs.filter((pair) => {
      const table = inTables.get(pairIdentity(conflict.person, pair));
      if (table && !table.restatedIn.includes(conflict.plan)) table.restatedIn.push(conflict.plan);
      return !table;
    });
    if (pairs.length === conflict.pairs.length) return [conflict];
    const pairCount = conflict.pairCount - (conflict.pairs.length - pairs.length);
    if (pairs.length === 0 && pairCount === 0) return [];
    return [{ ...conflict, pairs, pairCount, days: [...new Set(pairs.flatMap((pair) => pair.days))].sort(byDate) }];
  });
}
