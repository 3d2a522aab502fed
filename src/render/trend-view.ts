/** What every trend format shows: the series in order, each day's value of each, and the words around them. */

import type { Trend, TrendDay } from '../history/trend.js';
import { plural } from '../words/plural.js';
import { percent, scoreText } from './coverage-view.js';

export interface TrendSeries {
  /** The column heading and the chart's row label. */
  label: string;
  /** The day's value, scaled for a chart: a count, or the coverage ratio (0–1). */
  value: (day: TrendDay) => number;
  /** The day's value as a table cell shows it. */
  text: (day: TrendDay) => string;
  /** The highest value a chart scales to; null for the series' own maximum. */
  ceiling: number | null;
}

const count = (label: string, pick: (day: TrendDay) => number): TrendSeries =>
  ({ label, value: pick, text: (day) => String(pick(day)), ceiling: null });

// With no drill required there is no score to show, rather than a score of 0%.
const coverageText = (day: TrendDay): string => (day.coverage.required === 0 ? '–' : percent(day.coverage.ratio));

export const trendSeries: readonly TrendSeries[] = [
  count('open', (day) => day.open),
  count('done', (day) => day.done),
  count('cancelled', (day) => day.cancelled),
  count('added', (day) => day.added),
  count('dropped', (day) => day.dropped),
  count('overdue', (day) => day.overdue),
  { label: 'coverage', value: (day) => day.coverage.ratio, text: coverageText, ceiling: 1 },
];

/** The coverage cell of a table: the percentage and the weighted count behind it. */
export function coverageCell(day: TrendDay): string {
  return day.coverage.required === 0 ? '–' : `${percent(day.coverage.ratio)} (${scoreText(day.coverage)})`;
}

/** `13 dated logs, 2024-03-25 to 2024-04-12` — the span the rows cover. */
export function trendSpan({ days }: Trend): string {
  const first = days[0]?.date ?? '';
  const last = days.at(-1)?.date ?? '';
  const logs = plural(days.length, 'dated log');
  return first === last ? `${logs}, ${first}` : `${logs}, ${first} to ${last}`;
}

/** What each column counts, for the legend under a table. */
export const trendLegend = 'open: open, in-progress and deferred items · done, cancelled, dropped: what became of the previous log\'s open items · added: open items the previous log did not have open · overdue: open items past their due date · coverage: the weighted drill score as of that day';
