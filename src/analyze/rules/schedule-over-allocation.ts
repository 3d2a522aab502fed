/** schedule/over-allocation: a person booked for more working days than the cycle has. */

import type { Rule } from '../rule.js';

export const scheduleOverAllocation: Rule<'schedule/over-allocation'> = {
  id: 'schedule/over-allocation',
  run: (context) => context.schedule.plans.flatMap((plan, index) => {
    if (plan.kind !== 'table' || plan.capacity === null || !plan.start || !plan.end) return [];
    const capacity = plan.capacity;
    const inCycle = context.schedule.bookings.filter((booking) =>
      booking.plan === index && booking.start >= (plan.start ?? '') && booking.end <= (plan.end ?? ''));
    const people = [...new Set(inCycle.map((booking) => booking.person))];
    return people.flatMap((person) => {
      const mine = inCycle.filter((booking) => booking.person === person);
      // Stated days count as written; a row without them counts its working days.
      const booked = mine.reduce((sum, booking) => sum + (booking.stated ?? booking.days.length), 0);
      if (booked <= capacity) return [];
      return [{
        file: plan.file,
        line: mine[0]?.line ?? plan.line,
        column: 1,
        message: `${person} is booked for ${booked} working days in a cycle of ${capacity} (${plan.start} – ${plan.end}): ${mine.map((booking) => `${booking.project} ${booking.stated ?? booking.days.length}`).join(' + ')}`,
        data: { person, booked, capacity, rows: mine.map((booking) => booking.line) },
      }];
    });
  }),
};
