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
import { splitFromChars } from './big-log.js';
import { parseWholeMarkdown } from './markdown.js';
import { parseCarryingSections } from './carried-sections.js';
import { mergeParts, readPart, readPartTree, type PartModel, type PartSettings, type PartTask } from './parts.js';
import { splitIntoDays, type CutPlace } from './split.js';
import { withFixes } from './fixes.js';
import { normaliseSource, sourceLines } from './source.js';
import { defaultHeaderAliases, type HeaderAliases } from './staffing-headers.js';
import { coveredLines } from './suppressions.js';

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

/** The log's title and date, and what to say about its date: read from its first heading and front matter. */
export interface LogHead {
  title: string | null;
  date: IsoDate | null;
  dateSource: LogDateSource | null;
  diagnostics: Diagnostic[];
}

/** The head from a first heading (or none) and the tree whose front matter may date the log. */
function headFrom(heading: ReturnType<typeof firstHeading>, frontMatterTree: Parents, options: ParseOptions): LogHead {
  return { title: heading?.text ?? null, ...readLogDate(heading?.markdown ?? null, frontMatterOf(frontMatterTree), options) };
}

function headOf(tree: Parents, markdown: string, options: ParseOptions): LogHead {
  return headFrom(firstHeading(tree, markdown), tree, options);
}

/**
 * The head of a log cut into parts, from the text before its first possible cut (front matter, title); when that
 * holds no heading, the first heading is the line of that cut, which reads alone as it does in the file.
 */
function headBeforeCut(markdown: string, cut: CutPlace, options: ParseOptions): LogHead {
  const before = markdown.slice(0, Math.max(0, cut.offset - 1));
  const tree = parseWholeMarkdown(before);
  const head = headOf(tree, before, options);
  if (head.title !== null) return head;
  const end = markdown.indexOf('\n', cut.offset);
  const line = markdown.slice(cut.offset, end < 0 ? undefined : end);
  return headFrom(firstHeading(parseWholeMarkdown(line), line), tree, options);
}

/** What reading a part needs from the log's head and the options. */
function partSettings(head: LogHead, options: ParseOptions): PartSettings {
  const { date } = head;
  return {
    date,
    year: date ? Number(date.slice(0, 4)) : null,
    markers: { ...statusByMarker, ...options.statuses },
    aliases: options.headerAliases ?? defaultHeaderAliases,
    today: options.today ?? date ?? '1970-01-01',
  };
}

/** A log's text made ready to read: its lines as the markdown reader gets them, and what reading them found before any part is read. */
export interface LogPlan {
  rawText: string;
  options: ParseOptions;
  source: string;
  /** How many lines the log has; the lines themselves are split again when the parts are merged, not held while they are read. */
  lineCount: number;
  markdown: string;
  diagnostics: Diagnostic[];
  /** The head, known before the parts are read when the log is cut; null when it is one part, whose tree gives it. */
  head: LogHead | null;
  parts: PartTask[];
}

// Measured on generated many-day logs: parts of a few thousand characters cost less CPU time (the markdown reader's
// list handling grows faster than the text) and far less memory at once than parts of 64,000; smaller ones save no more.
const modelPartChars = 8_000;

/** Normalises and bounds a log's text, and cuts a big one into parts (`minPartChars` small in tests, to cut small logs too). */
export function planLog(rawText: string, options: ParseOptions, split: { minPartChars?: number; fromChars?: number } = {}): LogPlan {
  const source = normaliseSource(rawText);
  const written = sourceLines(source);
  const bounded = boundLines(written, { ...defaultReadingBounds, nestingDepth: options.nestingDepth ?? defaultReadingBounds.nestingDepth });
  // Most logs have no line to bound: their markdown is their source, not a second copy of a big log's text.
  const markdown = bounded.lines.every((line, index) => line === written[index]) ? source : bounded.lines.join('\n');
  const plan = { rawText, options, source, lineCount: written.length, markdown, diagnostics: bounded.diagnostics };
  const { parts, firstCut } = markdown.length < (split.fromChars ?? splitFromChars)
    ? { parts: [], firstCut: null }
    : splitIntoDays(markdown, { minPartChars: split.minPartChars ?? modelPartChars });
  if (parts.length < 2 || !firstCut) return { ...plan, head: null, parts: [] };
  const head = headBeforeCut(markdown, firstCut, options);
  const settings = partSettings(head, options);
  const tasks = parts.map((part, index): PartTask => {
    const from = part.above ?? { offset: part.startOffset, line: part.startLine };
    const end = part.startOffset + part.text.length;
    return { text: markdown.slice(from.offset, end), startLine: from.line, startOffset: from.offset, ownFrom: part.startLine, first: index === 0, settings };
  });
  return { ...plan, head, parts: tasks };
}

/** The log's model from its plan and its parts' models, read in order. */
export function logFromParts(plan: LogPlan, head: LogHead, models: readonly PartModel[]): WorkLog {
  const { log, directives } = mergeParts(models);
  const diagnostics = [...head.diagnostics, ...plan.diagnostics];
  for (const found of log.diagnostics) diagnostics.push(found);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  const markers = { ...statusByMarker, ...plan.options.statuses };
  // The lines as written, where a diagnostic's fix is looked for.
  const diagnosticsWithFixes = withFixes(diagnostics, plan.rawText, diagnostics.length > 0 ? sourceLines(plan.source) : [], markers);
  const suppressions = coveredLines(directives, Math.max(plan.lineCount, 1));
  const { file } = plan.options;
  const { date, dateSource, title } = head;
  return { file, date, dateSource, title, ...log, diagnostics: diagnosticsWithFixes, ...(suppressions.length > 0 ? { suppressions } : {}) };
}

/** Reads a planned log in this thread, part after part, each part's tree dropped before the next is parsed. */
export function readPlanned(plan: LogPlan): WorkLog {
  const calendar = plan.options.calendar ?? weekdaysOnly;
  if (plan.head && plan.parts.length > 0) return logFromParts(plan, plan.head, plan.parts.map((task) => readPart(task, calendar)));
  const tree = parseCarryingSections(plan.markdown);
  const head = headOf(tree, plan.markdown, plan.options);
  const task: PartTask = { text: plan.markdown, startLine: 1, startOffset: 0, ownFrom: 1, first: true, settings: partSettings(head, plan.options) };
  return logFromParts(plan, head, [readPartTree(tree, task, calendar)]);
}

export function parseLog(rawText: string, options: ParseOptions): WorkLog {
  return readPlanned(planLog(rawText, options));
}
