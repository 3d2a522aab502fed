/** `worklog status` and `worklog report` for the terminal: the morning view of today's log, in part or in full. */

import { format } from 'date-fns';
import { fromIsoDate } from '../../calendar/iso-date.js';
import type { StatusReport } from '../../analyze/status.js';
import { appendLines } from '../append.js';
import type { FormatContext } from '../formatter.js';
import { neutralise, width, wrapParts, wrapText } from '../terminal.js';
import { cell, layoutColumns } from './columns.js';
import { percent, scoreText, worstGaps } from '../coverage-view.js';
import { plural } from '../../words/plural.js';
import { provenanceParts } from '../provenance.js';
import { scheduleSummaryParts } from '../schedule-summary.js';
import { coverageMatrixLines } from './coverage.js';
import { renderFindingLines } from './diagnostics.js';
import { loadChartLines, loadLegend } from './schedule.js';
import { sectionLabel } from '../section-label.js';
import { changeCounts, changedItems, type Change } from '../history-changes.js';
import { dueCounts, dueLabel, lateness } from '../due-words.js';
import { ageCell } from './age-cell.js';
import { paintPriority, paintSeverity, type TextStyle } from './style.js';
import type { ReportSection } from '../../model/config.js';
import { reportSections } from '../../config/defaults.js';
import { reportFindings, unlistedNote } from '../report-view.js';

/** `Title  a · b · c` on one line when it fits, else the title and each part on a line of its own. */
function headedList(title: string, parts: readonly string[], columns: number | null): string[] {
  const line = `${title}  ${parts.join(' · ')}`;
  return columns === null || width(line) <= columns ? [line] : [title, ...parts.map((part) => `  ${part}`)];
}

/** `worklog status`: the morning view. */
export function renderStatusText(report: StatusReport, { style }: FormatContext): string {
  return morningView(report, style, false);
}

/** `worklog report`: the morning view in full, every plan's chart, the whole coverage matrix and every note. */
export function renderReportText(report: StatusReport, { style }: FormatContext): string {
  return morningView(report, style, true);
}

function morningView(report: StatusReport, style: TextStyle, full: boolean): string {
  const { chalk } = style;
  const { log } = report;
  const day = log.date ? `${log.date} ${format(fromIsoDate(log.date), 'EEE')}` : 'no date';
  const lines: string[] = [chalk.bold(neutralise(`${day} · ${log.title ?? log.file}`))];

  const counts = report.counts;
  const parts = [
    `${counts.open} open`,
    counts['in-progress'] ? `${counts['in-progress']} in progress` : '',
    counts.deferred ? `${counts.deferred} deferred` : '',
    chalk.green(`${counts.done} done`),
    counts.cancelled ? `${counts.cancelled} cancelled` : '',
  ].filter((part) => part !== '');
  lines.push(`${plural(log.items.length, 'item')}: ${parts.join(' · ')}`);

  // The morning view shows every section; the daily report those the configuration or `--sections` picks, in that order.
  const sections: Record<ReportSection, () => string[]> = {
    'due-items': () => dueLines(report, style),
    'open-items': () => openLines(report, style),
    'since-previous': () => sinceLines(report, style),
    schedule: () => scheduleLines(report, style, full),
    coverage: () => coverageLines(report, style, full),
    diagrams: () => diagramLines(report, style),
    findings: () => (full ? reportFindingLines(report, style) : statusFindingLines(report, style)),
  };
  for (const section of full ? report.reportConfig.sections : reportSections) appendLines(lines, sections[section]());

  appendLines(lines, '', wrapParts(provenanceParts(report.provenance).map(neutralise), style.width).map((line) => chalk.gray(line)));
  return `${lines.join('\n')}\n`;
}

// What is overdue or due today comes first: it is what the day must not forget.
function dueLines(report: StatusReport, style: TextStyle): string[] {
  const { chalk } = style;
  if (report.due.length === 0) return [];
  const dueRows = report.due.map((entry) => [
    cell(dueLabel(entry), entry.daysLate > 0 ? chalk.red : chalk.yellow),
    cell(String(entry.item.line), chalk.gray, 'right'),
    cell(entry.daysLate > 0 ? lateness(entry) : '', chalk.gray),
    cell(entry.item.text),
  ]);
  return ['', `${chalk.bold('Due')}  ${dueCounts(report.due)}`, ...layoutColumns(dueRows, { flexible: 3, width: style.width, indent: 2 })];
}

function openLines(report: StatusReport, style: TextStyle): string[] {
  const { chalk } = style;
  const lines = ['', chalk.bold('Open by priority')];
  if (report.open.length === 0) lines.push(`  ${chalk.green('nothing open')}`);
  // One table for every priority so the columns line up; the text goes last so nothing needs padding after it.
  // With an earlier log to compare, each item shows its age in working days (`new` for today's).
  const { history } = report;
  const rows = report.open.map((item) => [
    cell(item.priority ?? '-', () => paintPriority(style, item.priority)),
    cell(String(item.line), chalk.gray, 'right'),
    ...(history.previous ? [ageCell(history.ages.get(item), style)] : []),
    cell(sectionLabel(item.section.slice(-1)), chalk.gray),
    cell(item.text),
  ]);
  appendLines(lines, layoutColumns(rows, { flexible: history.previous ? 4 : 3, width: style.width, indent: 2 }));
  return lines;
}

