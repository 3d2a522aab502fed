/** `worklog status --format markdown`: the morning view as GitHub-flavoured markdown. */

import type { StatusReport } from '../../analyze/status.js';
import type { Item } from '../../model/log.js';
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
  if (report.findings.length > 0) {
    lines.push(
      '## Problems',
      '',
      `${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} notes.`,
      '',
      '| Line | Severity | Message | Rule |',
      '| ---: | --- | --- | --- |',
      ...report.findings.map((finding) =>
        `| ${finding.line}:${finding.column} | ${finding.severity} | ${escapeMarkdown(finding.message)} | \`${finding.ruleId}\` |`),
      '',
    );
  }
  lines.push(`<sub>from ${escapeMarkdown(log.file)} · worklog ${report.version}</sub>`);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
