/** List items and paragraphs: the to-dos they hold (GFM tasks and lenient forms), and the notes that are not to-dos. */

import type { ListItem, Paragraph, Parents } from 'mdast';
import { SKIP, visitParents, type VisitorResult } from 'unist-util-visit-parents';
import { readItemHead, readLineItem, type ItemPlacement } from '../items.js';
import { addItem, addNote, nesting, place, section, type ParseState } from '../state.js';

/** A run of paragraph lines: the head of a list item, a lenient item, or plain text. */
interface LineSegment {
  lines: string[];
  line: number;
  lineItem: ReturnType<typeof readLineItem>;
}

/** The text of a paragraph split at its source lines (soft and hard breaks both end a line). */
function paragraphLines(paragraph: Paragraph): string[] {
  let text = '';
  visitParents(paragraph, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') text += node.value;
    else if (node.type === 'break') text += '\n';
    else if (node.type === 'image' || node.type === 'imageReference') text += node.alt ?? '';
  });
  return text.split('\n');
}

/** Splits paragraph lines where a line is itself a lenient item (`-【 】…` continuing a paragraph). */
function segmentLines(lines: string[], firstLine: number): LineSegment[] {
  const segments: LineSegment[] = [];
  lines.forEach((text, index) => {
    const lineItem = readLineItem(text);
    const current = segments.at(-1);
    if (current && !lineItem) current.lines.push(text);
    else segments.push({ lines: [text], line: firstLine + index, lineItem });
  });
  return segments;
}

const joinLines = (lines: readonly string[]): string => lines.map((line) => line.trim()).join(' ').trim();

/** Lenient items found on later lines of a paragraph (`-【 】…`), with the lines that continue them. */
function addLineItems(state: ParseState, segments: readonly LineSegment[], depth: number, parent: number | null): void {
  for (const segment of segments) {
    const found = segment.lineItem;
    const sourceLine = state.settings.lines[segment.line - 1] ?? '';
    const column = sourceLine.search(/[^\s>]/) + 1 || 1;
    if (!found) {
      addNote(state, 'paragraph', segment.lines.join('\n').trim(), segment.line, column);
      continue;
    }
    const head = { ...found.head, rest: joinLines([found.head.rest, ...segment.lines.slice(1)]) };
    addItem(state, head, {
      section: section(state), line: segment.line, column, depth, parent, bullet: found.bullet, bulletProblem: found.problem, year: state.settings.year,
    }, false);
  }
}

/** A list item: a GFM task, a lenient item (`- P1 [ ] …`), or a plain bullet kept as a note; its children are read next. */
export function readListItem(node: ListItem, ancestors: readonly Parents[], state: ParseState): VisitorResult {
  const { lines, year } = state.settings;
  const { line, column } = place(node);
  const { depth, parent } = nesting(state, ancestors);
  const bullet = /^(\d+[.)]|[-*+])/.exec(lines[line - 1]?.slice(column - 1) ?? '')?.[1] ?? '-';
  const head = node.children[0]?.type === 'paragraph' ? node.children[0] : null;
  if (!head) {
    if (node.children.length === 0) addNote(state, 'bullet', '', line, column);
    return undefined;
  }
  const [first, ...rest] = segmentLines(paragraphLines(head), place(head).line);
  const firstLines = first?.lines ?? [''];
  const placement: ItemPlacement = { section: section(state), line, column, depth, parent, bullet, bulletProblem: null, year };

  if (node.checked !== null && node.checked !== undefined) {
    const between = lines[line - 1]?.slice(column - 1, place(head).column - 1) ?? '';
    const written = /\[[ xX]\]/.exec(between)?.[0] ?? (node.checked ? '[x]' : '[ ]');
    const marker = written[1] ?? ' ';
    const box = { written, marker, status: node.checked ? 'done' as const : 'open' as const, problems: [], length: 0 };
    state.itemOfListItem.set(node, addItem(state, { box, leadingPriority: null, leadingPriorityWritten: '', rest: joinLines(firstLines) }, placement, true));
  } else {
    const itemHead = readItemHead(firstLines[0] ?? '');
    if (itemHead) {
      const headWithText = { ...itemHead, rest: joinLines([itemHead.rest, ...firstLines.slice(1)]) };
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
  addLineItems(state, segmentLines(paragraphLines(node), place(node).line), depth, parentItem);
  return SKIP;
}
