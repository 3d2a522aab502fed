/** The diagrams with their problem counts, and every finding with the summary counts. */

import type { DiagramSummary } from '../../analyze/diagrams.js';
import type { StatusReport } from '../../analyze/status.js';
import type { Finding } from '../../model/diagnostic.js';
import { plural } from '../../words/plural.js';
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
  { label: 'Severity', nowrap: true },
  // Rule ids may break at their hyphens: held on one line they alone are wider than a phone.
  { label: 'Rule' },
  { label: 'Message' },
];

function findingsTable(kind: string, findings: readonly Finding[], file: string): Html {
  // Findings about another log (a drill done in an older one) name their file.
  return dataTable(kind, findingColumns, findings.map((finding) => [
    `${finding.file === file ? '' : `${finding.file}:`}${finding.line}:${finding.column}`,
    badge(finding.severity, severityTint(finding.severity)),
    html`<code style="${styles.code}">${finding.ruleId}</code>`,
    finding.message,
  ]));
}

// Problems first; the notes (mostly coverage gaps the matrix already shows) follow in a table of their own.
export function findingsSection(report: StatusReport, cuts: Cuts = noCuts): Html {
  const { summary, findings, log } = report;
  if (findings.length === 0) return section('findings', 'Findings', paragraph('No problems.'));
  const counts = [
    summary.errors ? badge(plural(summary.errors, 'error'), severityTint('error')) : '',
    summary.warnings ? badge(plural(summary.warnings, 'warning'), severityTint('warning')) : '',
    summary.infos ? badge(plural(summary.infos, 'note'), severityTint('info')) : '',
  ].filter((part) => part !== '');
  const problems = findings.filter((finding) => finding.severity !== 'info');
  const notes = findings.filter((finding) => finding.severity === 'info');
  return section('findings', 'Findings', [
    paragraph(counts.map((count, index) => html`${index > 0 ? ' ' : ''}${count}`)),
    problems.length > 0 ? findingsTable('findings', problems, log.file) : '',
    notes.length > 0 ? [heading('Notes'), cuts.notes
      ? paragraph(`${plural(notes.length, 'note')} left out ${budgetWords}: \`worklog check\` lists them.`)
      : findingsTable('notes', notes, log.file)] : '',
  ]);
}
