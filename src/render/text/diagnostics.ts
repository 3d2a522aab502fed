/** Diagnostics and findings as aligned `line:column  severity  rule  message` lines. */

import type { Finding } from '../../model/diagnostic.js';
import { cell, layoutColumns } from './columns.js';
import { paintSeverity, type TextStyle } from './style.js';

/** A finding about another file than `file` (one that could not be read, a drill in an older log) names it. */
export function renderFindingLines(findings: readonly Finding[], style: TextStyle, file?: string): string[] {
  const rows = findings.map((finding) => [
    cell(`${file === undefined || finding.file === file ? '' : `${finding.file}:`}${finding.line}:${finding.column}`, style.chalk.gray, 'right'),
    cell(finding.severity, () => paintSeverity(style, finding.severity)),
    cell(finding.ruleId, style.chalk.gray),
    cell(finding.message),
  ]);
  // The message goes last so that a long one never pushes the other columns apart.
  return layoutColumns(rows, { flexible: 3, width: style.width, indent: 2 });
}
