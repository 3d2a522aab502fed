/** Periods written in staffing tables and cycle headings, and their resolution to inclusive dates. */

import { compareDates } from '../calendar/day-number.js';
import { daysBetween, makeDate } from '../calendar/iso-date.js';
import type { IsoDate } from '../model/log.js';
import { readDateToken, type DateToken, type PartialDate } from './date-tokens.js';

export interface PeriodExpression {
  start: PartialDate;
  end: PartialDate;
}

export type PeriodReading = { ok: true; period: PeriodExpression } | { ok: false; reason: string };

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

export type PeriodResolution = { ok: true; range: DateRange } | { ok: false; reason: string };

/** What a period is resolved against: its cycle when there is one, else the log's own date. */
export interface PeriodContext {
  cycle: DateRange | null;
  reference: IsoDate | null;
}

const separator = /\s*(?:-|~|〜|–|—|至|到|to|→)\s*/y;

/** Cell text normalised for reading: full-width digits and punctuation become ASCII. */
function normalise(text: string): string {
  return text.normalize('NFKC').trim();
}

function readToken(text: string, position: number): DateToken | null {
  const token = readDateToken(text, position);
  return token && validParts(token.date) ? token : null;
}

function validParts(date: PartialDate): boolean {
  return date.day >= 1 && date.day <= 31 && (date.month === null || (date.month >= 1 && date.month <= 12));
}

