/** schedule/over-allocation: a person booked for more working days than the cycle has. */

import { compareDates } from '../../calendar/day-number.js';
import type { Booking, Plan } from '../../model/schedule.js';
import type { Rule, RuleResult } from '../rule.js';

export const scheduleOverAllocation: Rule<'schedule/over-allocation'> = {
  id: 'schedule/over-allocation',
  run: (context) => {
    // Each plan's bookings, found in one pass: a log of many days has many plans.
    const byPlan = new Map<number, Booking[]>();
    for (const booking of context.schedule.bookings) {
      const mine = byPlan.get(booking.plan);
      if (mine) mine.push(booking);
      else byPlan.set(booking.plan, [booking]);
    }
    return context.schedule.plans.flatMap((plan, index) => overAllocated(plan, byPlan.get(index) ?? []));
  },
};

function overAllocated(plan: Plan, bookings: readonly Booking[]): RuleResult<'schedule/over-allocation'>[] {
  if (plan.kind !== 'table' || plan.capacity === null || !plan.start || !plan.end) return [];
  const { capacity, start, end } = plan;
  const inCycle = bookings.filter((booking) => compareDates(booking.start, start) >= 0 && compareDates(booking.end, end) <= 0);
  const byPerson = new Map<string, typeof inCycle>();
  for (const booking of inCycle) {
    const mine = byPerson.get(booking.person);
    if (mine) mine.push(booking);
    else byPerson.set(booking.person, [booking]);
  }
  return [...byPerson].flatMap(([person, mine]) => {
    // Stated days count as written, but never more than the period has (that row is schedule/days-mismatch's);
    // a row without them counts its working days.
    const daysOf = (booking: (typeof mine)[number]): number => Math.min(booking.stated ?? Infinity, booking.days.length);
    const booked = mine.reduce((sum, booking) => sum + daysOf(booking), 0);
    if (booked <= capacity) return [];
    return [{
      file: plan.file,
      line: mine[0]?.line ?? plan.line,
      column: 1,
      message: `${person} is booked for ${booked} working days in a cycle of ${capacity} (${plan.start} – ${plan.end}): ${mine.map((booking) => `${booking.project} ${daysOf(booking)}`).join(' + ')}`,
      data: { person, booked, capacity, rows: mine.map((booking) => booking.line) },
    }];
  });
}
