/** `worklog trend`: a sparkline per series, fitting the terminal, with the latest day's values beside them. */

import type { Trend, TrendDay } from '../../history/trend.js';
import type { FormatContext } from '../formatter.js';
import { neutralise, padEnd, padStart, truncate, wrapParts } from '../terminal.js';
import { trendSeries, trendSpan, type TrendSeries } from '../trend-view.js';

const levels = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/** One character per day: the lowest block is nothing, any value above nothing at least the second. */
export function sparkline(values: readonly number[], ceiling: number | null): string {
  const top = ceiling ?? Math.max(0, ...values);
  return values.map((value) => {
    if (top <= 0 || value <= 0) return levels[0];
    const level = Math.max(1, Math.round((Math.min(value, top) / top) * (levels.length - 1)));
    return levels[level];
  }).join('');
}

const labelColumns = Math.max(...trendSeries.map((series) => series.label.length));
// The latest value: `100%` or a count; the label, the chart and the value are separated by two spaces each.
const valueColumns = 5;
const margins = 4;

export function renderTrendText(trend: Trend, { style }: FormatContext): string {
  const { chalk, width } = style;
  const room = width === null ? trend.days.length : Math.max(1, width - labelColumns - valueColumns - margins);
  // With more days than columns, the latest days are the ones a reader came for.
  const days = trend.days.slice(-room);
  const latest = days.at(-1);
  // Words are cut or wrapped to the terminal before they are coloured, so escape codes are never cut.
  const fit = (text: string) => (width === null ? text : truncate(text, width));
  const lines = wrapParts(['Trend', ...trendSpan(trend).split(', ')], width).map((line) => chalk.bold(line));
  if (days.length < trend.days.length) {
    lines.push(...wrapParts([`the latest ${days.length} of ${trend.days.length} days fit`, `from ${days[0]?.date ?? ''}`], width).map((line) => chalk.dim(line)));
  }
  lines.push('');
  const row = (series: TrendSeries) => {
    const chart = sparkline(days.map(series.value), series.ceiling);
    const value = latest ? series.text(latest) : '';
    return `${padEnd(series.label, labelColumns)}  ${chalk.cyan(chart)}  ${chalk.bold(padStart(value, valueColumns - 1))}`;
  };
  lines.push(...trendSeries.map(row));
  lines.push(fit(dateAxis(days, width)), '', chalk.dim(fit(`latest: ${latest ? latestWords(latest) : ''}`)));
  return `${lines.join('\n')}\n`;
}

/** The first date under the chart's first column, the last one ending under its last column when there is room. */
function dateAxis(days: readonly TrendDay[], width: number | null): string {
  const first = days[0]?.date ?? '';
  const last = days.at(-1)?.date ?? '';
  const indent = ' '.repeat(labelColumns + 2);
  if (first === last) return `${indent}${first}`;
  if (days.length >= first.length + last.length + 1) return `${indent}${first}${padStart(last, days.length - first.length)}`;
  const both = `${indent}${first} … ${last}`;
  // On a narrow terminal the chart starts at the first date; its end is the latest day, named below.
  return width === null || both.length <= width ? both : `${indent}${first}`;
}

function latestWords(day: TrendDay): string {
  return `${day.date} (${neutralise(day.file)})`;
}
