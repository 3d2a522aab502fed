/** Double bookings: a person on two different projects on the same working day, within one plan. */

import type { IsoDate } from '../../model/log.js';
import type { Booking, Schedule } from '../../model/schedule.js';

/** A person's bookings of one project in one plan (a chart may split a project into several tasks). */
export interface BookingGroup {
  person: string;
  plan: number;
  key: string;
  bookings: Booking[];
  days: IsoDate[];
}

export interface Conflict {
  person: string;
  plan: number;
  groups: [BookingGroup, BookingGroup];
  days: IsoDate[];
}

export function groupBookings(bookings: readonly Booking[]): BookingGroup[] {
  const groups = new Map<string, BookingGroup>();
  for (const booking of bookings) {
    const id = JSON.stringify([booking.plan, booking.person, booking.key]);
    const group = groups.get(id) ?? { person: booking.person, plan: booking.plan, key: booking.key, bookings: [], days: [] };
    group.bookings.push(booking);
    group.days = [...new Set([...group.days, ...booking.days])].sort();
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** One conflict per pair of projects a person holds on the same working days; the same project twice is not one. */
export function findConflicts(schedule: Schedule): Conflict[] {
  const groups = groupBookings(schedule.bookings);
  const conflicts: Conflict[] = [];
  groups.forEach((first, index) => {
    for (const second of groups.slice(index + 1)) {
      if (first.plan !== second.plan || first.person !== second.person) continue;
      const shared = new Set(second.days);
      const days = first.days.filter((day) => shared.has(day));
      if (days.length > 0) conflicts.push({ person: first.person, plan: first.plan, groups: [first, second], days });
    }
  });
  return conflicts;
}
