/** Double bookings: a person on two different projects on the same working day, within one plan. */

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

export interface Conflict {
  person: string;
  plan: number;
  groups: [BookingGroup, BookingGroup];
  days: IsoDate[];
}

// Booked days lie in years 1–9999 (longer or further ranges are never booked), so as text they sort in date order.
const byDate = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

export function groupBookings(bookings: readonly Booking[]): BookingGroup[] {
  const groups = new Map<string, BookingGroup & { booked: Set<IsoDate> }>();
  for (const booking of bookings) {
    const id = JSON.stringify([booking.plan, booking.person, booking.key]);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { person: booking.person, plan: booking.plan, key: booking.key, bookings: [], days: [], booked: new Set() }));
    group.bookings.push(booking);
    for (const day of booking.days) group.booked.add(day);
  }
  return [...groups.values()].map(({ booked, ...group }) => ({ ...group, days: [...booked].sort(byDate) }));
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
function sharedDays(first: readonly IsoDate[], second: readonly IsoDate[]): IsoDate[] {
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

/**
 * One conflict per pair of projects a person holds on the same working days; the same project twice is not one.
 * Only a person's own groups in one plan are compared, and only those whose spans meet.
 */
export function findConflicts(schedule: Schedule): Conflict[] {
  const groups = groupBookings(schedule.bookings);
  const byPerson = new Map<string, number[]>();
  groups.forEach((group, index) => {
    if (group.days.length === 0) return;
    const id = JSON.stringify([group.plan, group.person]);
    const mine = byPerson.get(id);
    if (mine) mine.push(index);
    else byPerson.set(id, [index]);
  });
  const pairs: [number, number, IsoDate[]][] = [];
  for (const indexes of byPerson.values()) {
    // Sweep the person's groups by first day: a group meets only those still open when it starts.
    const ordered = [...indexes].sort((a, b) => byDate(groups[a]?.days[0] ?? '', groups[b]?.days[0] ?? '') || a - b);
    let open: number[] = [];
    for (const index of ordered) {
      const group = groups[index];
      if (!group) continue;
      const start = group.days[0] ?? '';
      open = open.filter((other) => byDate(groups[other]?.days.at(-1) ?? '', start) >= 0);
      for (const other of open) {
        const days = sharedDays(groups[other]?.days ?? [], group.days);
        if (days.length > 0) pairs.push([Math.min(index, other), Math.max(index, other), days]);
      }
      open.push(index);
    }
  }
  // In the order groups were first booked, as the plan is written.
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return pairs.flatMap(([firstIndex, secondIndex, days]) => {
    const first = groups[firstIndex];
    const second = groups[secondIndex];
    return first && second ? [{ person: first.person, plan: first.plan, groups: [first, second] as [BookingGroup, BookingGroup], days }] : [];
  });
}
