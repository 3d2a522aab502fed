/** `worklog trend --format html`: one inline-styled table, a row per day, as one self-contained document. */

import type { Trend, TrendDay } from '../../history/trend.js';
import { coverageCell, trendLegend, trendSeries, trendSpan } from '../trend-view.js';
import { badge, dataTable, paragraph, section, type Column } from './layout.js';
import { html, htmlText, type HtmlValue } from './markup.js';
import { overdueTint, styles } from './style.js';

const counts = trendSeries.filter((series) => series.ceiling === null);

const columns: readonly Column[] = [
  { label: 'Date', nowrap: true },
  ...counts.map((series) => ({ label: series.label, align: 'right' as const, nowrap: true })),
  { label: 'coverage', align: 'right', nowrap: true },
];

function dayRow(day: TrendDay): HtmlValue[] {
  // The file name is log text as far as the page is concerned: escaped, and only in a tooltip.
  const date = html`<span title="${day.file}">${day.date}</span>`;
  const overdue = day.overdue > 0 ? badge(String(day.overdue), overdueTint) : String(day.overdue);
  return [date, ...counts.map((series) => (series.label === 'overdue' ? overdue : series.text(day))), coverageCell(day)];
}

export function renderTrendHtml(trend: Trend): string {
  const body = [paragraph(`${trendSpan(trend)}.`), dataTable('trend', columns, trend.days.map(dayRow)), paragraph(trendLegend)];
  const document = html`<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trend · ${trendSpan(trend)}</title>
</head>
<body style="${styles.body}">
<div style="${styles.sheet};${styles.content}">
${section('trend', 'Trend', body)}</div>
</body>
</html>
`;
  return htmlText(document);
}
