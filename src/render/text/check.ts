/** `worklog check` for the terminal and CI logs: findings grouped per file, then one summary line. */

import { longest } from '../append.js';
import { findingsByFile } from '../by-file.js';
import type { FormatContext } from '../formatter.js';
import type { CheckResult } from '../results.js';
import { plural } from '../../words/plural.js';
import { neutralise, padStart, width, wrapText } from '../terminal.js';
import { paintSeverity } from './style.js';

/** The message, wrapped under itself when the terminal is narrower than the line, the rule id after its last word. */
function messageLines(message: string, ruleId: string, columns: number | null, hang: number): string[] {
  if (columns === null) return [`${message}  ${ruleId}`];
  const lines = wrapText(message, Math.max(columns - hang, 20));
  const last = lines.at(-1) ?? '';
  if (hang + width(`${last}  ${ruleId}`) <= columns) lines[lines.length - 1] = `${last}  ${ruleId}`;
  else lines.push(ruleId);
  return lines;
}

export function renderCheckText({ files, findings, summary }: CheckResult, { style }: FormatContext): string {
  const { chalk } = style;
  const byFile = findingsByFile(findings);
  // Every line in one list joined once: a report of tens of thousands of findings is one big string, not several copies of it.
  const out: string[] = [];
  for (const file of files) {
    const mine = byFile.get(file) ?? [];
    if (mine.length === 0) continue;
    // `line:column severity message rule-id`; the rule id follows the message instead of padding it.
    const places = mine.map((finding) => `${finding.line}:${finding.column}`);
    const placeWidth = longest(places.map((place) => place.length));
    const severityWidth = longest(mine.map((finding) => finding.severity.length));
    const hang = 2 + placeWidth + 2 + severityWidth + 2;
    out.push(chalk.underline(neutralise(file)));
    mine.forEach((finding, index) => {
      const severity = paintSeverity(style, finding.severity) + ' '.repeat(severityWidth - finding.severity.length);
      const lead = `  ${chalk.gray(padStart(places[index] ?? '', placeWidth))}  ${severity}  `;
      out.push(lead + messageLines(neutralise(finding.message), chalk.gray(finding.ruleId), style.width, hang).join(`\n${' '.repeat(hang)}`));
    });
    out.push('');
  }
  const total = summary.errors + summary.warnings + summary.infos;
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'note')}`;
  const line = total === 0
    ? chalk.green(`✓ ${plural(files.length, 'log')} checked, no problems`)
    : `${summary.errors > 0 ? chalk.red('✖') : chalk.yellow('!')} ${plural(total, 'problem')} (${counts}) in ${plural(files.length, 'log')}`;
  out.push(line, '');
  return out.join('\n');
}
