/** `worklog check` for the terminal and CI logs: findings grouped per file, then one summary line. */

import { longest } from '../append.js';
import { findingsByFile } from '../by-file.js';
import type { FormatContext, TextPieces } from '../formatter.js';
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

/** The report's lines, in order, each without its line break. */
function* checkLines({ files, findings, summary }: CheckResult, { style }: FormatContext): Generator<string> {
  const { chalk } = style;
  const byFile = findingsByFile(findings);
  for (const file of files) {
    const mine = byFile.get(file) ?? [];
    if (mine.length === 0) continue;
    // `line:column severity message rule-id`; the rule id follows the message instead of padding it.
    const places = mine.map((finding) => `${finding.line}:${finding.column}`);
    const placeWidth = longest(places.map((place) => place.length));
    const severityWidth = longest(mine.map((finding) => finding.severity.length));
    const hang = 2 + placeWidth + 2 + severityWidth + 2;
    yield chalk.underline(neutralise(file));
    for (const [index, finding] of mine.entries()) {
      const severity = paintSeverity(style, finding.severity) + ' '.repeat(severityWidth - finding.severity.length);
      const lead = `  ${chalk.gray(padStart(places[index] ?? '', placeWidth))}  ${severity}  `;
      yield lead + messageLines(neutralise(finding.message), chalk.gray(finding.ruleId), style.width, hang).join(`\n${' '.repeat(hang)}`);
    }
    yield '';
  }
  const total = summary.errors + summary.warnings + summary.infos;
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'note')}`;
  yield total === 0
    ? chalk.green(`✓ ${plural(files.length, 'log')} checked, no problems`)
    : `${summary.errors > 0 ? chalk.red('✖') : chalk.yellow('!')} ${plural(total, 'problem')} (${counts}) in ${plural(files.length, 'log')}`;
}

// From this many findings the report is written as it is rendered: tens of thousands of findings made one string of
// tens of megabytes, held with its lines and their bytes at the run's peak.
const piecesFromFindings = 5_000;

/** Each line with its line break, rendered as it is asked for. */
function* linePieces(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

/** The report: one string, or, for a run with many findings, its lines as pieces (see `TextPieces`). */
export function renderCheckText(result: CheckResult, context: FormatContext): string | TextPieces {
  if (result.findings.length >= piecesFromFindings) return linePieces(checkLines(result, context));
  return `${[...checkLines(result, context)].join('\n')}\n`;
}
