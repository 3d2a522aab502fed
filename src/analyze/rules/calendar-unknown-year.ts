/** calendar/unknown-year: a plan reaches a year the official calendar does not cover yet. */

import { yearOf } from '../../calendar/day-number.js';
import type { Rule } from '../rule.js';

export const calendarUnknownYear: Rule<'calendar/unknown-year'> = {
  id: 'calendar/unknown-year',
  run: (context) => {
    const covered = context.calendar.officialYears;
    if (!covered) return [];
    const { plans, bookings, implausible } = context.schedule;
    // A plan whose own range is implausible (a mistyped year) is schedule/implausible-range's to report.
    const notCharted = new Set(implausible.filter((range) => range.source === 'cycle' || range.source === 'chart').map((range) => range.plan));
    const yearsByPlan = plans.map((plan) => new Set([plan.start, plan.end].flatMap((date) => (date === null ? [] : [yearOf(date)]))));
    for (const booking of bookings) {
      yearsByPlan[booking.plan]?.add(yearOf(booking.start));
      yearsByPlan[booking.plan]?.add(yearOf(booking.end));
    }
    return plans.flatMap((plan, index) => {
      if (notCharted.has(index)) return [];
      const years = [...(yearsByPlan[index] ?? [])].filter((year) => year < covered.first || year > covered.last).sort((a, b) => a - b);
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
