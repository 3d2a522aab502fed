/** Fixes of analysis rules, found on the log's text as written: the rules read the model, which keeps no offsets into the file. */

import type { Finding, Fix } from '../model/diagnostic.js';
import type { AnalysisRuleId } from '../model/finding-data.js';
import { lineStarts, withoutBom } from '../parse/source.js';
import { inclusiveEndFix } from './schedule/drift.js';

/** A log's lines as they are asked for: each without its line end, and where it starts in the text without its BOM. */
interface LogText {
  line(line: number): { start: number; text: string } | null;
}

type SourceFixer<Id extends AnalysisRuleId> = (finding: Finding<Id>, text: LogText) => Fix | null;

/** The text's lines without their line ends, and where each starts: a big log may have thousands of fixable findings, so its lines are found once. */
function logText(text: string): LogText {
  const body = withoutBom(text);
  let starts: number[] | null = null;
  return {
    line(line) {
      starts ??= lineStarts(body);
      const start = starts[line - 1];
      if (start === undefined) return null;
      return { start, text: body.slice(start, starts[line] ?? body.length).replace(/\r?\n$|\r$/, '') };
    },
  };
}

/**
 * A chart that stops a day early because mermaid's end is exclusive: the task's end date, one day later. Only where the
 * task is one line whose last field is that date, written as the table's last day, and nowhere else on the line.
 */
const inclusiveEnd: SourceFixer<'schedule/drift'> = ({ data: { exclusiveEnd, chart } }, text) => {
  const [taskLine, ...more] = chart.lines;
  if (!exclusiveEnd || taskLine === undefined || more.length > 0) return null;
  const task = text.line(taskLine);
  const lastField = task?.text.slice(task.text.indexOf(':') + 1).split(',').at(-1)?.trim();
  if (!task || lastField !== exclusiveEnd || task.text.split(exclusiveEnd).length !== 2) return null;
  const start = task.start + task.text.lastIndexOf(exclusiveEnd);
  return { range: [start, start + exclusiveEnd.length], text: inclusiveEndFix(exclusiveEnd) };
};

/** The analysis rules that can fix their findings, and how; `fixable` in the catalog lists the same rules. */
export const sourceFixers: { [Id in AnalysisRuleId]?: SourceFixer<Id> } = {
  'schedule/drift': inclusiveEnd,
};

function fixOf<Id extends AnalysisRuleId>(finding: Finding<Id>, text: LogText): Fix | null {
  const fixer = sourceFixers[finding.ruleId] as SourceFixer<Id> | undefined;
  return fixer ? fixer(finding, text) : null;
}

/** The findings, each analysis finding with its fix where its rule has one and its log's text is known. */
export function withSourceFixes(findings: readonly Finding[], textOf: (file: string) => string | undefined): Finding[] {
  const texts = new Map<string, LogText | null>();
  const logTextOf = (file: string): LogText | null => {
    if (!texts.has(file)) {
      const text = textOf(file);
      texts.set(file, text === undefined ? null : logText(text));
    }
    return texts.get(file) ?? null;
  };
  return findings.map((finding) => {
    if (finding.fix || !(finding.ruleId in sourceFixers)) return finding;
    const text = logTextOf(finding.file);
    const fix = text === null ? null : fixOf(finding as Finding<AnalysisRuleId>, text);
    return fix ? { ...finding, fix } : finding;
  });
}
