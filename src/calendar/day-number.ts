/** Calendar days as whole numbers (days since 1970-01-01), so dates of any year compare and count as numbers, not as text. */

import type { IsoDate } from '../model/log.js';

/** Days since 1970-01-01 in the proleptic Gregorian calendar, as JavaScript's `Date` counts them. */
export type DayNumber = number;

const isoPattern = /^([+-]?\d{1,6})-(\d{1,2})-(\d{1,2})/;

/** Days from 1970-01-01 to a year, month (1-12) and day, by Howard Hinnant's `days_from_civil`. */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const digitAt = (text: string, position: number): number => text.charCodeAt(position) - 48;

const isDigit = (text: string, position: number): boolean => {
  const digit = digitAt(text, position);
  return digit >= 0 && digit <= 9;
};

/** The digits of a plain `YYYY-MM-DD` start read by hand (dates are compared by the million); null for any other shape. */
function plainDayNumber(date: string): DayNumber | null {
  if (date.length < 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null;
  for (let position = 0; position < 10; position++) if (position !== 4 && position !== 7 && !isDigit(date, position)) return null;
  const year = digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
  return dayNumberOf(year, digitAt(date, 5) * 10 + digitAt(date, 6), digitAt(date, 8) * 10 + digitAt(date, 9));
}

/** The day a `YYYY-MM-DD` date (or the date part of a date-time) stands for; NaN for text that is not one. Years may have more than four digits. */
export function dayNumber(date: IsoDate): DayNumber {
  const plain = plainDayNumber(date);
  if (plain !== null) return plain;
  const match = isoPattern.exec(date);
  if (!match) return Number.NaN;
  return dayNumberOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Year, month (1-12) and day of a day number, by Howard Hinnant's `civil_from_days`. */
export function civilDate(day: DayNumber): { year: number; month: number; day: number } {
  const shifted = day + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthIndex + (monthIndex < 10 ? 3 : -9);
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1 };
}

/** `YYYY-MM-DD` for a day number; a year past 9999 is written with all its digits. */
export function isoFromDayNumber(day: DayNumber): IsoDate {
  const date = civilDate(day);
  const year = date.year < 0 ? `-${String(-date.year).padStart(4, '0')}` : String(date.year).padStart(4, '0');
  return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The year of a date as written, with all its digits (`10000-01-03` is in 10000, not 1000). */
export function yearOf(date: IsoDate): number {
  return civilDate(dayNumber(date)).year;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Negative, zero or positive as `a` is before, on or after `b`: dates compared as days, never as text. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** The earliest and latest of some dates, or null for none (a loop: the lists can be long). */
export function dateBounds(dates: Iterable<IsoDate>): { first: IsoDate; last: IsoDate } | null {
  let bounds: { first: IsoDate; last: IsoDate } | null = null;
  for (const date of dates) {
    if (!bounds) bounds = { first: date, last: date };
    else if (compareDates(date, bounds.first) < 0) bounds.first = date;
    else if (compareDates(date, bounds.last) > 0) bounds.last = date;
  }
  return bounds;
}
