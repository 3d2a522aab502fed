/** Diagnostics and findings as aligned `line:column  severity  message  rule` lines. */

import type { Finding } from '../../model/diagnostic.js';
import { cell, layoutColumns } from './columns.js';
import { paintSeverity, type TextStyle } from './style.js';

export function renderFindingLines(findings: readonly Finding[], style: TextStyle): string[] {
  const rows = findings.map((finding) => [
    cell(`${finding.line}:${finding.column}`, style.chalk.gray, 'right'),
    cell(finding.severity, () => paintSeverity(style, finding.severity)),
    cell(finding.message),
    cell(finding.ruleId, style.chalk.gray),
  ]);
  return layoutColumns(rows, { flexible: 2, width: style.width, indent: 2 });
}
