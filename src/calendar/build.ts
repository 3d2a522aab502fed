/** The working calendar a run uses: the official one (unless turned off), then the configuration's own days. */

import type { CalendarConfig } from '../model/config.js';
import { chinaCalendar } from './china.js';
import type { SpecialDay, WorkCalendar } from './working-days.js';

export function buildCalendar(config: CalendarConfig): WorkCalendar {
  const days = new Map<string, SpecialDay>();
  const official = config.china ? chinaCalendar() : null;
  if (official) for (const [date, day] of official.days) days.set(date, day);
  // The configuration overrides any date, the official ones included.
  for (const date of config.holidays) days.set(date, { kind: 'company-holiday', name: '' });
  for (const date of config.workdays) days.set(date, { kind: 'company-workday', name: '' });
  const parts = [official ? 'chinese-days (mainland China)' : 'weekdays'];
  if (config.holidays.length + config.workdays.length > 0) parts.push('company days from the configuration');
  return {
    days,
    officialYears: official ? { first: official.firstYear, last: official.lastYear } : null,
    source: parts.join(' + '),
  };
}
