/** Findings as a GitHub table: place, severity, rule and message (log text escaped). */

import type { Finding } from '../../model/diagnostic.js';
import { escapeMarkdown } from './escape.js';
import { tableRow } from './table.js';

/** A finding about another file than `file` (one that could not be read, a drill in an older log) names it. */
export function findingsTable(findings: readonly Finding[], file?: string): string[] {
  const place = (finding: Finding) => `${file === undefined || finding.file === file ? '' : `${escapeMarkdown(finding.file)}:`}${finding.line}:${finding.column}`;
  return [
    '| Line | Severity | Rule | Message |',
    '| ---: | --- | --- | --- |',
    ...findings.map((finding) => tableRow([place(finding), finding.severity, `\`${finding.ruleId}\``, escapeMarkdown(finding.message)])),
  ];
}
