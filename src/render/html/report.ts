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
import { noCuts, overBudgetWords, withinBudget, type Cuts } from './budget.js';
import type { FormatContext } from '../formatter.js';
import { paragraph } from './layout.js';

/** One log's report: its sections and the footer naming its sources. */
export function reportBody(report: StatusReport, cuts: Cuts = noCuts): Html {
  const sections: Record<ReportSection, () => Html> = {
    'due-items': () => dueSection(report),
    'open-items': () => openSection(report),
    'since-previous': () => sinceSection(report, cuts),
    schedule: () => scheduleSection(report, cuts),
    coverage: () => coverageSection(report.coverage),
    diagrams: () => diagramsSection(report),
    findings: () => findingsSection(report, cuts),
  };
  // The sections the configuration or `--sections` picks, in that order, between the header and the footer.
  const shown = report.reportConfig.sections.map((name) => sections[name]());
  // At the top, where a clipped mail still shows it.
  const overBudget = cuts.overBudgetKb === null ? '' : paragraph(html`<strong>This ${overBudgetWords(cuts.overBudgetKb)}.</strong> Every open item is still listed; what else was left out is said where it was.`);
  return html`${headerSection(report)}${overBudget}${shown}<div id="footer" data-section="footer">
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

/** The report within the mail budget; a report that cannot fit is `warn`ed about on stderr as well as on the page. */
export function renderReportHtml(report: StatusReport, context?: Pick<FormatContext, 'warn'>): string {
  const { log } = report;
  return withinBudget((cuts) => reportPage(`${log.title ?? log.file} · ${dayLabel(log.date)}`, reportBody(report, cuts)), context?.warn);
}
