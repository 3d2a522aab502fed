/** Calendar dates as `YYYY-MM-DD` strings: made and read through date-fns at local midnight, added and counted as day numbers. */

import { format, isValid } from 'date-fns';
import type { IsoDate } from '../model/log.js';
import { dayNumber, isoFromDayNumber, weekdayOf } from './day-number.js';

/** The date for year, month (1-12) and day, or null when no such day exists (2023-02-30). */
export function makeDate(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return null;
  }
  return toIsoDate(date);
}

export function toIsoDate(date: Date): IsoDate {
  const year = date.getFullYear();
  // date-fns writes years before 1 by era (0 is 1 BC) and throws on an invalid date; every other date is written out
  // here as date-fns writes it, which costs a fraction of its format().
  if (!(year > 0)) return format(date, 'yyyy-MM-dd');
  return `${String(year).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Local midnight of an ISO date (the model never carries a time zone for whole days). */
export function fromIsoDate(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? NaN, (month ?? NaN) - 1, day ?? NaN);
}

// Whole days are counted as day numbers: no time zone, no daylight-saving hour, any year.
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return isoFromDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return weekdayOf(dayNumber(date));
}
