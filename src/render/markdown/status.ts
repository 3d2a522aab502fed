/** `worklog status --format markdown`: the morning view as GitHub-flavoured markdown. */

import type { StatusReport } from '../../analyze/status.js';
import type { Item } from '../../model/log.js';
import { percent, scoreText, worstGaps } from '../coverage-view.js';
import { plural } from '../plural.js';
import { scheduleSummaryParts } from '../schedule-summary.js';
import { loadChartMarkdown } from './schedule.js';
import { escapeMarkdown } from './escape.js';
import { markdownTask } from './items.js';

export function renderStatusMarkdown(report: StatusReport): string {
  const { log, counts, summary } = report;
  const lines = [
    `# ${escapeMarkdown(log.title ?? log.file)}`,
    '',
    `**Date:** ${log.date ?? 'none'} · **Items:** ${log.items.length} (${counts.open} open, ${counts['in-progress']} in progress, ${counts.deferred} deferred, ${counts.done} done, ${counts.cancelled} cancelled)`,
    '',
    '## Open by priority',
    '',
  ];
  if (report.open.length === 0) lines.push('Nothing open.');
  for (const group of report.openByPriority) {
    const withSection = (item: Item) => `${markdownTask({ ...item, depth: 0 })} — _${escapeMarkdown(item.section.at(-1) ?? '')}_`;
    lines.push(`### ${group.priority ?? 'No priority'}`, '', ...group.items.map(withSection), '');
  }
  const scheduleParts = scheduleSummaryParts(report.schedule);
  if (report.load.length > 0 || scheduleParts.length > 0) {
    lines.push('## Schedule', '', scheduleParts.length > 0 ? scheduleParts.map(escapeMarkdown).join(' · ') : 'No problems.', '');
    for (const chart of report.load) lines.push(...loadChartMarkdown(chart, log.date), '');
  }
  const { coverage } = report;
  if (coverage.systems.length > 0) {
    lines.push(
      '## Fault-injection coverage',
      '',
      `**${percent(coverage.score.ratio)}** of the required drills (${scoreText(coverage.score)}).`,
      '',
      ...worstGaps(coverage).map((gap) => `- ${escapeMarkdown(gap)}`),
      '',
    );
  }
  if (report.diagrams.length > 0) {
    lines.push('## Diagrams', '', '| Line | Diagram | Title | Problems |', '| ---: | --- | --- | --- |');
    for (const diagram of report.diagrams) {
      const problems = [diagram.errors ? plural(diagram.errors, 'error') : '', diagram.warnings ? plural(diagram.warnings, 'warning') : '']
        .filter((part) => part !== '').join(', ') || 'ok';
      const title = [diagram.title, diagram.size].filter((part) => part).join(' · ');
      lines.push(`| ${diagram.line} | ${diagram.type} | ${escapeMarkdown(title)} | ${problems} |`);
    }
    lines.push('');
  }
  const listed = report.findings.filter((finding) => finding.severity !== 'info');
  if (report.findings.length > 0) {
    lines.push(
      '## Problems',
      '',
      `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'note')}; \`--format json\` lists every one.`,
      '',
      '| Line | Severity | Message | Rule |',
      '| ---: | --- | --- | --- |',
      ...listed.map((finding) =>
        `| ${finding.line}:${finding.column} | ${finding.severity} | ${escapeMarkdown(finding.message)} | \`${finding.ruleId}\` |`),
      '',
    );
  }
  lines.push(`<sub>from ${escapeMarkdown(log.file)} · worklog ${report.version}</sub>`);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
