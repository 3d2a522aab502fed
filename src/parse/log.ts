/** The entry point of parsing: one log's markdown text to the typed `WorkLog` model. */

import type { Parents } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { weekdaysOnly, type WorkCalendar } from '../calendar/working-days.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnostic } from '../rules/diagnostic.js';
import type { IsoDate, LogDateSource, WorkLog } from '../model/log.js';
import { statusByMarker, type StatusMarkers } from './checkbox.js';
import { dateInFileName, dateInFrontMatter, dateInHeading } from './dates.js';
import { boundLines, defaultReadingBounds } from './bounds.js';
import { parseMarkdown } from './markdown.js';
import { readNode } from './nodes/index.js';
import { withFixes } from './fixes.js';
import { normaliseSource, sourceLines } from './source.js';
import { defaultHeaderAliases, type HeaderAliases } from './staffing-headers.js';
import { addDiagnostics, startParse } from './state.js';
import { readSuppressions } from './suppressions.js';

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
  /** What checkbox markers mean beyond the built-in ones (`statuses`), e.g. `{ "?": "open" }`. */
  statuses?: StatusMarkers;
  /** Lists and block quotes nested deeper than this are read as text (`limits.nestingDepth`). */
  nestingDepth?: number;
}

/** The first heading: its plain text (the log's title) and its markdown as written (where the log's date is looked for). */
function firstHeading(tree: Parents, source: string): { text: string; markdown: string } | null {
  let found: { text: string; markdown: string } | null = null;
  visitParents(tree, 'heading', (node) => {
    const markdown = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    found = { text: toString(node).trim(), markdown };
    return false;
  });
  return found;
}

/** The front matter's YAML, when the log starts with one. */
function frontMatterOf(tree: Parents): string | null {
  const first = tree.children[0];
  return first?.type === 'yaml' ? first.value : null;
}

/** The log's date: from the first heading, else front matter `date:`, else the file name, else the option; with what to say about it. */
function readLogDate(headingMarkdown: string | null, frontMatter: string | null, options: ParseOptions): { date: IsoDate | null; dateSource: LogDateSource | null; diagnostics: Diagnostic[] } {
  const found: [LogDateSource, IsoDate | null][] = [
    ['heading', headingMarkdown === null ? null : dateInHeading(headingMarkdown)],
    ['front-matter', frontMatter === null ? null : dateInFrontMatter(frontMatter)],
    ['file-name', dateInFileName(options.file)],
    ['option', options.date ?? null],
  ];
  const [first, ...others] = found.filter((entry): entry is [LogDateSource, IsoDate] => entry[1] !== null);
  const other = others.find(([source, date]) => source !== 'option' && date !== first?.[1]);
  const diagnostics: Diagnostic[] = [];
  if (!first) {
    diagnostics.push(diagnostic(
      'parse/no-date',
      'no log date: write it in the first heading (`# 2023-11-12`), in front matter (`date: 2023-11-12`) or the file name (`2023-11-12.md`), or pass --date; date-relative analyses are skipped',
      { line: 1, column: 1 },
    ));
  } else if (other) {
    diagnostics.push(diagnostic(
      'parse/date-mismatch',
      `${dateSourceWords[first[0]]} says ${first[1]} but ${dateSourceWords[other[0]]} says ${other[1]}: ${dateSourceNames[first[0]]}'s date is used`,
      { line: 1, column: 1 },
    ));
  }
  return { date: first?.[1] ?? null, dateSource: first?.[0] ?? null, diagnostics };
}

const dateSourceWords: Readonly<Record<LogDateSource, string>> = {
  heading: 'the first heading',
  'front-matter': 'the front matter',
  'file-name': 'the file name',
  option: '--date',
};

const dateSourceNames: Readonly<Record<LogDateSource, string>> = {
  heading: 'the heading',
  'front-matter': 'the front matter',
  'file-name': 'the file name',
  option: '--date',
};

export function parseLog(rawText: string, options: ParseOptions): WorkLog {
  const source = normaliseSource(rawText);
  const bounded = boundLines(sourceLines(source), { ...defaultReadingBounds, nestingDepth: options.nestingDepth ?? defaultReadingBounds.nestingDepth });
  const markdown = bounded.lines.join('\n');
  const tree = parseMarkdown(markdown);
  const heading = firstHeading(tree, markdown);
  const title = heading?.text ?? null;
  const { date, dateSource, diagnostics } = readLogDate(heading?.markdown ?? null, frontMatterOf(tree), options);

  const state = startParse({
    lines: bounded.lines,
    date,
    year: date ? Number(date.slice(0, 4)) : null,
    markers: { ...statusByMarker, ...options.statuses },
    calendar: options.calendar ?? weekdaysOnly,
    aliases: options.headerAliases ?? defaultHeaderAliases,
    today: options.today ?? date ?? '1970-01-01',
  });
  addDiagnostics(state, [...diagnostics, ...bounded.diagnostics]);
  visitParents(tree, (node, ancestors) => readNode(node, ancestors, state));

  state.log.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  const diagnosticsWithFixes = withFixes(state.log.diagnostics, rawText, sourceLines(source), state.settings.markers);
  // Every directive starts `worklog-`: a log that never writes it has none, and its tree need not be walked again.
  const suppressions = markdown.includes('worklog-') ? readSuppressions(tree, bounded.lines) : [];
  return { file: options.file, date, dateSource, title, ...state.log, diagnostics: diagnosticsWithFixes, ...(suppressions.length > 0 ? { suppressions } : {}) };
}
