/** `worklog trend --format markdown`: one table row per day, oldest first, as GitHub renders it. */

import type { Trend } from '../../history/trend.js';
import { coverageCell, trendLegend, trendSeries, trendSpan } from '../trend-view.js';
import { wrapDocument } from './wrap.js';

const capital = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

export function renderTrendMarkdown(trend: Trend): string {
  const counts = trendSeries.filter((series) => series.ceiling === null);
  const lines = [
    '# Trend',
    '',
    `${trendSpan(trend)}.`,
    '',
    `| Date | ${counts.map((series) => capital(series.label)).join(' | ')} | Coverage |`,
    `| --- | ${counts.map(() => '---:').join(' | ')} | ---: |`,
    ...trend.days.map((day) => `| ${day.date} | ${counts.map((series) => series.text(day)).join(' | ')} | ${coverageCell(day)} |`),
    '',
    trendLegend,
  ];
  return `${wrapDocument(lines.join('\n'))}\n`;
}
