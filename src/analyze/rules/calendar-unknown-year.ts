/** calendar/unknown-year: a plan reaches a year the official calendar does not cover yet. */

import type { Rule } from '../rule.js';

export const calendarUnknownYear: Rule<'calendar/unknown-year'> = {
  id: 'calendar/unknown-year',
  run: (context) => {
    const covered = context.calendar.officialYears;
    if (!covered) return [];
    return context.schedule.plans.flatMap((plan) => {
      const years = [...new Set([plan.start, plan.end, ...context.schedule.bookings
        .filter((booking) => context.schedule.plans[booking.plan] === plan)
        .flatMap((booking) => [booking.start, booking.end])]
        .filter((date): date is string => date !== null)
        .map((date) => Number(date.slice(0, 4))))]
        .filter((year) => year < covered.first || year > covered.last)
        .sort();
      if (years.length === 0) return [];
      return [{
        file: plan.file,
        line: plan.line,
        column: 1,
        message: `this ${plan.kind === 'table' ? 'staffing table' : 'gantt chart'} reaches ${years.join(', ')}, which the official calendar (${covered.first}–${covered.last}) does not cover yet: its holidays and make-up days are unknown, so only weekends are days off there`,
        data: { years, covered },
      }];
    });
  },
};
