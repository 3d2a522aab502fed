/** Which days are working days: Monday to Friday, minus holidays, plus make-up working days; counted by arithmetic, listed only on request. */

import type { IsoDate } from '../model/log.js';
import { dayNumber, isoFromDayNumber, weekdayOf, type DayNumber } from './day-number.js';
import { weekday } from './iso-date.js';

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
  return isWorkingKind(dayKind(date, calendar));
}

/** A special day placed on the day line, for counting and listing ranges without walking them. */
interface PlacedDay {
  day: DayNumber;
  date: IsoDate;
  /** +1 for a working day on a weekend, -1 for a day off on a weekday, 0 where the kind agrees with the weekday. */
  change: number;
}

interface SpecialDayIndex {
  /** Every special day, by day. */
  days: PlacedDay[];
  /** `changes[i]` is the sum of `days[0..i)`'s changes. */
  changes: number[];
}

const isWorkingKind = (kind: DayKind): boolean => kind === 'workday' || kind === 'make-up-workday' || kind === 'company-workday';

// One index per calendar's day map, built on first use: a calendar is built once per run and never changes.
const indexes = new WeakMap<ReadonlyMap<IsoDate, SpecialDay>, SpecialDayIndex>();

function indexOf(calendar: WorkCalendar): SpecialDayIndex {
  const cached = indexes.get(calendar.days);
  if (cached) return cached;
  const days: PlacedDay[] = [];
  for (const [date, special] of calendar.days) {
    const day = dayNumber(date);
    if (Number.isNaN(day)) continue;
    const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
    const working = isWorkingKind(special.kind);
    days.push({ day, date, change: working === weekend ? (working ? 1 : -1) : 0 });
  }
  days.sort((a, b) => a.day - b.day);
  const changes = [0];
  for (const placed of days) changes.push((changes.at(-1) ?? 0) + placed.change);
  const index = { days, changes };
  indexes.set(calendar.days, index);
  return index;
}

/** The position of the first special day on or after `day`. */
function firstAtOrAfter(index: SpecialDayIndex, day: DayNumber): number {
  let low = 0;
  let high = index.days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((index.days[middle]?.day ?? Infinity) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Mondays to Fridays before `day`, counted from day 0 (a Thursday): whole weeks, then the days left over. */
function weekdaysBefore(day: DayNumber): number {
  const weeks = Math.floor(day / 7);
  let count = weeks * 5;
  for (let rest = weeks * 7; rest < day; rest++) if (weekdayOf(rest) !== 0 && weekdayOf(rest) !== 6) count++;
  return count;
}

// One map per calendar's day map from day number to the special day written exactly as `isoFromDayNumber` writes it (the only dates `dayKind` can match).
const specialsByNumber = new WeakMap<ReadonlyMap<IsoDate, SpecialDay>, Map<DayNumber, SpecialDay>>();

function specialsOf(calendar: WorkCalendar): Map<DayNumber, SpecialDay> {
  const cached = specialsByNumber.get(calendar.days);
  if (cached) return cached;
  const specials = new Map<DayNumber, SpecialDay>();
  for (const [date, special] of calendar.days) {
    const day = dayNumber(date);
    if (!Number.isNaN(day) && isoFromDayNumber(day) === date) specials.set(day, special);
  }
  specialsByNumber.set(calendar.days, specials);
  return specials;
}

// Booked days repeat across bookings and logs: each day's text is made once and shared (bounded, in case ranges wander over many years).
const isoTexts = new Map<DayNumber, IsoDate>();
const isoTextLimit = 100_000;

function isoText(day: DayNumber): IsoDate {
  let text = isoTexts.get(day);
  if (text === undefined) {
    if (isoTexts.size >= isoTextLimit) isoTexts.clear();
    isoTexts.set(day, (text = isoFromDayNumber(day)));
  }
  return text;
}

/** Every working day from start to end, both included; empty when end is before start. Only for ranges already bounded (a booking, a chart's window). */
export function workingDaysIn(start: IsoDate, end: IsoDate, calendar: WorkCalendar): IsoDate[] {
  const days: IsoDate[] = [];
  const specials = specialsOf(calendar);
  const last = dayNumber(end);
  for (let day = dayNumber(start); day <= last; day++) {
    const special = specials.get(day);
    const working = special ? isWorkingKind(special.kind) : weekdayOf(day) !== 0 && weekdayOf(day) !== 6;
    if (working) days.push(isoText(day));
  }
  return days;
}

/** How many working days start to end has, both included: by weeks, then the calendar's special days in between. */
export function countWorkingDays(start: IsoDate, end: IsoDate, calendar: WorkCalendar): number {
  const first = dayNumber(start);
  const last = dayNumber(end);
  if (!(first <= last)) return 0;
  const index = indexOf(calendar);
  const changes = (index.changes[firstAtOrAfter(index, last + 1)] ?? 0) - (index.changes[firstAtOrAfter(index, first)] ?? 0);
  return weekdaysBefore(last + 1) - weekdaysBefore(first) + changes;
}

/** The calendar's special days from start to end, both included, in order: found, not walked to. */
export function specialDaysIn(start: IsoDate, end: IsoDate, calendar: WorkCalendar): IsoDate[] {
  const index = indexOf(calendar);
  const last = dayNumber(end);
  const dates: IsoDate[] = [];
  for (let position = firstAtOrAfter(index, dayNumber(start)); (index.days[position]?.day ?? Infinity) <= last; position++) {
    dates.push(index.days[position]?.date ?? '');
  }
  return dates;
}

/** `2023-10-02 (法定假日 国庆节)`, `2023-11-18 (周末)`. */
export function describeDay(date: IsoDate, calendar: WorkCalendar): string {
  const kind = dayKind(date, calendar);
  const name = calendar.days.get(date)?.name;
  return `${date} (${dayKindWords[kind]}${name ? ` ${name}` : ''})`;
}
