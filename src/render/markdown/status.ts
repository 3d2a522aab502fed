/** `worklog status` and `worklog report` as GitHub-flavoured markdown: the morning view, in part or in full. */

import type { StatusReport } from '../../analyze/status.js';
import type { Item } from '../../model/log.js';
import { appendLines } from '../append.js';
import { percent, scoreText, worstGaps } from '../coverage-view.js';
import { plural } from '../../words/plural.js';
import { provenanceLine } from '../provenance.js';
import { scheduleSummaryParts } from '../schedule-summary.js';
import { loadChartMarkdown } from './schedule.js';
import { coverageMatrixMarkdown } from './coverage.js';
import { escapeMarkdown } from './escape.js';
import { findingPlace, findingsList } from './findings.js';
import { tooLong, wrapDocument } from './wrap.js';
import { ageNote, markdownTask } from './items.js';
import { changeCounts, changedItems } from '../history-changes.js';
import { dueCounts, dueLabel, lateness } from '../due-words.js';
import type { ReportSection } from '../../model/config.js';
import { reportSections } from '../../config/defaults.js';
import { groupCount, reportFindings, unlistedNote } from '../report-view.js';

export function renderStatusMarkdown(report: StatusReport): string {
  return morningView(report, false);
}

/** The daily report: every plan's chart, the whole coverage matrix, every note. */
export function renderReportMarkdown(report: StatusReport): string {
  return morningView(report, true);
}

function morningView(report: StatusReport, full: boolean): string {
  const { log, counts } = report;
  const lines = [
    ...titleLines(escapeMarkdown(log.title ?? log.file)),
    `**Date:** ${log.date ?? 'none'} · **Items:** ${log.items.length} (${counts.open} open, ${counts['in-progress']} in progress, ${counts.deferred} deferred, ${counts.done} done, ${counts.cancelled} cancelled)`,
    '',
  ];
  // The morning view shows every section; the daily report those the configuration or `--sections` picks, in that order.
  const sections: Record<ReportSection, () => string[]> = {
    'due-items': () => dueLines(report),
    'open-items': () => openLines(report),
    'since-previous': () => sinceLines(report),
    schedule: () => scheduleLines(report, full),
    coverage: () => coverageLines(report, full),
    diagrams: () => diagramLines(report),
    findings: () => (full ? reportFindingLines(report) : statusFindingLines(report)),
  };
  for (const section of full ? report.reportConfig.sections : reportSections) appendLines(lines, sections[section]());
  // Emphasis rather than `<sub>`: markdown linters reject raw HTML, and a closing full stop keeps the line from reading as a heading.
  lines.push(`_${escapeMarkdown(provenanceLine(report.provenance))}._`);
  return `${wrapDocument(lines.join('\n').replace(/\n{3,}/g, '\n\n'))}\n`;
}

// A heading cannot wrap: a title too long for one line (with room for the day `--all-logs` adds) goes below a short one.
function titleLines(title: string): string[] {
  return tooLong(`# ${title} · 2023-11-12`) ? ['# Work log', '', `**Title:** ${title}`, ''] : [`# ${title}`, ''];
}

function dueLines(report: StatusReport): string[] {
  if (report.due.length === 0) return [];
  return [
    '## Due', '', `${dueCounts(report.due)}.`, '',
    ...report.due.map((entry) => `${markdownTask({ ...entry.item, depth: 0 })} — **${dueLabel(entry)}**${entry.daysLate > 0 ? `, ${lateness(entry)}` : ''} (line ${entry.item.line})`),
    '',
  ];
}

function openLines(report: StatusReport): string[] {
  const lines = ['## Open by priority', ''];
  if (report.open.length === 0) lines.push('Nothing open.');
  const { history } = report;
  // With an earlier log to compare, each item shows its age in working days, as the HTML report does.
  const age = (item: Item) => ageNote(history.ages.get(item), history.previous !== null);
  for (const group of report.openByPriority) {
    const withSection = (item: Item) => `${markdownTask({ ...item, depth: 0 })} — _${escapeMarkdown(item.section.at(-1) ?? '')}_${age(item)}`;
    appendLines(lines, `### ${group.priority ?? 'No priority'}`, '', group.items.map(withSection), '');
  }
  return lines;
}

