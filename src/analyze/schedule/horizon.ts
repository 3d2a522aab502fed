/** How long a plan can plausibly be: ranges within the horizon (`limits.horizonYears`) and inside years 1–9999 are expanded into days; others are reported. */

import { civilDate, dayNumber, dayNumberOf } from '../../calendar/day-number.js';
import type { IsoDate } from '../../model/log.js';
import type { RangeProblem } from '../../model/schedule.js';

/** What is wrong with a range as a plan, or null for a range worth expanding into days. */
export function rangeProblem(start: IsoDate, end: IsoDate, horizonYears: number): RangeProblem | null {
  const first = dayNumber(start);
  const last = dayNumber(end);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return 'not-a-date';
  const from = civilDate(Math.min(first, last));
  const to = civilDate(Math.max(first, last));
  if (to.year > 9999) return 'past-9999';
  if (from.year < 1) return 'before-year-1';
  // The horizon is counted in calendar years: five years from 2023-11-06 end on 2028-11-05.
  return Math.abs(last - first) >= dayNumberOf(from.year + horizonYears, from.month, from.day) - Math.min(first, last) ? 'longer-than-horizon' : null;
}

/** Whole years a range spans, for messages (`4000 years`). */
export function yearsSpanned(start: IsoDate, end: IsoDate): number {
  return Math.floor(Math.abs(dayNumber(end) - dayNumber(start) + 1) / 365.2425);
}
