/** `worklog report --format html`: the daily test report as one self-contained document for email. */

import type { StatusReport } from '../../analyze/status.js';
import { provenanceLine } from '../provenance.js';
import { coverageSection } from './coverage.js';
import type { ReportSection } from '../../model/config.js';
import { dayLabel, dueSection, headerSection, openSection, sinceSection } from './items.js';
import { html, htmlText, type Html } from './markup.js';
import { diagramsSection, findingsSection } from './problems.js';
import { scheduleSection } from './schedule.js';
import { styles } from './style.js';
import { noCuts, withinBudget, type Cuts } from './budget.js';

/** One log's report: its sections and the footer naming its sources. */
export function reportBody(report: StatusReport, cuts: Cuts = noCuts): Html {
  const sections: Record<ReportSection, () => Html> = {
    'due-items': () => dueSection(report),
    'open-items': () => openSection(report),
    'since-previous': () => sinceSection(report),
    schedule: () => scheduleSection(report, cuts),
    coverage: () => coverageSection(report.coverage),
    diagrams: () => diagramsSection(report),
    findings: () => findingsSection(report, cuts),
  };
  // The sections the configuration or `--sections` picks, in that order, between the header and the footer.
  const shown = report.reportConfig.sections.map((name) => sections[name]());
  return html`${headerSection(report)}${shown}<div id="footer" data-section="footer">
<p style="${styles.footer}">${provenanceLine(report.provenance)}</p>
</div>
`;
}

// Layout tables, not divs with widths: the one layout every mail client agrees on.
/** A self-contained document for email around `body`. */
export function reportPage(title: string, body: Html): string {
  const document = html`<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body style="${styles.body}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${styles.page}">
<tr><td align="center" style="padding:12px 6px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${styles.sheet}">
<tr><td align="left" style="${styles.content}">
${body}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  return htmlText(document);
}

export function renderReportHtml(report: StatusReport): string {
  const { log } = report;
  return withinBudget((cuts) => reportPage(`${log.title ?? log.file} · ${dayLabel(log.date)}`, reportBody(report, cuts)));
}
