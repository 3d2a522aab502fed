/** Which days are working days: Monday to Friday, minus holidays, plus make-up working days. */

import type { IsoDate } from '../model/log.js';
import { addDaysIso, weekday } from './iso-date.js';

export interface WorkCalendar {
  /** Days off that would otherwise be working days. */
  holidays: ReadonlySet<IsoDate>;
  /** Weekend days that are working days (China's 补班). */
  makeUpDays: ReadonlySet<IsoDate>;
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make-up-workday';

export const weekdaysOnly: WorkCalendar = { holidays: new Set(), makeUpDays: new Set() };

export function makeCalendar(holidays: Iterable<IsoDate> = [], makeUpDays: Iterable<IsoDate> = []): WorkCalendar {
  return { holidays: new Set(holidays), makeUpDays: new Set(makeUpDays) };
}

export function dayKind(date: IsoDate, calendar: WorkCalendar): DayKind {
  // An explicit make-up day wins over everything: it is the calendar's own override.
  if (calendar.makeUpDays.has(date)) return 'make-up-workday';
  if (calendar.holidays.has(date)) return 'holiday';
  const day = weekday(date);
  return day === 0 || day === 6 ? 'weekend' : 'workday';
}

export function isWorkingDay(date: IsoDate, calendar: WorkCalendar): boolean {
  const kind = dayKind(date, calendar);
  return kind === 'workday' || kind === 'make-up-workday';
}

/** Every working day from start to end, both included; empty when end is before start. */
export function workingDaysIn(start: IsoDate, end: IsoDate, calendar: WorkCalendar): IsoDate[] {
  const days: IsoDate[] = [];
  for (let date = start; date <= end; date = addDaysIso(date, 1)) {
    if (isWorkingDay(date, calendar)) days.push(date);
  }
  return days;
}

export function countWorkingDays(start: IsoDate, end: IsoDate, calendar: WorkCalendar): number {
  return workingDaysIn(start, end, calendar).length;
}
