/** A log read part by part: each part read on its own into a part model (on any thread), and the part models merged in order into the log's parts. */

import type { Root } from 'mdast';
import type { WorkCalendar } from '../calendar/working-days.js';
import type { Heading } from '../model/log.js';
import { parseWholeMarkdown } from './markdown.js';
import { readNode } from './nodes/index.js';
import { movePositions } from './split.js';
import { startParse, type LogParts, type LogSettings } from './state.js';
import { suppressionDirectives, type Directive } from './suppressions.js';
import { SKIP, visitParents } from 'unist-util-visit-parents';

/** What reading a part needs to know of the whole log; the calendar is the run's, and the lines are the part's own. */
export type PartSettings = Omit<LogSettings, 'lines' | 'calendar'>;

/** One part of a log to read: its markdown with the text above it, where that stands in the file, and the log's settings. */
export interface PartTask {
  /** The markdown from where reading starts: the text above the part (if any), then the part. */
  text: string;
  /** 1-based file line of the text's first line. */
  startLine: number;
  /** UTF-16 index of the text's first character in the file's markdown. */
  startOffset: number;
  /** The part's own first line: what starts before it is only looked at, as the text above a table. */
  ownFrom: number;
  /** The log's first part starts with no heading above it; a later one under headings only the parts before it know. */
  first: boolean;
  settings: PartSettings;
}

/** What a part reads as: the model of its own text, positions in file lines, and what the merge needs to join it to the parts before it. */
export interface PartModel {
  log: LogParts;
  /** The headings above the part's end, the ones from before the part standing in as `outerHeading`s. */
  path: Heading[];
  directives: Directive[];
}

// Heading text cannot hold U+0000 (markdown reads it as U+FFFD), so these never meet a real heading's text.
const outerMark = '\u0000';

/** The headings a later part starts under, one per depth, standing in for those the parts before it end under: the merge puts the real ones in. */
const outerHeadings = (): Heading[] =>
  [1, 2, 3, 4, 5].map((depth) => ({ depth, text: `${outerMark}${depth}`, path: [], line: 1, column: 1 }));

/** The part's lines at their file indexes (the lines before the text are holes), so handlers index them as they index a whole file's. */
function linesAt(text: string, startLine: number): string[] {
  const lines: string[] = [];
  text.split('\n').forEach((line, index) => {
    lines[startLine - 1 + index] = line;
  });
  return lines;
}

/** Reads a part's tree (positions already in the file) into its part model; nodes of the text above the part are only looked at. */
export function readPartTree(tree: Root, task: PartTask, calendar: WorkCalendar): PartModel {
  const lines = task.startLine === 1 ? task.text.split('\n') : linesAt(task.text, task.startLine);
  const state = startParse({ ...task.settings, lines, calendar });
  if (!task.first) state.path = outerHeadings();
  visitParents(tree, (node, ancestors) => {
    if (ancestors.length === 1 && (node.position?.start.line ?? 0) < task.ownFrom) return SKIP;
    return readNode(node, ancestors, state);
  });
  // Every directive starts `worklog-`: a part that never writes it has none, and its tree need not be walked again.
  const directives = task.text.includes('worklog-') ? suppressionDirectives(tree, lines, task.ownFrom) : [];
  return { log: state.log, path: state.path, directives };
}

/** Parses and reads one part; its markdown tree lives only while it is read. */
export function readPart(task: PartTask, calendar: WorkCalendar): PartModel {
  const tree = parseWholeMarkdown(task.text);
  if (task.startLine > 1 || task.startOffset > 0) movePositions(tree, task.startLine - 1, task.startOffset);
  return readPartTree(tree, task, calendar);
}

/** How many stand-ins for outer headings a section starts with: they are those of depths 1 to that count. */
function outerCount(texts: readonly string[]): number {
  let count = 0;
  while (count < texts.length && texts[count]?.startsWith(outerMark) === true) count += 1;
  return count;
}

/** A section read in a later part, with the stand-ins for outer headings replaced by the headings the part before it ended under. */
function withOuter(section: string[], outer: readonly Heading[]): string[] {
  const count = outerCount(section);
  if (count === 0) return section;
  return [...outer.filter((heading) => heading.depth <= count).map((heading) => heading.text), ...section.slice(count)];
}

/** One array per section, shared by the items and notes read in it: a big log holds thousands in each, and a part model sent from a worker carries its own copies of the headings' text. */
function sectionsOnce(): (section: string[]) => string[] {
  const known = new Map<string, string[]>();
  return (section) => {
    const key = section.join('\u0000');
    const found = known.get(key);
    if (found) return found;
    known.set(key, section);
    return section;
  };
}

// Most items mention no one, no host and no date: a big log's items share one empty list, frozen as nothing adds to it.
const none = Object.freeze([]) as never[];

/** The part models' logs joined, in order, into the log's; and the suppression comments of all of them. */
export function mergeParts(models: readonly PartModel[]): { log: LogParts; directives: Directive[] } {
  const log: LogParts = { frontMatter: null, headings: [], items: [], notes: [], staffing: [], diagrams: [], gantts: [], sequences: [], diagnostics: [] };
  const directives: Directive[] = [];
  const once = sectionsOnce();
  let outer: Heading[] = [];
  models.forEach((model, index) => {
    const part = model.log;
    const firstItem = log.items.length;
    const whole = (section: string[]): string[] => once(index > 0 ? withOuter(section, outer) : section);
    // The part models belong to the merge: fixed in place rather than copied, as a big log holds very many of them.
    for (const heading of part.headings) heading.path = whole(heading.path);
    for (const item of part.items) {
      item.section = whole(item.section);
      if (index > 0 && item.parent !== null) item.parent += firstItem;
      if (item.mentions.length === 0) item.mentions = none;
      if (item.hosts.length === 0) item.hosts = none;
      if (item.dates.length === 0) item.dates = none;
    }
    for (const note of part.notes) note.section = whole(note.section);
    log.frontMatter ??= part.frontMatter;
    for (const key of ['headings', 'items', 'notes', 'staffing', 'diagrams', 'gantts', 'sequences', 'diagnostics'] as const) {
      const into: unknown[] = log[key];
      for (const each of part[key]) into.push(each);
    }
    for (const directive of model.directives) directives.push(directive);
    const count = index > 0 ? outerCount(model.path.map((heading) => heading.text)) : 0;
    outer = [...outer.filter((heading) => heading.depth <= count), ...model.path.slice(count)];
  });
  return { log, directives };
}