function sinceLines(report: StatusReport, style: TextStyle): string[] {
  const { chalk } = style;
  const { history } = report;
  if (!history.previous) return [];
  // Done is good news; cancelled and dropped are neither.
  const changePaint: Record<Change, (text: string) => string> = { done: (text) => chalk.green(text), cancelled: (text) => chalk.gray(text), dropped: (text) => chalk.gray(text) };
  const changes = changeCounts(history).map(({ change, count }) => changePaint[change](`${count} ${change}`));
  const changed = changedItems(history).map(({ change, item }) => [cell(change, changePaint[change]), cell(item.text)]);
  return [
    '',
    `${chalk.bold(`Since ${history.previous.date ?? history.previous.file}`)}  ${changes.join(' · ') || 'nothing done or dropped'}`,
    ...layoutColumns(changed, { flexible: 1, width: style.width, indent: 2 }),
  ];
}

function scheduleLines(report: StatusReport, style: TextStyle, full: boolean): string[] {
  const { chalk } = style;
  const lines: string[] = [];
  const scheduleParts = scheduleSummaryParts(report.schedule);
  // The morning view charts the staffing tables; gantt charts are long, and `worklog schedule` has them.
  const tables = report.load.filter((chart) => full || chart.plan.kind === 'table');
  if (tables.length > 0 || scheduleParts.length > 0) {
    appendLines(lines, '', headedList(chalk.bold('Schedule'), scheduleParts.length > 0 ? scheduleParts.map(neutralise) : [chalk.green('no problems')], style.width));
    for (const chart of tables) appendLines(lines, '', loadChartLines(chart, report.log.date, style));
    if (tables.length > 0) lines.push('', loadLegend(style));
  }
  return lines;
}

function coverageLines(report: StatusReport, style: TextStyle, full: boolean): string[] {
  const { coverage } = report;
  if (coverage.systems.length === 0) return [];
  const lines = ['', `${style.chalk.bold('Fault-injection coverage')}  ${percent(coverage.score.ratio)} (${scoreText(coverage.score)} required drills)`];
  appendLines(lines, worstGaps(coverage).map((gap) => `  ${neutralise(gap)}`));
  if (full) appendLines(lines, '', coverageMatrixLines(coverage, style));
  return lines;
}

function diagramLines(report: StatusReport, style: TextStyle): string[] {
  const { chalk } = style;
  if (report.diagrams.length === 0) return [];
  const rows = report.diagrams.map((diagram) => {
    const problems = [
      diagram.errors ? plural(diagram.errors, 'error') : '',
      diagram.warnings ? plural(diagram.warnings, 'warning') : '',
    ].filter((part) => part !== '').join(', ');
    const paint = diagram.errors ? chalk.red : diagram.warnings ? chalk.yellow : chalk.green;
    return [
      cell(String(diagram.line), chalk.gray, 'right'),
      cell(diagram.type),
      cell(problems || 'ok', paint),
      cell([diagram.title, diagram.size].filter((part) => part).join(' · ')),
    ];
  });
  return ['', chalk.bold('Diagrams'), ...layoutColumns(rows, { flexible: 3, width: style.width, indent: 2 })];
}

/** `Problems  1 error · 2 warnings · 3 notes`: what there is, whether listed or not. */
function problemsHeading(report: StatusReport, style: TextStyle): string {
  const { chalk } = style;
  const { summary } = report;
  const counted = [
    summary.errors ? chalk.red(plural(summary.errors, 'error')) : '',
    summary.warnings ? chalk.yellow(plural(summary.warnings, 'warning')) : '',
    summary.infos ? chalk.blue(plural(summary.infos, 'note')) : '',
  ].filter((part) => part !== '');
  return `${chalk.bold('Problems')}  ${counted.join(' · ')}`;
}

// Notes (info) are counted, not listed: `--format json` has every one.
function statusFindingLines(report: StatusReport, style: TextStyle): string[] {
  if (report.findings.length === 0) return [];
  const listed = report.findings.filter((finding) => finding.severity !== 'info');
  return ['', problemsHeading(report, style), ...renderFindingLines(listed, style, report.log.file)];
}

/** The report's findings at `report.minSeverity` and above, one group per rule under its count. */
function reportFindingLines(report: StatusReport, style: TextStyle): string[] {
  if (report.findings.length === 0) return [];
  const listed = reportFindings(report);
  const lines = ['', problemsHeading(report, style)];
  for (const group of listed.groups) {
    lines.push(`  ${style.chalk.bold(group.ruleId)}  ${paintSeverity(style, group.severity)} × ${group.findings.length}`);
    const rows = group.findings.map((finding) => [
      cell(`${finding.file === report.log.file ? '' : `${finding.file}:`}${finding.line}:${finding.column}`, style.chalk.gray, 'right'),
      cell(finding.message),
    ]);
    appendLines(lines, layoutColumns(rows, { flexible: 1, width: style.width, indent: 4 }));
  }
  const note = unlistedNote(report, listed, (name) => name);
  // Wrapped like a message on a terminal; whole when piped.
  if (note) for (const line of style.width === null ? [note] : wrapText(note, style.width - 2)) lines.push(`  ${style.chalk.gray(line)}`);
  return lines;
}
