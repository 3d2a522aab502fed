/** The diagrams with their problem counts, and every finding with the summary counts. */

import type { DiagramSummary } from '../../analyze/diagrams.js';
import type { StatusReport } from '../../analyze/status.js';
import { plural } from '../../words/plural.js';
import { groupCount, reportFindings, unlistedNote, type FindingGroup } from '../report-view.js';
import { badge, dataTable, heading, paragraph, section, type Column } from './layout.js';
import { html, type Html } from './markup.js';
import { okTint, severityTint, styles } from './style.js';
import { budgetWords, noCuts, type Cuts } from './budget.js';

function diagramProblems(diagram: DiagramSummary): Html {
  if (diagram.errors === 0 && diagram.warnings === 0) return badge('ok', okTint);
  return html`${diagram.errors ? badge(plural(diagram.errors, 'error'), severityTint('error')) : ''}${diagram.errors && diagram.warnings ? ' ' : ''}${diagram.warnings ? badge(plural(diagram.warnings, 'warning'), severityTint('warning')) : ''}`;
}

export function diagramsSection(report: StatusReport): Html {
  if (report.diagrams.length === 0) return section('diagrams', 'Diagrams', paragraph('No mermaid diagrams.'));
  const columns: Column[] = [
    { label: 'Line', align: 'right', nowrap: true },
    { label: 'Diagram', nowrap: true },
    { label: 'Title' },
    { label: 'Size' },
    { label: 'Problems' },
  ];
  const rows = report.diagrams.map((diagram) => [
    diagram.line,
    html`<code style="${styles.code}">${diagram.type}</code>`,
    diagram.title ?? '',
    html`<span style="${styles.muted}">${diagram.size ?? ''}</span>`,
    diagramProblems(diagram),
  ]);
  return section('diagrams', 'Diagrams', dataTable('diagrams', columns, rows));
}

const findingColumns: Column[] = [
  { label: 'Line', align: 'right', nowrap: true },
  { label: 'Message' },
];

/**
 * One rule's findings under its id and exact count, the first `limit` of them listed when the budget asks; findings
 * about another log (a drill done in an older one) name their file.
 */
function findingGroup(group: FindingGroup, file: string, limit: number | null): Html {
  const listed = limit === null ? group.findings : group.findings.slice(0, limit);
  const rows = listed.map((finding) => [`${finding.file === file ? '' : `${finding.file}:`}${finding.line}:${finding.column}`, finding.message]);
  const more = group.findings.length - listed.length;
  return html`${heading(html`<code style="${styles.code}">${group.ruleId}</code> ${badge(groupCount(group), severityTint(group.severity))}`)}${dataTable('findings', findingColumns, rows)}${
    more > 0 ? paragraph(`and ${more} more \`${group.ruleId}\` left out ${budgetWords}: \`worklog check\` lists every finding.`) : ''}`;
}

// Every finding is counted; those at `report.minSeverity` and above are listed, one table per rule; past the mail's
// budget the notes are left out first, later all but the first few of each rule.
export function findingsSection(report: StatusReport, cuts: Cuts = noCuts): Html {
  const { summary, findings, log } = report;
  if (findings.length === 0) return section('findings', 'Findings', paragraph('No problems.'));
  const counts = [
    summary.errors ? badge(plural(summary.errors, 'error'), severityTint('error')) : '',
    summary.warnings ? badge(plural(summary.warnings, 'warning'), severityTint('warning')) : '',
    summary.infos ? badge(plural(summary.infos, 'note'), severityTint('info')) : '',
  ].filter((part) => part !== '');
  const listed = reportFindings(report);
  const note = unlistedNote(report, listed, (name) => name);
  const shownGroups = cuts.notes ? listed.groups.filter((group) => group.severity !== 'info') : listed.groups;
  const cutNotes = listed.groups.filter((group) => !shownGroups.includes(group)).reduce((sum, group) => sum + group.findings.length, 0);
  return section('findings', 'Findings', [
    paragraph(counts.map((count, index) => html`${index > 0 ? ' ' : ''}${count}`)),
    shownGroups.map((group) => findingGroup(group, log.file, cuts.findingsPerRule)),
    cutNotes > 0 ? paragraph(`${plural(cutNotes, 'note')} left out ${budgetWords}: \`worklog check\` lists them.`) : '',
    note ? paragraph(html`<span style="${styles.muted}">${note}</span>`) : '',
  ]);
}
