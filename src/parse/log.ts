/** The entry point of parsing: one log's markdown text to the typed `WorkLog` model. */

import type { Parents } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { weekdaysOnly, type WorkCalendar } from '../calendar/working-days.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnostic } from '../rules/diagnostic.js';
import type { IsoDate, LogDateSource, WorkLog } from '../model/log.js';
import { dateInFileName, dateInHeading } from './dates.js';
import { boundLines, defaultReadingBounds } from './bounds.js';
import { parseMarkdown } from './markdown.js';
import { readNode } from './nodes/index.js';
import { normaliseSource, sourceLines } from './source.js';
import { defaultHeaderAliases, type HeaderAliases } from './staffing-headers.js';
import { addDiagnostics, startParse } from './state.js';

export interface ParseOptions {
  /** The file name as the user gave it; it may carry the log's date. */
  file: string;
  /** The date to use when neither the first heading nor the file name has one. */
  date?: IsoDate | null;
  /** Working days, for counting a cycle's capacity when none is stated. */
  calendar?: WorkCalendar;
  headerAliases?: HeaderAliases;
  /** The local date mermaid's "today" stands for (where an unknown `after`/`until` id starts); the log's date by default. */
  today?: IsoDate;
  /** Lists and block quotes nested deeper than this are read as text (`limits.nestingDepth`). */
  nestingDepth?: number;
}

function firstHeadingText(tree: Parents): string | null {
  let text: string | null = null;
  visitParents(tree, 'heading', (node) => {
    text = toString(node).trim();
    return false;
  });
  return text;
}

/** The log's date: from the first heading, else the file name, else the option; with what to say about it. */
function readLogDate(title: string | null, options: ParseOptions): { date: IsoDate | null; dateSource: LogDateSource | null; diagnostics: Diagnostic[] } {
  const headingDate = title === null ? null : dateInHeading(title);
  const fileDate = dateInFileName(options.file);
  const [date, dateSource]: [IsoDate | null, LogDateSource | null] = headingDate
    ? [headingDate, 'heading']
    : fileDate ? [fileDate, 'file-name'] : options.date ? [options.date, 'option'] : [null, null];
  const diagnostics: Diagnostic[] = [];
  if (!date) {
    diagnostics.push(diagnostic(
      'parse/no-date',
      'no log date: write it in the first heading (`# 2023-11-12`) or the file name (`2023-11-12.md`), or pass --date; date-relative analyses are skipped',
      { line: 1, column: 1 },
    ));
  } else if (headingDate && fileDate && headingDate !== fileDate) {
    diagnostics.push(diagnostic(
      'parse/date-mismatch',
      `the first heading says ${headingDate} but the file name says ${fileDate}: the heading's date is used`,
      { line: 1, column: 1 },
    ));
  }
  return { date, dateSource, diagnostics };
}

export function parseLog(rawText: string, options: ParseOptions): WorkLog {
  const source = normaliseSource(rawText);
  const bounded = boundLines(sourceLines(source), { ...defaultReadingBounds, nestingDepth: options.nestingDepth ?? defaultReadingBounds.nestingDepth });
  const tree = parseMarkdown(bounded.lines.join('\n'));
  const title = firstHeadingText(tree);
  const { date, dateSource, diagnostics } = readLogDate(title, options);

  const state = startParse({
    lines: bounded.lines,
    date,
    year: date ? Number(date.slice(0, 4)) : null,
    calendar: options.calendar ?? weekdaysOnly,
    aliases: options.headerAliases ?? defaultHeaderAliases,
    today: options.today ?? date ?? '1970-01-01',
  });
  addDiagnostics(state, [...diagnostics, ...bounded.diagnostics]);
  visitParents(tree, (node, ancestors) => readNode(node, ancestors, state));

  state.log.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file: options.file, date, dateSource, title, ...state.log };
}
