/** Periods counted from the start of a cycle: `Day 1 ~ Day 3`, `Week 2`, `第3天`, `第2周`, and the dates they name in a cycle. */

import { addDaysIso } from '../calendar/iso-date.js';
import { isWorkingDay, type WorkCalendar } from '../calendar/working-days.js';
import type { DateRange } from './periods.js';

export interface RelativePeriod {
  /** Working days counted from the cycle's first, or weeks of seven days from it. */
  unit: 'day' | 'week';
  /** 1-based, both included. */
  from: number;
  to: number;
}

// `Day 1`, `D1`, `第1天`, `Week 2`, `W2`, `第2周`; a range repeats the unit or not: `Day 1-3`, `第1-3天`.
const one = /^(?:(day|d|week|wk|w)\s*(\d{1,3})|第\s*(\d{1,3})\s*(天|日|周))$/i;
const span = /^(?:(day|d|week|wk|w)\s*(\d{1,3})|第\s*(\d{1,3})\s*(天|日|周)?)\s*(?:-|~|〜|–|—|至|到|to|→)\s*(?:(day|d|week|wk|w)\s*|第\s*)?(\d{1,3})\s*(天|日|周)?$/i;

function unitOf(word: string | undefined): 'day' | 'week' | null {
  if (!word) return null;
  return /^(?:day|d|天|日)$/i.test(word) ? 'day' : 'week';
}

/** Reads a period cell counted from the cycle's start, or null when it is written as dates (or not at all). */
export function readRelativePeriod(cell: string): RelativePeriod | null {
  const text = cell.normalize('NFKC').trim();
  const single = one.exec(text);
  if (single) {
    const unit = unitOf(single[1] ?? single[4]);
    const number = Number(single[2] ?? single[3]);
    return unit && number >= 1 ? { unit, from: number, to: number } : null;
  }
  const range = span.exec(text);
  if (!range) return null;
  const units = [unitOf(range[1]), unitOf(range[4]), unitOf(range[5]), unitOf(range[7])].filter((unit) => unit !== null);
  const unit = units[0];
  const from = Number(range[2] ?? range[3]);
  const to = Number(range[6]);
  if (!unit || units.some((other) => other !== unit) || from < 1 || to < from) return null;
  return { unit, from, to };
}

// Day numbers past this are typing mistakes, not plans; they are counted no further.
const longestCount = 366;

/** The first and last working day a relative period names, counted from the cycle's first day; null when it names none. */
export function resolveRelativePeriod(period: RelativePeriod, cycleStart: string, calendar: WorkCalendar): DateRange | null {
  if (period.unit === 'week') {
    // Week n is the n-th seven days from the cycle's start, as a sprint's weeks are.
    const first = firstWorkingDay(addDaysIso(cycleStart, (period.from - 1) * 7), addDaysIso(cycleStart, period.to * 7 - 1), calendar, 1);
    const last = firstWorkingDay(addDaysIso(cycleStart, period.to * 7 - 1), addDaysIso(cycleStart, (period.from - 1) * 7), calendar, -1);
    return first && last ? { start: first, end: last } : null;
  }
  if (period.to > longestCount) return null;
  let start: string | null = null;
  let count = 0;
  for (let date = cycleStart, steps = 0; steps < longestCount * 2; date = addDaysIso(date, 1), steps++) {
    if (!isWorkingDay(date, calendar)) continue;
    count++;
    if (count === period.from) start = date;
    if (count === period.to) return start ? { start, end: date } : null;
  }
  return null;
}

/** The first working day from `from` towards `limit` (both included), stepping by `step`. */
function firstWorkingDay(from: string, limit: string, calendar: WorkCalendar, step: 1 | -1): string | null {
  for (let date = from, steps = 0; steps <= 7 * longestCount; date = addDaysIso(date, step), steps++) {
    if (isWorkingDay(date, calendar)) return date;
    if (date === limit) return null;
  }
  return null;
}
