/** List items and paragraphs: the to-dos they hold (GFM tasks and lenient forms), and the notes that are not to-dos. */

import type { ListItem, Paragraph, Parents } from 'mdast';
import { SKIP, visitParents, type VisitorResult } from 'unist-util-visit-parents';
import { readItemHead, readLineItem, type ItemHead, type ItemPlacement } from '../items.js';
import { readKeyword, type StatusMarkers } from '../checkbox.js';
import { addItem, addNote, nesting, place, section, type ParseState } from '../state.js';
import { isSuppressionComment } from '../suppressions.js';

/** A run of paragraph lines: the head of a list item, a lenient item, or plain text. */
interface LineSegment {
  lines: string[];
  line: number;
  lineItem: ReturnType<typeof readLineItem>;
}

/** One source line of a paragraph's text, and whether it starts with a code span (a legend: ``- `[ ]` = to do``). */
interface ParagraphLine {
  text: string;
  startsWithCode: boolean;
}

/** The text of a paragraph split at its source lines (soft and hard breaks both end a line). */
function paragraphLines(paragraph: Paragraph): ParagraphLine[] {
  const lines: ParagraphLine[] = [{ text: '', startsWithCode: false }];
  visitParents(paragraph, (node) => {
    const current = lines.at(-1) ?? { text: '', startsWithCode: false };
    if (node.type === 'inlineCode' && current.text.trim() === '') current.startsWithCode = true;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') {
      // A suppression comment speaks to worklog, not of the item: only its line breaks are kept, so lines still count.
      const value = node.type === 'html' && isSuppressionComment(node.value) ? node.value.replace(/[^\n]/g, '') : node.value;
      const [first = '', ...more] = value.split('\n');
      current.text += first;
      for (const text of more) lines.push({ text, startsWithCode: false });
    } else if (node.type === 'break') lines.push({ text: '', startsWithCode: false });
    else if (node.type === 'image' || node.type === 'imageReference') current.text += node.alt ?? '';
  });
  return lines;
}

/** Splits paragraph lines where a line is itself a lenient item (`-【 】…` continuing a paragraph). */
function segmentLines(lines: readonly ParagraphLine[], firstLine: number, markers: StatusMarkers): LineSegment[] {
  const segments: LineSegment[] = [];
  lines.forEach(({ text, startsWithCode }, index) => {
    const lineItem = startsWithCode ? null : readLineItem(text, markers);
    const current = segments.at(-1);
    // A sign-off's box ends its item (`研发：齐天宇 ☐`): the next line is not more of its text.
    const ended = current?.lineItem?.head.box.problems.includes('box-at-end') ?? false;
    if (current && !lineItem && !ended) current.lines.push(text);
    else segments.push({ lines: [text], line: firstLine + index, lineItem });
  });
  return segments;
}

const joinLines = (lines: readonly string[]): string => lines.map((line) => line.trim()).join(' ').trim();

/** An outliner's to-do (`- TODO …`, `- DONE …`): the keyword stands where a box would. */
function keywordHead(line: string): ItemHead | null {
  const box = readKeyword(line);
  return box ? { box, leadingPriority: null, leadingPriorityWritten: '', rest: line.slice(box.length) } : null;
}

/** Lines without Logseq's and org-mode's drawers (`:LOGBOOK:` … `:END:`): time tracking, not the item's text. */
function withoutDrawers(lines: readonly string[]): string[] {
  let inDrawer = false;
  return lines.filter((line) => {
    const trimmed = line.trim();
    if (/^:[A-Z]+:$/.test(trimmed)) inDrawer = trimmed !== ':END:';
    else if (!inDrawer) return true;
    return false;
  });
}

/** Lenient items found on the lines of a paragraph (`-【 】…`, `1、 [x] …`), with the lines that continue them; a line indented more than the item above is its child. */
function addLineItems(state: ParseState, segments: readonly LineSegment[], depth: number, parent: number | null): void {
  const above: { indent: number; index: number }[] = [];
  for (const segment of segments) {
    const found = segment.lineItem;
    const sourceLine = state.settings.lines[segment.line - 1] ?? '';
    const column = sourceLine.search(/[^\s>]/) + 1 || 1;
    if (!found) {
      addNote(state, 'paragraph', segment.lines.join('\n').trim(), segment.line, column);
      continue;
    }
    while (above.length > 0 && (above.at(-1)?.indent ?? 0) >= column) above.pop();
    const owner = above.at(-1);
    const head = { ...found.head, rest: joinLines([found.head.rest, ...segment.lines.slice(1)]) };
    const index = addItem(state, head, {
      section: section(state), line: segment.line, column, depth: depth + above.length, parent: owner?.index ?? parent,
      bullet: found.bullet, bulletProblem: found.problem, year: state.settings.year, logDate: state.settings.date,
    }, false);
    above.push({ indent: column, index });
  }
}

/** A list item: a GFM task, a lenient item (`- P1 [ ] …`), or a plain bullet kept as a note; its children are read next. */
export function readListItem(node: ListItem, ancestors: readonly Parents[], state: ParseState): VisitorResult {
  const { lines, year, date: logDate } = state.settings;
  const { line, column } = place(node);
  const { depth, parent } = nesting(state, ancestors);
  const bullet = /^(\d+[.)]|[-*+])/.exec(lines[line - 1]?.slice(column - 1) ?? '')?.[1] ?? '-';
  const head = node.children[0]?.type === 'paragraph' ? node.children[0] : null;
  if (!head) {
    if (node.children.length === 0) addNote(state, 'bullet', '', line, column);
    return undefined;
  }
  const headLines = paragraphLines(head);
  const [first, ...rest] = segmentLines(headLines, place(head).line, state.settings.markers);
  const firstLines = first?.lines ?? [''];
  const placement: ItemPlacement = { section: section(state), line, column, depth, parent, bullet, bulletProblem: null, year, logDate };

  if (node.checked !== null && node.checked !== undefined) {
    const between = lines[line - 1]?.slice(column - 1, place(head).column - 1) ?? '';
    const written = /\[[ xX]\]/.exec(between)?.[0] ?? (node.checked ? '[x]' : '[ ]');
    const marker = written[1] ?? ' ';
    const box = { written, marker, status: node.checked ? 'done' as const : 'open' as const, problems: [], length: 0 };
    state.itemOfListItem.set(node, addItem(state, { box, leadingPriority: null, leadingPriorityWritten: '', rest: joinLines(firstLines) }, placement, true));
  } else {
    const itemHead = headLines[0]?.startsWithCode ? null : readItemHead(firstLines[0] ?? '', state.settings.markers) ?? keywordHead(firstLines[0] ?? '');
    if (itemHead) {
      const headWithText = { ...itemHead, rest: joinLines([itemHead.rest, ...withoutDrawers(firstLines.slice(1))]) };
      state.itemOfListItem.set(node, addItem(state, headWithText, placement, false));
    } else {
      addNote(state, 'bullet', joinLines(firstLines), line, column);
    }
  }
  addLineItems(state, rest, depth, parent);
  return undefined;
}

/** A paragraph outside a list item's head: lenient items on its lines, and notes for the rest. */
export function readParagraph(node: Paragraph, ancestors: readonly Parents[], state: ParseState): VisitorResult {
  const parent = ancestors.at(-1);
  // A list item's first paragraph is its head, read with the list item.
  if (parent?.type === 'listItem' && parent.children[0] === node) return SKIP;
  const { depth, parent: parentItem } = nesting(state, ancestors);
  addLineItems(state, segmentLines(paragraphLines(node), place(node).line, state.settings.markers), depth, parentItem);
  return SKIP;
}
