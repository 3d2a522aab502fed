/** schedule/overlap: a person booked on two different projects on the same working day, within one plan — one finding per person and plan. */

import type { WorkCalendar } from '../../calendar/working-days.js';
import type { OverlapData, OverlapPair } from '../../model/finding-data.js';
import type { LocalDateTime } from '../../model/gantt.js';
import type { IsoDate } from '../../model/log.js';
import type { Booking } from '../../model/schedule.js';
import { plural } from '../../words/plural.js';
import type { Rule } from '../rule.js';
import { findConflicts, type ConflictPair } from '../schedule/conflicts.js';
import { dayRuns, formatDays } from '../schedule/days.js';
import { fitsWindow } from '../schedule/window.js';

/** The days as a list when they fit in a year; else their count and runs, so the finding stays small. */
function listedDays(days: readonly IsoDate[], calendar: WorkCalendar): Pick<OverlapData, 'days' | 'longOverlap'> {
  if (fitsWindow(days[0] ?? '', days.at(-1) ?? '')) return { days: [...days] };
  return { days: [], longOverlap: { workdays: days.length, runs: dayRuns(days, calendar).map(([start, end]) => ({ start, end })) } };
}

const taskOf = (pair: ConflictPair, side: 0 | 1): string => pair.groups[side].bookings[0]?.project ?? pair.groups[side].key;

/** Where a pair is reported: the later project's booking on one of the shared days. */
function placeOf(pair: ConflictPair): Booking | undefined {
  const shared = new Set(pair.days);
  const [, second] = pair.groups;
  return second.bookings.find((booking) => booking.days.some((day) => shared.has(day))) ?? second.bookings[0];
}

const lineOf = (pair: ConflictPair, side: 0 | 1): number => {
  const shared = new Set(pair.days);
  const group = pair.groups[side];
  return (group.bookings.find((booking) => booking.days.some((day) => shared.has(day))) ?? group.bookings[0])?.line ?? 1;
};

/** For tasks with times of day, when the first clash starts and ends (`11:00`–`11:30`); null for whole-day tasks. */
function clashTimes(pair: ConflictPair): { start: LocalDateTime; end: LocalDateTime } | null {
  for (const a of pair.groups[0].bookings) {
    for (const b of pair.groups[1].bookings) {
      if (!a.times || !b.times) continue;
      const start = a.times.start > b.times.start ? a.times.start : b.times.start;
      const end = a.times.end < b.times.end ? a.times.end : b.times.end;
      if (start < end) return { start, end };
    }
  }
  return null;
}

/** The pair with the most shared days, the first of them on a tie. */
function worstOf(pairs: readonly ConflictPair[]): ConflictPair | undefined {
  return pairs.reduce<ConflictPair | undefined>((worst, pair) => (!worst || pair.days.length > worst.days.length ? pair : worst), undefined);
}

export const scheduleOverlap: Rule<'schedule/overlap'> = {
  id: 'schedule/overlap',
  run: (context) => findConflicts(context.schedule).flatMap((conflict) => {
    const worst = worstOf(conflict.pairs);
    if (!worst) return [];
    const plan = context.schedule.plans[conflict.plan];
    const restated = conflict.restatedIn.map((index) => context.schedule.plans[index]).filter((other) => other !== undefined);
    const also = restated.length > 0 ? `, and the gantt chart at line ${restated.map((other) => other.line).join(', ')} books the same` : '';
    const where = plan ? ` (${plan.kind === 'table' ? 'staffing table' : 'gantt chart'}${also})` : '';
    const pairText = (pair: ConflictPair) => {
      const times = clashTimes(pair);
      const at = times ? `, ${times.start.slice(11, 16)}–${times.end.slice(11, 16)}` : '';
      return `\`${taskOf(pair, 0)}\` and \`${taskOf(pair, 1)}\` on ${plural(pair.days.length, 'working day')}: ${formatDays(pair.days, context.calendar)}${at}`;
    };
    const message = conflict.pairCount === 1
      ? `${conflict.person} is booked on ${pairText(worst)}${where}`
      : `${conflict.person} is booked on two projects at once in ${conflict.pairCount > conflict.pairs.length ? `more than ${conflict.pairs.length}` : conflict.pairCount} pairs, on ${plural(conflict.days.length, 'working day')} in all${where}; the longest: ${pairText(worst)}`;
    const pairs: OverlapPair[] = conflict.pairs.map((pair) => {
      const times = clashTimes(pair);
      return {
        tasks: [taskOf(pair, 0), taskOf(pair, 1)],
        days: fitsWindow(pair.days[0] ?? '', pair.days.at(-1) ?? '') ? pair.days : [],
        lines: [lineOf(pair, 0), lineOf(pair, 1)],
        ...(times ? { times } : {}),
      };
    });
    const at = placeOf(worst);
    return [{
      file: at?.file ?? context.today.file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      message,
      data: {
        person: conflict.person,
        ...listedDays(conflict.days, context.calendar),
        tasks: [...new Set(pairs.flatMap((pair) => pair.tasks))],
        pairs,
        pairCount: conflict.pairCount,
        plan: plan ? { kind: plan.kind, line: plan.line } : null,
        ...(restated.length > 0 ? { restatedIn: restated.map((other) => ({ kind: other.kind, line: other.line })) } : {}),
      },
    }];
  }),
};
