/** The next day's log written from the newest one: its text as written, less the items that are finished, with the date moved on. */

import { visitParents } from 'unist-util-visit-parents';
import type { IsoDate, Item, ItemStatus, WorkLog } from '../model/log.js';
import { parseMarkdown } from '../parse/markdown.js';
import { normaliseSource } from '../parse/source.js';
import { rewriteDate } from './date-forms.js';

export interface NextLogOptions {
  /** The new log's day. */
  date: IsoDate;
  /** Keep done and cancelled items too. */
  keepDone?: boolean;
}

/** What is still to do tomorrow; done and cancelled items are finished. */
const carried: Readonly<Record<ItemStatus, boolean>> = {
  open: true,
  'in-progress': true,
  deferred: true,
  done: false,
  cancelled: false,
};

/** The source's lines, each with its own line ending, numbered as the parser numbers them (CRLF and lone CR end a line). */
function linesWithEndings(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Where each list item ends, by the line it starts on, and where each paragraph starts and ends. */
function blockLines(source: string): { listItemEnds: Map<number, number>; paragraphs: [number, number][] } {
  const listItemEnds = new Map<number, number>();
  const paragraphs: [number, number][] = [];
  visitParents(parseMarkdown(source), (node) => {
    if (!node.position) return;
    if (node.type === 'listItem') listItemEnds.set(node.position.start.line, node.position.end.line);
    if (node.type === 'paragraph') paragraphs.push([node.position.start.line, node.position.end.line]);
  });
  return { listItemEnds, paragraphs };
}

/**
 * The last line of the item at `index`: a list item's children and notes go with it; an item written on a line of a
 * paragraph (a lenient form) takes the lines that continue it, up to the next item or the paragraph's end.
 */
function lastLine(items: readonly Item[], index: number, blocks: ReturnType<typeof blockLines>): number {
  const { line } = items[index] ?? { line: 0 };
  const listItemEnd = blocks.listItemEnds.get(line);
  if (listItemEnd !== undefined) return listItemEnd;
  const paragraphEnd = blocks.paragraphs.find(([start, end]) => start <= line && line <= end)?.[1] ?? line;
  const next = items.slice(index + 1).find((item) => item.line > line)?.line ?? Number.POSITIVE_INFINITY;
  return Math.min(paragraphEnd, next - 1);
}

/**
 * Which items the next log keeps: every unfinished item, and a finished one that still holds an unfinished item (so the
 * child keeps its place); a finished child of an unfinished item goes, like any finished item.
 */
function keptItems(items: readonly Item[], keepDone: boolean): boolean[] {
  const kept = items.map((item) => keepDone || carried[item.status]);
  // Children come after their parents, so walking backwards settles every child before its parent.
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const parent = items[index]?.parent;
    if (kept[index] && parent !== null && parent !== undefined) kept[parent] = true;
  }
  return kept;
}

/** The lines that hold the date: the first heading, and the front matter's `date:`. */
function dateLines(log: WorkLog, lines: readonly string[]): number[] {
  const found: number[] = [];
  const title = log.headings[0];
  if (title) found.push(title.line);
  if (log.frontMatter !== null) {
    const closing = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
    const date = lines.findIndex((line, index) => index > 0 && index < closing && /^date:/.test(line));
    if (date > 0) found.push(date + 1);
  }
  return found;
}

/**
 * The text of the log of `options.date`, made from `text`, the newest log (parsed as `log`): everything but finished
 * items is copied as written, byte for byte, with its BOM and line endings; the date in the title and front matter is
 * rewritten in the form it was written in.
 */
export function nextLog(text: string, log: WorkLog, options: NextLogOptions): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = linesWithEndings(text.slice(bom.length));
  const blocks = blockLines(normaliseSource(text));
  const kept = keptItems(log.items, options.keepDone ?? false);
  const dropped = new Set<number>();
  log.items.forEach((item, index) => {
    if (kept[index]) return;
    for (let line = item.line; line <= lastLine(log.items, index, blocks); line += 1) dropped.add(line);
  });
  const dated = new Set(log.date === null ? [] : dateLines(log, lines.map((line) => line.replace(/\r?\n|\r/, ''))));
  const written = lines.flatMap((line, index) => {
    const number = index + 1;
    if (dropped.has(number)) return [];
    return log.date !== null && dated.has(number) ? [rewriteDate(line, log.date, options.date).text] : [line];
  });
  return bom + written.join('');
}
