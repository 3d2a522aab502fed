/** `worklog schedule --format markdown`: the findings as a list and each load chart as a GitHub table, people × days or weeks. */

import type { LoadChart } from '../../analyze/schedule/load.js';
import type { IsoDate } from '../../model/log.js';
import { appendLines } from '../append.js';
import type { ScheduleResult } from '../results.js';
import { loadState, loadSymbols, noChartReason, nobodyBooked, planDetails, planName, todayColumn, weekdayLetter, weeksOf, type Week } from '../schedule-view.js';
import { escapeLineStart, escapeMarkdown } from './escape.js';
import { findingsList } from './findings.js';
import { fittedTable } from './table.js';
import { wrapDocument } from './wrap.js';

// Up to five weeks read as a column a day; a longer plan would be a table too wide to read, so it gets a column a week.
const mostDayColumns = 25;

const dailyLegend = `\`${loadSymbols.free}\` free · \`${loadSymbols.booked}\` booked · \`${loadSymbols.over}\` double-booked · one column per working day`;
const weeklyLegend = 'Each week: working days booked / working days in the week, and how many of them are double-booked · one column per week, headed by its first working day';

function dayColumns(chart: LoadChart, marker: number): { headers: string[]; cells: (load: readonly number[]) => string[] } {
  return {
    headers: chart.days.map((day, index) => `${weekdayLetter(day)} ${day.slice(5)}${index === marker ? ' (today)' : ''}`),
    cells: (load) => chart.days.map((_, index) => loadSymbols[loadState(load[index] ?? 0)]),
  };
}

function weekColumns(weeks: readonly Week[], marker: number): { headers: string[]; cells: (load: readonly number[]) => string[] } {
  return {
    headers: weeks.map((week) => `${week.label}${week.days.includes(marker) ? ' (today)' : ''}`),
    cells: (load) => weeks.map((week) => {
      const booked = week.days.filter((index) => (load[index] ?? 0) > 0).length;
      const over = week.days.filter((index) => (load[index] ?? 0) > 1).length;
      return `${booked}/${week.days.length}${over > 0 ? `, ${over} ${loadSymbols.over}` : ''}`;
    }),
  };
}

/**
 * A load chart under a heading of `level`: a table with a row per person, so GitHub keeps the columns aligned
 * whatever the names' script, and the names stay escaped log text.
 */
export function loadChartMarkdown(chart: LoadChart, today: IsoDate | null, level: number): string[] {
  // The title and dates go under the heading: a heading cannot wrap, and a plan's title can be long.
  const lines = [`${'#'.repeat(level)} ${planName(chart)}`, '', escapeLineStart(planDetails(chart).map(escapeMarkdown).join(' · ')), ''];
  const nobody = nobodyBooked(chart);
  if (nobody) return [...lines, nobody];
  const marker = todayColumn(chart, today);
  const daily = chart.days.length <= mostDayColumns;
  const { headers, cells } = daily ? dayColumns(chart, marker) : weekColumns(weeksOf(chart.days), marker);
  const capacity = chart.plan.capacity ?? chart.days.length;
  appendLines(
    lines,
    fittedTable([
      ['Person', ...headers, 'Booked'],
      ['---', ...headers.map(() => ':---:'), '---:'],
      ...chart.rows.map((person) => [escapeMarkdown(person.person), ...cells(person.load), `${person.booked}/${capacity}`]),
    ]),
    '',
    daily ? dailyLegend : weeklyLegend,
  );
  return lines;
}

export function renderScheduleMarkdown({ schedule, charts, findings, today }: ScheduleResult): string {
  const lines = ['# Schedule', ''];
  appendLines(lines, findings.length === 0 ? 'No schedule problems.' : findingsList(findings));
  if (charts.length === 0) lines.push('', noChartReason(schedule.plans.length));
  for (const chart of charts) appendLines(lines, '', loadChartMarkdown(chart, today, 2));
  return `${wrapDocument(lines.join('\n'))}\n`;
}
