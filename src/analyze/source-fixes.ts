/** Fixes of analysis rules, found on the log's text as written: the rules read the model, which keeps no offsets into the file. */

import type { Finding, Fix } from '../model/diagnostic.js';
import type { AnalysisRuleId } from '../model/finding-data.js';
import { lineStarts, withoutBom } from '../parse/source.js';
import { inclusiveEndFix } from './schedule/drift.js';

type SourceFixer<Id extends AnalysisRuleId> = (finding: Finding<Id>, text: string) => Fix | null;

/** One line of the text without its line end, and where it starts. */
function lineOf(text: string, line: number): { start: number; text: string } | null {
  const starts = lineStarts(text);
  const start = starts[line - 1];
  if (start === undefined) return null;
  return { start, text: text.slice(start, starts[line] ?? text.length).replace(/\r?\n$|\r$/, '') };
}

/**
 * A chart that stops a day early because mermaid's end is exclusive: the task's end date, one day later. Only where the
 * task is one line whose last field is that date, written as the table's last day, and nowhere else on the line.
 */
const inclusiveEnd: SourceFixer<'schedule/drift'> = ({ data: { exclusiveEnd, chart } }, text) => {
  const [taskLine, ...more] = chart.lines;
  if (!exclusiveEnd || taskLine === undefined || more.length > 0) return null;
  const body = withoutBom(text);
  const task = lineOf(body, taskLine);
  const lastField = task?.text.slice(task.text.indexOf(':') + 1).split(',').at(-1)?.trim();
  if (!task || lastField !== exclusiveEnd || task.text.split(exclusiveEnd).length !== 2) return null;
  const start = task.start + task.text.lastIndexOf(exclusiveEnd);
  return { range: [start, start + exclusiveEnd.length], text: inclusiveEndFix(exclusiveEnd) };
};

/** The analysis rules that can fix their findings, and how; `fixable` in the catalog lists the same rules. */
export const sourceFixers: { [Id in AnalysisRuleId]?: SourceFixer<Id> } = {
  'schedule/drift': inclusiveEnd,
};

function fixOf<Id extends AnalysisRuleId>(finding: Finding<Id>, text: string): Fix | null {
  const fixer = sourceFixers[finding.ruleId] as SourceFixer<Id> | undefined;
  return fixer ? fixer(finding, text) : null;
}

/** The findings, each analysis finding with its fix where its rule has one and its log's text is known. */
export function withSourceFixes(findings: readonly Finding[], textOf: (file: string) => string | undefined): Finding[] {
  return findings.map((finding) => {
    if (finding.fix || !(finding.ruleId in sourceFixers)) return finding;
    const text = textOf(finding.file);
    const fix = text === undefined ? null : fixOf(finding as Finding<AnalysisRuleId>, text);
    return fix ? { ...finding, fix } : finding;
  });
}
