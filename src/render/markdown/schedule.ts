/** `worklog schedule --format markdown`: the findings as a table and each load chart in a text block. */

import type { LoadChart } from '../../analyze/schedule/load.js';
import type { IsoDate } from '../../model/log.js';
import { appendLines } from '../append.js';
import { paint } from '../color.js';
import type { ScheduleResult } from '../results.js';
import { loadChartLines, loadLegend } from '../text/schedule.js';
import { escapeFenced } from './escape.js';
import { findingsTable } from './findings.js';

const plain = { chalk: paint(0), width: 100 };

/** A load chart as a fenced text block: monospace keeps the columns, and fences keep log text inert. */
export function loadChartMarkdown(chart: LoadChart, today: IsoDate | null): string[] {
  const text = loadChartLines(chart, today, plain).join('\n');
  return ['```text', escapeFenced(text), ...(chart.rows.length > 0 ? [loadLegend(plain)] : []), '```'];
}

export function renderScheduleMarkdown({ charts, findings, today }: ScheduleResult): string {
  const lines = ['## Schedule', ''];
  appendLines(lines, findings.length === 0 ? 'No schedule problems.' : findingsTable(findings));
  for (const chart of charts) appendLines(lines, '', loadChartMarkdown(chart, today));
  return `${lines.join('\n')}\n`;
}
