/** `status --all-logs` and `report --all-logs`: each log's report in turn, oldest first, in the format of one. */

import type { StatusReport } from '../analyze/status.js';
import type { FormatContext } from './formatter.js';
import { html } from './html/markup.js';
import { renderReportHtml, reportBody, reportPage } from './html/report.js';
import { dayLabel } from './html/items.js';
import { jsonText } from './json-text.js';
import type { StatusLogsDocument } from './json-contract.js';
import { schemaVersion, statusDocument } from './json.js';
import { escapeMarkdown } from './markdown/escape.js';
import { renderReportMarkdown, renderStatusMarkdown } from './markdown/status.js';
import { renderReportText, renderStatusText } from './text/status.js';

// One report after another; a rule between them in markdown, where headings alone would run together on a wiki page.
const eachText = (render: (report: StatusReport, context: FormatContext) => string) =>
  (reports: readonly StatusReport[], context: FormatContext): string => reports.map((report) => render(report, context)).join('\n');

/**
 * A day's report one heading level down, each heading naming the day: the page keeps a single top heading,
 * and "Open by priority" on every day stays a distinct heading (and a distinct link).
 */
function underDay(markdown: string, day: string): string {
  // Log text never starts a line with `#` (it is escaped), so every such line is one of the report's own headings.
  return markdown.replace(/^(#{1,5}) (.*)$/gm, (_, marks: string, text: string) => `#${marks} ${text} · ${day}`);
}

const eachMarkdown = (render: (report: StatusReport) => string) =>
  (reports: readonly StatusReport[]): string => {
    const [first] = reports;
    const last = reports.at(-1);
    if (!first || !last || first === last) return first ? render(first) : '';
    const days = reports.map((report) => underDay(render(report), escapeMarkdown(report.log.date ?? report.log.file)));
    return [`# ${reports.length} logs · ${dayLabel(first.log.date)} – ${dayLabel(last.log.date)}\n`, ...days].join('\n---\n\n');
  };

export const renderStatusAllLogsText = eachText(renderStatusText);
export const renderReportAllLogsText = eachText(renderReportText);
export const renderStatusAllLogsMarkdown = eachMarkdown(renderStatusMarkdown);
export const renderReportAllLogsMarkdown = eachMarkdown(renderReportMarkdown);

/** One document with a status document per log. */
export function renderStatusAllLogsJson(reports: readonly StatusReport[]): string {
  const document: StatusLogsDocument = { schemaVersion, logs: reports.map(statusDocument) };
  return jsonText(document);
}

export const renderReportAllLogsJson = renderStatusAllLogsJson;

/** One email-safe page holding each log's report, divided by a rule. */
export function renderReportAllLogsHtml(reports: readonly StatusReport[]): string {
  const [first] = reports;
  const last = reports.at(-1);
  if (!first || !last || first === last) return first ? renderReportHtml(first) : reportPage('worklog', html``);
  const divider = html`<hr style="border:0;border-top:2px solid #d0d7de;margin:28px 0">
`;
  const bodies = reports.map((report) => reportBody(report)).flatMap((body, index) => (index === 0 ? [body] : [divider, body]));
  return reportPage(`${reports.length} logs · ${dayLabel(first.log.date)} – ${dayLabel(last.log.date)}`, html`${bodies}`);
}
