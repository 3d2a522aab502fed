/** The schedule section: the summary in words, then each plan's load chart as people × working days. */

import type { StatusReport } from '../../analyze/status.js';
import type { LoadChart } from '../../analyze/schedule/load.js';
import type { IsoDate } from '../../model/log.js';
import { loadState, loadSymbols, noChartReason, nobodyBooked, planLabel, todayColumn, weekdayLetter, weeksOf, type LoadState, type Week } from '../schedule-view.js';
import { scheduleSummaryParts } from '../schedule-summary.js';
import { plural } from '../../words/plural.js';
import { heading, legend, legendEntry, paragraph, section } from './layout.js';
import { html, type Html } from './markup.js';
import { colors, loadTint, styles } from './style.js';
import { budgetWords, noCuts, type Cuts } from './budget.js';

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

/** Weeks side by side in one block: two weeks of days and the names still fit a 360 px phone. */
const weeksPerBlock = 2;

/** Runs of at most `size` weeks, in order. */
function blocksOf(weeks: readonly Week[], size: number): Week[][] {
  return Array.from({ length: Math.ceil(weeks.length / size) }, (_, index) => weeks.slice(index * size, (index + 1) * size));
}

/** One block of the chart: the names, the block's weeks, and the booked counts after the last block. */
function chartBlock(chart: LoadChart, block: readonly Week[], marker: number, today: IsoDate | null, last: boolean): Html {
  const indexes = block.flatMap((week) => week.days);
  const first = indexes[0] ?? 0;
  // Weeks after the block's first start with a rule; the block's own edge needs none.
  const weekStarts = new Set(block.slice(1).map((week) => week.days[0] ?? 0));
  const capacity = chart.plan.capacity ?? chart.days.length;
  const weekHeads = block.map((week) => {
    const border = columnBorder(week.days[0] ?? first, weekStarts, -1);
    return html`<th colspan="${week.days.length}" align="left"${border ? html` style="${border}"` : ''}>${week.label}</th>`;
  });
  const dayHeads = indexes.map((index) => {
    const day = chart.days[index] ?? '';
    const look = css(index === marker ? `color:#ffffff;background:${colors.today}` : '', columnBorder(index, weekStarts, marker));
    // Only today's column says its date on hover: the week heads date the others, and titles on every day add up.
    return html`<th${index === marker ? html` title="today ${today ?? ''}"` : ''}${look ? html` style="${look}"` : ''}>${weekdayLetter(day)}</th>`;
  });
  // A row carries the look most of its days share, so only the other cells need a style: charts are long, email is not.
  const rows = chart.rows.map((row) => {
    const states = indexes.map((index) => loadState(row.load[index] ?? 0));
    const common = mostCommon(states);
    const cells = states.map((state, position) => {
      const index = indexes[position] ?? 0;
      const look = css(state === common ? '' : loadTint(state), columnBorder(index, weekStarts, marker));
      return html`<td${look ? html` style="${look}"` : ''}>${loadSymbols[state]}</td>`;
    });
    const booked = last ? html`<td align="right" nowrap bgcolor="#ffffff" style="${styles.chartPerson};padding-left:8px">${row.booked}/${capacity}</td>` : '';
    // Each symbol has a cell of its own, so the symbols need no monospace font to line up.
    return html`<tr style="${loadTint(common)}"><th scope="row" align="left" nowrap bgcolor="#ffffff" style="${styles.chartPerson}">${row.person}</th>${cells}${booked}</tr>
`;
  });
  const bookedHead = last ? html`<th rowspan="2" style="${styles.chartName};text-align:right;vertical-align:bottom">Booked</th>` : '';
  return html`<table class="load-weeks" cellpadding="2" cellspacing="1" border="0" style="${styles.chart};${styles.block}">
<thead>
<tr style="${styles.chartHead}"><th rowspan="2" style="${styles.chartName};vertical-align:bottom">Person</th>${weekHeads}${bookedHead}</tr>
<tr style="${styles.chartHead}">${dayHeads}</tr>
</thead>
<tbody>
${rows}</tbody>
</table>
`;
}

// Blocks of weeks flow side by side on a wide screen and stack on a phone: no media queries, which mail clients drop.
export function loadChartTable(chart: LoadChart, today: IsoDate | null, cuts: Cuts = noCuts): Html {
  const nobody = nobodyBooked(chart);
  if (nobody) return html`${heading(planLabel(chart))}${paragraph(nobody)}`;
  const marker = todayColumn(chart, today);
  const weeks = weeksOf(chart.days);
  // Past weeks go only when today is in the chart: otherwise which weeks are past is not the chart's to say.
  const current = cuts.pastWeeks && marker >= 0 ? weeks.findIndex((week) => week.days.includes(marker)) : 0;
  const shown = weeks.slice(Math.max(current, 0));
  const blocks = blocksOf(shown, weeksPerBlock);
  const leftOut = weeks.length - shown.length;
  return html`${heading(planLabel(chart))}${leftOut > 0 ? paragraph(`${plural(leftOut, 'past week')} left out ${budgetWords}.`) : ''}<div class="load-chart">
${blocks.map((block, index) => chartBlock(chart, block, marker, today, index === blocks.length - 1))}</div>
`;
}

/** What each cell means, and where today is (on a day off, the next working day's column is marked). */
function loadLegend(charts: readonly LoadChart[], today: IsoDate | null): Html {
  const entry = (sample: Html, words: string) => legendEntry(html`${sample}<td style="${styles.chartName};padding-left:4px;padding-right:14px;white-space:normal">${words}</td>`);
  const states = (Object.keys(loadSymbols) as LoadState[]).map((state) =>
    entry(html`<td style="${styles.chartCells};${loadTint(state)}">${loadSymbols[state]}</td>`, loadWords[state]));
  const marked = charts.map((chart) => chart.days[todayColumn(chart, today)]).find((day) => day !== undefined);
  const todayEntry = today && marked
    ? entry(html`<td style="${todayBorder}">&nbsp;</td>`, `today ${today}${marked === today ? '' : ` (not a working day: ${marked} is marked)`}`)
    : '';
  return legend([states, todayEntry, legendEntry(html`<td style="${styles.chartName};${styles.muted}">working days only</td>`)]);
}

export function scheduleSection(report: StatusReport, cuts: Cuts = noCuts): Html {
  const parts = scheduleSummaryParts(report.schedule);
  const date = report.log.date;
  return section('schedule', 'Schedule', [
    paragraph(parts.length > 0 ? parts.join(' · ') : 'No schedule problems.'),
    report.load.length === 0 ? paragraph(noChartReason(report.log.staffing.length + report.log.gantts.length)) : '',
    report.load.map((chart) => loadChartTable(chart, date, cuts)),
    report.load.length > 0 ? loadLegend(report.load, date) : '',
  ]);
}