function sinceLines(report: StatusReport): string[] {
  const { history } = report;
  if (!history.previous) return [];
  const changes = changeCounts(history).map(({ change, count }) => `${count} ${change}`);
  const lines = [`## Since ${escapeMarkdown(history.previous.date ?? history.previous.file)}`, '', changes.join(' · ') || 'Nothing done or dropped.', ''];
  const changed = changedItems(history);
  if (changed.length > 0) {
    for (const { change, item } of changed) lines.push(`- **${change}** ${escapeMarkdown(item.text)} — _${escapeMarkdown(item.section.at(-1) ?? '')}_`);
    lines.push('');
  }
  return lines;
}

function scheduleLines(report: StatusReport, full: boolean): string[] {
  const scheduleParts = scheduleSummaryParts(report.schedule);
  const tables = report.load.filter((chart) => full || chart.plan.kind === 'table');
  if (tables.length === 0 && scheduleParts.length === 0) return [];
  const lines = ['## Schedule', '', scheduleParts.length > 0 ? scheduleParts.map(escapeMarkdown).join(' · ') : 'No problems.', ''];
  for (const chart of tables) appendLines(lines, loadChartMarkdown(chart, report.log.date, 3), '');
  return lines;
}

function coverageLines(report: StatusReport, full: boolean): string[] {
  const { coverage } = report;
  if (coverage.systems.length === 0) return [];
  return [
    '## Fault-injection coverage',
    '',
    `**${percent(coverage.score.ratio)}** of the required drills (${scoreText(coverage.score)}).`,
    '',
    ...worstGaps(coverage).map((gap) => `- ${escapeMarkdown(gap)}`),
    '',
    ...(full ? [...coverageMatrixMarkdown(coverage), ''] : []),
  ];
}

function diagramLines(report: StatusReport): string[] {
  if (report.diagrams.length === 0) return [];
  const lines = ['## Diagrams', ''];
  for (const diagram of report.diagrams) {
    const problems = [diagram.errors ? plural(diagram.errors, 'error') : '', diagram.warnings ? plural(diagram.warnings, 'warning') : '']
      .filter((part) => part !== '').join(', ') || 'ok';
    const title = [diagram.title ? escapeMarkdown(diagram.title) : '', diagram.size].filter((part) => part).join(' · ');
    lines.push(`- **line ${diagram.line}** ${diagram.type}: ${title ? `${title} · ` : ''}${problems}`);
  }
  lines.push('');
  return lines;
}

function problemCounts(report: StatusReport): string {
  const { summary } = report;
  return `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'note')}`;
}

function statusFindingLines(report: StatusReport): string[] {
  if (report.findings.length === 0) return [];
  const listed = report.findings.filter((finding) => finding.severity !== 'info');
  return ['## Problems', '', `${problemCounts(report)}; notes are in the daily report and \`--format json\`.`, '', ...findingsList(listed, report.log.file), ''];
}

/** The report's findings at `report.minSeverity` and above, one list per rule under its count. */
function reportFindingLines(report: StatusReport): string[] {
  if (report.findings.length === 0) return [];
  const listed = reportFindings(report);
  const lines = ['## Problems', '', `${problemCounts(report)}.`, ''];
  for (const group of listed.groups) {
    lines.push(`### \`${group.ruleId}\` · ${groupCount(group)}`, '');
    for (const finding of group.findings) lines.push(`- **${findingPlace(finding, report.log.file)}** ${escapeMarkdown(finding.message)}`);
    lines.push('');
  }
  const note = unlistedNote(report, listed, (name) => `\`${name}\``);
  if (note) lines.push(note, '');
  return lines;
}
