/** The window of days a plan is shown and listed over, day by day: at most a year from its start, however long the plan. */

import { dayNumber } from '../../calendar/day-number.js';
import { addDaysIso } from '../../calendar/iso-date.js';
import type { IsoDate } from '../../model/log.js';

/** The most days a load chart shows, and a finding lists one by one. */
export const windowDays = 366;

/** The days from `start` shown day by day: to `end`, or a year on when `end` is further. */
export function dayWindow(start: IsoDate, end: IsoDate): { start: IsoDate; end: IsoDate; clipped: boolean } {
  const clipped = dayNumber(end) - dayNumber(start) >= windowDays;
  return { start, end: clipped ? addDaysIso(start, windowDays - 1) : end, clipped };
}

/** Whether a run of days, first to last, fits in one window. */
export function fitsWindow(first: IsoDate, last: IsoDate): boolean {
  return dayNumber(last) - dayNumber(first) < windowDays;
}
