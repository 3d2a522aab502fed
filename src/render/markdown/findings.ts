/** Findings in markdown: a list that wraps (the views) or a table (the GitHub job summary); log text escaped. */

import type { Finding } from '../../model/diagnostic.js';
import { escapeMarkdown } from './escape.js';
import { tableRow } from './table.js';

/** `146:13`, or `other.md:3:1` for a finding about another file than `file` (one that could not be read, a drill in an older log). */
export function findingPlace(finding: Finding, file?: string): string {
  return `${file === undefined || finding.file === file ? '' : `${escapeMarkdown(finding.file)}:`}${finding.line}:${finding.column}`;
}

export function findingsTable(findings: readonly Finding[], file?: string): string[] {
  return [
    '| Line | Severity | Rule | Message |',
    '| ---: | --- | --- | --- |',
    ...findings.map((finding) => tableRow([findingPlace(finding, file), finding.severity, `\`${finding.ruleId}\``, escapeMarkdown(finding.message)])),
  ];
}

// A list rather than a table: a message is a sentence or two, and a table row cannot wrap to 80 columns.
export function findingsList(findings: readonly Finding[], file?: string): string[] {
  return findings.map((finding) => `- **${findingPlace(finding, file)}** ${finding.severity} \`${finding.ruleId}\`: ${escapeMarkdown(finding.message)}`);
}
