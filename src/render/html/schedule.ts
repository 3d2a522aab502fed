/** The schedule section: the summary in words, then each plan's load chart as people × working days. */

import type { StatusReport } from '../../analyze/status.js';
import type { LoadChart } from '../../analyze/schedule/load.js';
import type { IsoDate } from '../../model/log.js';
import { loadState, loadSymbols, noChartReason, nobodyBooked, planLabel, todayColumn, weekdayLetter, weeksOf, type LoadState } from '../schedule-view.js';
import { scheduleSummaryParts } from '../schedule-summary.js';
import { heading, paragraph, section } from './layout.js';
import { html, type Html } from './markup.js';
import { colors, loadTint, styles } from './style.js';

const loadWords: Readonly<Record<LoadState, string>> = {
  free: 'free',
  booked: 'booked',
  over: 'booked on two or more projects',
};

const todayBorder = `border-left:2px solid ${colors.today};border-right:2px solid ${colors.today}`;
const weekBorder = 'border-left:2px solid #9aa5b1';

/** The border of a column: today's is outlined, and each week after the first starts with a rule. */
function columnBorder(index: number, weekStarts: ReadonlySet<number>, marker: number): string {
  if (index === marker) return todayBorder;
  return weekStarts.has(index) && index > 0 ? weekBorder : '';
}

function mostCommon(states: readonly LoadState[]): LoadState {
  const count = (state: LoadState) => states.filter((candidate) => candidate === state).length;
  return (Object.keys(loadSymbols) as LoadState[]).reduce((best, state) => (count(state) > count(best) ? state : best));
}

/** Style declarations joined, leaving out the empty ones. */
function css(...declarations: string[]): string {
  return declarations.filter((declaration) => declaration !== '').join(';');
}

export function loadChartTable(chart: LoadChart, today: IsoDate | null): Html {
  const nobody = nobodyBooked(chart);
  if (nobody) return html`${heading(planLabel(chart))}${paragraph(nobody)}`;
  const weeks = weeksOf(chart.days);
  const weekStarts = new Set(weeks.map((week) => week.days[0] ?? 0));
  const marker = todayColumn(chart, today);
  const capacity = chart.plan.capacity ?? chart.days.length;
  const weekHeads = weeks.map((week) => {
    const first = week.days[0] ?? 0;
    const border = columnBorder(first, weekStarts, -1);
    return html`<th colspan="${week.days.length}" align="left"${border ? html` style="${border}"` : ''}>${week.label}</th>`;
  });
  const dayHeads = chart.days.map((day, index) => {
    const look = css(index === marker ? `color:#ffffff;background:${colors.today}` : '', columnBorder(index, weekStarts, marker));
    return html`<th title="${index === marker ? `today ${today ?? ''}` : day}"${look ? html` style="${look}"` : ''}>${weekdayLetter(day)}</th>`;
  });
  // A row carries the look most of its days share, so only the other cells need a style: charts are long, email is not.
  const rows = chart.rows.map((row) => {
    const states = row.load.map(loadState);
    const common = mostCommon(states);
    const cells = states.map((state, index) => {
      const look = css(state === common ? '' : loadTint(state), columnBorder(index, weekStarts, marker));
      return html`<td${look ? html` style="${look}"` : ''}>${loadSymbols[state]}</td>`;
    });
    return html`<tr style="${styles.chartCells};${loadTint(common)}"><th scope="row" style="${styles.chartName}">${row.person}</th>${cells}<td style="${styles.chartName};text-align:right;padding-left:8px">${row.booked}/${capacity}</td></tr>
`;
  });
  return html`${heading(planLabel(chart))}<div style="overflow-x:auto">
<table class="load-chart" cellpadding="2" cellspacing="1" border="0" style="${styles.chart}">
<thead>
<tr style="${styles.chartHead}"><th rowspan="2" style="${styles.chartName};vertical-align:bottom">Person</th>${weekHeads}<th rowspan="2" style="${styles.chartName};text-align:right;vertical-align:bottom">Booked</th></tr>
<tr style="${styles.chartHead}">${dayHeads}</tr>
</thead>
<tbody>
${rows}</tbody>
</table>
</div>
`;
}

/** What each cell means, and where today is (on a day off, the next working day's column is marked). */
function loadLegend(charts: readonly LoadChart[], today: IsoDate | null): Html {
  const entry = (sample: Html, words: string) => html`${sample}<td style="${styles.chartName};padding-left:4px;padding-right:14px">${words}</td>`;
  const states = (Object.keys(loadSymbols) as LoadState[]).map((state) =>
    entry(html`<td style="${styles.chartCells};${loadTint(state)}">${loadSymbols[state]}</td>`, loadWords[state]));
  const marked = charts.map((chart) => chart.days[todayColumn(chart, today)]).find((day) => day !== undefined);
  const todayEntry = today && marked
    ? entry(html`<td style="${todayBorder}">&nbsp;</td>`, `today ${today}${marked === today ? '' : ` (not a working day: ${marked} is marked)`}`)
    : '';
  return html`<table class="legend" cellpadding="2" cellspacing="1" border="0" style="${styles.chart}">
<tr>${states}${todayEntry}<td style="${styles.chartName};${styles.muted}">working days only</td></tr>
</table>
`;
}

export function scheduleSection(report: StatusReport): Html {
  const parts = scheduleSummaryParts(report.schedule);
  const date = report.log.date;
  return section('schedule', 'Schedule', [
    paragraph(parts.length > 0 ? parts.join(' · ') : 'No schedule problems.'),
    report.load.length === 0 ? paragraph(noChartReason(report.log.staffing.length + report.log.gantts.length)) : '',
    report.load.map((chart) => loadChartTable(chart, date)),
    report.load.length > 0 ? loadLegend(report.load, date) : '',
  ]);
}
