/** Which days are working days: Monday to Friday, minus holidays, plus make-up working days. */

import type { IsoDate } from '../model/log.js';
import { addDaysIso, weekday } from './iso-date.js';

/** A day that is not what its weekday says: a day off on a weekday, or a working weekend day. */
export interface SpecialDay {
  kind: 'holiday' | 'rest-day' | 'company-holiday' | 'make-up-workday' | 'company-workday';
  name: string;
}

export interface WorkCalendar {
  days: ReadonlyMap<IsoDate, SpecialDay>;
  /** The years an official calendar covers; null when no official calendar is used. */
  officialYears: { first: number; last: number } | null;
  /** Where the calendar came from, for reports: `weekdays`, `chinese-days 1.5.7 + worklog.config.json`. */
  source: string;
}

export type DayKind = 'workday' | 'weekend' | SpecialDay['kind'];

/** How reports name each kind of day, in the words the log's readers use. */
export const dayKindWords: Readonly<Record<DayKind, string>> = {
  workday: '工作日',
  weekend: '周末',
  holiday: '法定假日',
  'rest-day': '调休休息',
  'company-holiday': '公司假日',
  'make-up-workday': '补班',
  'company-workday': '加班日',
};

export const weekdaysOnly: WorkCalendar = { days: new Map(), officialYears: null, source: 'weekdays' };

/** A calendar from plain lists of days off and extra working days (company days, or tests). */
export function makeCalendar(holidays: Iterable<IsoDate> = [], makeUpDays: Iterable<IsoDate> = []): WorkCalendar {
  const days = new Map<IsoDate, SpecialDay>();
  for (const date of holidays) days.set(date, { kind: 'company-holiday', name: '' });
  for (const date of makeUpDays) days.set(date, { kind: 'company-workday', name: '' });
  return { days, officialYears: null, source: 'weekdays' };
}

export function dayKind(date: IsoDate, calendar: WorkCalendar): DayKind {
  const special = calendar.days.get(date);
  if (special) return special.kind;
  const day = weekday(date);
  return day === 0 || day === 6 ? 'weekend' : 'workday';
}

export function isWorkingDay(date: IsoDate, calendar: WorkCalendar): boolean {
  const kind = dayKind(date, calendar);
  return kind === 'workday' || kind === 'make-up-workday' || kind === 'company-workday';
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

/** `2023-10-02 (法定假日 国庆节)`, `2023-11-18 (周末)`. */
export function describeDay(date: IsoDate, calendar: WorkCalendar): string {
  const kind = dayKind(date, calendar);
  const name = calendar.days.get(date)?.name;
  return `${date} (${dayKindWords[kind]}${name ? ` ${name}` : ''})`;
}
