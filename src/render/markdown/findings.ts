/** Findings as a GitHub table: place, severity, rule and message (log text escaped). */

import type { Finding } from '../../model/diagnostic.js';
import { escapeMarkdown } from './escape.js';

export function findingsTable(findings: readonly Finding[]): string[] {
  return [
    '| Line | Severity | Rule | Message |',
    '| ---: | --- | --- | --- |',
    ...findings.map((finding) => `| ${finding.line}:${finding.column} | ${finding.severity} | \`${finding.ruleId}\` | ${escapeMarkdown(finding.message)} |`),
  ];
}