function describeInvalid(text: string): string {
  const numbers = [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const badDay = numbers.find((n) => n > 31 && n < 100);
  if (badDay !== undefined) return `day ${badDay} does not exist`;
  return `\`${text}\` is not a date range worklog can read (e.g. 6-14, 1127-1201, 11.27-12.01, 2023-11-27~2023-12-01)`;
}

/** Reads a whole cell as one date (a start or end column); `01-11` here is a month and a day. */
export function readDate(raw: string): PartialDate | null {
  const text = normalise(raw);
  const monthDay = /^(\d{1,2})-(\d{1,2})$/.exec(text);
  if (monthDay) {
    const date = { year: null, month: Number(monthDay[1]), day: Number(monthDay[2]) };
    return validParts(date) ? date : null;
  }
  const token = readToken(text, 0);
  return token && token.length === text.length ? token.date : null;
}

/** Reads a whole cell as one date or a range of two dates. */
export function readPeriod(raw: string): PeriodReading {
  const text = normalise(raw);
  const first = readToken(text, 0);
  if (!first) return { ok: false, reason: describeInvalid(text) };
  if (first.length === text.length) return { ok: true, period: { start: first.date, end: first.date } };

  separator.lastIndex = first.length;
  const sep = separator.exec(text);
  const second = sep ? readToken(text, first.length + sep[0].length) : null;
  if (!sep || !second || first.length + sep[0].length + second.length !== text.length) {
    return { ok: false, reason: describeInvalid(text) };
  }
  return { ok: true, period: { start: first.date, end: second.date } };
}

/** A date range found in free text, and where it stands (in the NFKC-normalised text). */
export interface FoundRange {
  period: PeriodExpression;
  index: number;
  length: number;
}

/** Every date range in free text whose start names a month (`（11.06-12.01）`, `2024-03-11 ~ 2024-03-29`), in order. */
export function findRanges(raw: string): FoundRange[] {
  const text = raw.normalize('NFKC');
  const found: FoundRange[] = [];
  for (let position = 0; position < text.length; position++) {
    if (position > 0 && /[\d.]/.test(text[position - 1] ?? '')) continue;
    const first = readToken(text, position);
    if (!first?.hasMonth) continue;
    separator.lastIndex = position + first.length;
    const sep = separator.exec(text);
    if (!sep) continue;
    const second = readToken(text, position + first.length + sep[0].length);
    const length = first.length + sep[0].length + (second?.length ?? 0);
    if (second && !/\d/.test(text[position + length] ?? '')) {
      found.push({ period: { start: first.date, end: second.date }, index: position, length });
      position += length - 1;
    }
  }
  return found;
}

/** The first date range in free text whose start names a month. */
export function findRange(raw: string): PeriodExpression | null {
  return findRanges(raw)[0]?.period ?? null;
}

// Thirteen months from a range's start include every kind of month and the one after it.
const monthsEnough = 13;

/**
 * The months (as year and month) a range touches, in order: for a long range only its first and last thirteen,
 * since a period that fits anywhere fits in its first months, and one that fits nowhere is nearest an end.
 */
function monthsOf(range: DateRange): [number, number][] {
  const [startYear, startMonth] = yearMonthOf(range.start);
  const [endYear, endMonth] = yearMonthOf(range.end);
  const first = startYear * 12 + startMonth - 1;
  const last = endYear * 12 + endMonth - 1;
  const months: [number, number][] = [];
  for (let index = first; index <= last; index++) {
    if (index - first >= monthsEnough && last - index >= monthsEnough) index = last - monthsEnough + 1;
    months.push([Math.floor(index / 12), (index % 12) + 1]);
  }
  return months;
}

function yearMonthOf(date: IsoDate): [number, number] {
  const [, year = '', month = ''] = /^(\d+)-(\d+)/.exec(date) ?? [];
  return [Number(year), Number(month)];
}

/** Days between a range and an anchor range (0 when they touch or overlap). */
function distance(range: DateRange, anchor: DateRange): number {
  if (compareDates(range.end, anchor.start) < 0) return daysBetween(range.end, anchor.start);
  if (compareDates(range.start, anchor.end) > 0) return daysBetween(anchor.end, range.start);
  return 0;
}

function inside(range: DateRange, anchor: DateRange): boolean {
  return compareDates(range.start, anchor.start) >= 0 && compareDates(range.end, anchor.end) <= 0;
}

/** Candidate ranges for a period with the year (and maybe the month) left out. */
function candidates(period: PeriodExpression, anchor: DateRange): (DateRange | null)[] {
  const { start, end } = period;
  if (start.year !== null) {
    const endYear = end.year ?? start.year;
    const endMonth = end.month ?? start.month;
    const first = makeDate(start.year, start.month ?? 1, start.day);
    let last = endMonth === null ? null : makeDate(endYear, endMonth, end.day);
    if (first && last && compareDates(last, first) < 0 && end.year === null) last = makeDate(endYear + 1, endMonth ?? 1, end.day);
    return [first && last ? { start: first, end: last } : null];
  }
  if (start.month === null && end.month === null) {
    // Bare days (`6-14`): try each month the anchor touches; an end before the start runs into the next month.
    return monthsOf(anchor).map(([year, month]) => {
      const first = makeDate(year, month, start.day);
      const rolls = end.day < start.day;
      const last = makeDate(rolls && month === 12 ? year + 1 : year, rolls ? (month % 12) + 1 : month, end.day);
      return first && last ? { start: first, end: last } : null;
    });
  }
  // A bare day at one end is in the other end's month, or the month next to it when the days run backwards: `28-1205`.
  const backwards = end.day < start.day;
  const startMonth = start.month ?? (backwards ? (((end.month ?? 1) + 10) % 12) + 1 : end.month ?? 1);
  const endMonth = end.month ?? (backwards ? (startMonth % 12) + 1 : startMonth);
  const [anchorYear] = yearMonthOf(anchor.start);
  return [anchorYear - 1, anchorYear, anchorYear + 1].map((year) => {
    const first = makeDate(year, startMonth, start.day);
    const crossesYear = endMonth < startMonth || (endMonth === startMonth && end.day < start.day);
    const last = makeDate(crossesYear ? year + 1 : year, endMonth, end.day);
    return first && last ? { start: first, end: last } : null;
  });
}

/** Resolves a period to inclusive dates: inside the cycle where it fits, else as near to it as it can be. */
export function resolvePeriod(period: PeriodExpression, context: PeriodContext): PeriodResolution {
  const anchor = context.cycle ?? (context.reference ? { start: context.reference, end: context.reference } : null);
  if (!anchor && period.start.year === null) {
    return { ok: false, reason: 'no year: the log has no date and the table no cycle' };
  }
  const options = candidates(period, anchor ?? { start: '1970-01-01', end: '1970-01-01' });
  const valid = options.filter((range): range is DateRange => range !== null);
  if (valid.length === 0) return { ok: false, reason: describeMissingDay(period) };
  const ordered = valid.filter((range) => compareDates(range.start, range.end) <= 0);
  if (ordered.length === 0) return { ok: false, reason: 'it ends before it starts' };
  if (!anchor) return { ok: true, range: ordered[0] as DateRange };
  const best = ordered.find((range) => inside(range, anchor))
    ?? [...ordered].sort((a, b) => distance(a, anchor) - distance(b, anchor))[0] as DateRange;
  return { ok: true, range: best };
}

function describeMissingDay(period: PeriodExpression): string {
  const { start, end } = period;
  const show = (date: PartialDate): string =>
    [date.year, date.month, date.day].filter((part) => part !== null).join('-');
  return `${show(start)} – ${show(end)} names a day that does not exist`;
}
