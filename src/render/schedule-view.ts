/** The load chart laid out for reading: working days grouped into weeks, a character per person-day. */

import { format } from 'date-fns';
import { compareDates } from '../calendar/day-number.js';
import { fromIsoDate } from '../calendar/iso-date.js';
import type { LoadChart } from '../analyze/schedule/load.js';
import type { IsoDate } from '../model/log.js';

/** Free, booked once, booked on two or more projects: distinct characters, so the chart reads without colour. */
export const loadSymbols = { free: '.', booked: '#', over: 'X' } as const;

export type LoadState = keyof typeof loadSymbols;

export function loadState(count: number): LoadState {
  return count === 0 ? 'free' : count === 1 ? 'booked' : 'over';
}

export interface Week {
  /** Indexes into the chart's days. */
  days: number[];
  /** `11-06`: the first working day of the week in the chart. */
  label: string;
}

/** ISO weeks (Monday first) of the chart's working days. */
export function weeksOf(days: readonly IsoDate[]): Week[] {
  const weeks: Week[] = [];
  let key = '';
  days.forEach((day, index) => {
    const weekKey = format(fromIsoDate(day), "RRRR-'W'II");
    if (weekKey !== key) {
      weeks.push({ days: [], label: day.slice(5) });
      key = weekKey;
    }
    weeks.at(-1)?.days.push(index);
  });
  return weeks;
}

/** One letter per weekday: M T W T F S S. */
export function weekdayLetter(day: IsoDate): string {
  return format(fromIsoDate(day), 'EEEEE');
}

/**
 * Today's column: the first working day on or after today, when the plan's period includes today;
 * -1 for a plan that has not started or has ended (its first column is not "today").
 */
export function todayColumn(chart: LoadChart, today: IsoDate | null): number {
  const { start, end } = chart.plan;
  if (!today || !start || !end || compareDates(today, start) < 0 || compareDates(today, end) > 0) return -1;
  return chart.days.findIndex((day) => compareDates(day, today) >= 0);
}

/** Why there is no load chart: no plan at all, or plans with no dates to lay out (every row undated or unassigned). */
export function noChartReason(plans: number): string {
  return plans === 0 ? 'No staffing table or gantt chart to chart.' : 'No plan has dates to chart yet.';
}

export function planLabel(chart: LoadChart): string {
  return [planName(chart), ...planDetails(chart)].join(' · ');
}

/** `Staffing table (line 63)`: short enough for any heading. */
export function planName(chart: LoadChart): string {
  return `${chart.plan.kind === 'table' ? 'Staffing table' : 'Gantt chart'} (line ${chart.plan.line})`;
}

/** The plan's title (log text, unescaped), its dates and its capacity. */
export function planDetails(chart: LoadChart): string[] {
  const { plan } = chart;
  const shown = chart.clipped ? ` (charted to ${chart.days.at(-1) ?? plan.start})` : '';
  const range = plan.start && plan.end ? `${plan.start} – ${plan.end}${shown}` : 'no dates';
  const capacity = plan.capacity === null ? `${chart.days.length} working days` : `capacity ${plan.capacity} working days`;
  return [...(plan.title ? [plan.title] : []), range, capacity];
}

/** What a plan that books nobody shows instead of an empty grid: why nobody is on it. */
export function nobodyBooked(chart: LoadChart): string | null {
  if (chart.rows.length > 0) return null;
  return chart.plan.kind === 'gantt'
    ? 'Books nobody: its sections read as phases or streams, not people, and no task names an owner (`@lena`, `【张迪】`).'
    : 'Books nobody: no row names a person.';
}

/** Weeks per block so that a block fits `width` columns (each week takes two columns a day plus a gap). */
export function weeksPerBlock(weeks: readonly Week[], width: number, fixed: number): number {
  let widest = 1;
  for (const week of weeks) widest = Math.max(widest, week.days.length * 2 + 1);
  return Math.max(1, Math.floor((width - fixed) / widest));
}
