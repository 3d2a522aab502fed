/** `worklog schedule` for the terminal: the findings, and a load chart per plan (people × working days). */

import type { LoadChart } from '../../analyze/schedule/load.js';
import type { IsoDate } from '../../model/log.js';
import type { FormatContext } from '../formatter.js';
import type { ScheduleResult } from '../results.js';
import { loadState, loadSymbols, noChartReason, nobodyBooked, planLabel, todayColumn, weekdayLetter, weeksOf, weeksPerBlock, type LoadState } from '../schedule-view.js';
import { appendLines, longest } from '../append.js';
import { neutralise, padEnd, padStart, width, wrapText } from '../terminal.js';
import { renderFindingLines } from './diagnostics.js';
import type { TextStyle } from './style.js';

// The chart always fits this many columns, so it survives email and narrow terminals.
const maxWidth = 100;

function paintLoad(style: TextStyle, state: LoadState): (text: string) => string {
  if (state === 'over') return style.chalk.bold.red;
  if (state === 'booked') return style.chalk.green;
  return style.chalk.gray;
}

export function loadChartLines(chart: LoadChart, today: IsoDate | null, style: TextStyle): string[] {
  const { chalk } = style;
  const names = chart.rows.map((row) => neutralise(row.person));
  const nameWidth = longest(names.map(width), 4);
  const totals = chart.rows.map((row) => `${row.booked}/${chart.plan.capacity ?? chart.days.length}`);
  const totalWidth = longest(totals.map((total) => total.length));
  const weeks = weeksOf(chart.days);
  const perBlock = weeksPerBlock(weeks, Math.min(style.width ?? maxWidth, maxWidth), 2 + nameWidth + 2 + totalWidth + 2);
  const marker = todayColumn(chart, today);

  // The title wraps rather than being cut: its end says the period and the capacity.
  const title = neutralise(planLabel(chart));
  const lines = (style.width === null ? [title] : wrapText(title, Math.min(style.width, maxWidth))).map((line) => chalk.bold(line));
  const nobody = nobodyBooked(chart);
  if (nobody) return [...lines, '', `  ${chalk.gray(nobody)}`];
  for (let first = 0; first < weeks.length; first += perBlock) {
    const block = weeks.slice(first, first + perBlock);
    const lead = `  ${padEnd('', nameWidth)}  `;
    const weekCells = (render: (index: number) => string) => block.map((week) => week.days.map(render).join(' ')).join('  ');
    lines.push('');
    lines.push(chalk.gray((lead + block.map((week) => padEnd(week.label, week.days.length * 2 - 1)).join('  ')).trimEnd()));
    lines.push(chalk.gray((lead + weekCells((index) => weekdayLetter(chart.days[index] ?? ''))).trimEnd()));
    chart.rows.forEach((row, rowIndex) => {
      const cells = weekCells((index) => {
        const state = loadState(row.load[index] ?? 0);
        return paintLoad(style, state)(loadSymbols[state]);
      });
      const blockEnd = first + perBlock >= weeks.length;
      lines.push(`  ${padEnd(names[rowIndex] ?? '', nameWidth)}  ${cells}${blockEnd ? `  ${padStart(totals[rowIndex] ?? '', totalWidth)}` : ''}`);
    });
    if (block.some((week) => week.days.includes(marker))) {
      lines.push(lead + chalk.cyan(weekCells((index) => (index === marker ? '^' : ' ')).trimEnd() + ` today ${today ?? ''}`));
    }
  }
  return lines;
}

export function loadLegend(style: TextStyle): string {
  const { chalk } = style;
  return `  ${chalk.gray(loadSymbols.free)} free  ${chalk.green(loadSymbols.booked)} booked  ${chalk.bold.red(loadSymbols.over)} double-booked  ${chalk.cyan('^')} today  (working days)`;
}

export function renderScheduleText({ schedule, charts, findings, today }: ScheduleResult, { style }: FormatContext): string {
  const { chalk } = style;
  const lines: string[] = [];
  if (findings.length === 0) lines.push(chalk.green('No schedule problems.'));
  else appendLines(lines, chalk.bold('Schedule problems'), renderFindingLines(findings, style));
  if (charts.length === 0) lines.push('', noChartReason(schedule.plans.length));
  for (const chart of charts) appendLines(lines, '', loadChartLines(chart, today, style));
  if (charts.some((chart) => chart.rows.length > 0)) lines.push('', loadLegend(style));
  return `${lines.join('\n')}\n`;
}
