/** Mainland China's official calendar (holidays, shifted rest days, make-up working days) from the chinese-days data package. */

import data from 'chinese-days/dist/chinese-days.json';
import type { IsoDate } from '../model/log.js';

export interface OfficialDay {
  /** 法定假日 (a statutory holiday), 调休休息 (a rest day shifted from a weekend) or 补班 (a make-up working day). */
  kind: 'holiday' | 'rest-day' | 'make-up-workday';
  /** The festival, in Chinese: 国庆节, 春节, … */
  name: string;
}

export interface OfficialCalendar {
  days: ReadonlyMap<IsoDate, OfficialDay>;
  firstYear: number;
  lastYear: number;
}

/** chinese-days writes each day as `English name,中文名,length`. */
function chineseName(entry: string): string {
  return entry.split(',')[1] ?? entry;
}

let cached: OfficialCalendar | null = null;

export function chinaCalendar(): OfficialCalendar {
  if (cached) return cached;
  const days = new Map<IsoDate, OfficialDay>();
  for (const [date, entry] of Object.entries(data.holidays)) days.set(date, { kind: 'holiday', name: chineseName(entry) });
  for (const [date, entry] of Object.entries(data.inLieuDays)) days.set(date, { kind: 'rest-day', name: chineseName(entry) });
  for (const [date, entry] of Object.entries(data.workdays)) days.set(date, { kind: 'make-up-workday', name: chineseName(entry) });
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const date of days.keys()) {
    const year = Number(date.slice(0, 4));
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
  }
  cached = { days, firstYear, lastYear };
  return cached;
}
