/** The entry point of parsing: one log's markdown text to the typed `WorkLog` model. */

import type { Code, ListItem, Nodes, Paragraph, Parents, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { weekdaysOnly, type WorkCalendar } from '../calendar/working-days.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnostic } from '../rules/diagnostic.js';
import type {
  GanttDiagram, Heading, IsoDate, Item, LogDateSource, MermaidBlock, Note, SequenceDiagram, StaffingTable, WorkLog,
} from '../model/log.js';
import { dateInFileName, dateInHeading } from './dates.js';
import { isUnclosedFence } from './fences.js';
import { buildItem, readItemHead, readLineItem, type ItemHead, type ItemPlacement } from './items.js';
import { parseMarkdown } from './markdown.js';
import { detectDiagramType } from './mermaid/detect.js';
import { parseGantt } from './mermaid/gantt.js';
import { placeInFile } from './mermaid/place.js';
import { parseSequence } from './mermaid/sequence.js';
import { normaliseSource, sourceLines } from './source.js';
import { defaultHeaderAliases, type HeaderAliases } from './staffing-headers.js';
import { readStaffingTable, staffingColumns, type TextAbove } from './staffing.js';
import { checkTableShape, tableText } from './tables.js';

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
}

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

function firstHeadingText(tree: Parents): string | null {
  let text: string | null = null;
  visitParents(tree, 'heading', (node) => {
    text = toString(node).trim();
    return false;
  });
  return text;
}

export function parseLog(rawText: string, options: ParseOptions): WorkLog {
  const source = normaliseSource(rawText);
  const lines = sourceLines(source);
  const tree = parseMarkdown(source);
  const calendar = options.calendar ?? weekdaysOnly;
  const aliases = options.headerAliases ?? defaultHeaderAliases;
  const diagnostics: Diagnostic[] = [];

  const title = firstHeadingText(tree);
  const headingDate = title === null ? null : dateInHeading(title);
  const fileDate = dateInFileName(options.file);
  const [date, dateSource]: [IsoDate | null, LogDateSource | null] = headingDate
    ? [headingDate, 'heading']
    : fileDate ? [fileDate, 'file-name'] : options.date ? [options.date, 'option'] : [null, null];
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
  const year = date ? Number(date.slice(0, 4)) : null;

  const headings: Heading[] = [];
  const items: Item[] = [];
  const notes: Note[] = [];
  const staffing: StaffingTable[] = [];
  const diagrams: MermaidBlock[] = [];
  const gantts: GanttDiagram[] = [];
  const sequences: SequenceDiagram[] = [];
  let frontMatter: string | null = null;
  let path: Heading[] = [];
  const itemOfListItem = new Map<ListItem, number>();

  const section = (): string[] => path.map((heading) => heading.text);
  const place = (node: Nodes) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

  /** Depth and parent item for something nested in these ancestors. */
  const nesting = (ancestors: readonly Parents[]) => {
    const listItems = ancestors.filter((node): node is ListItem => node.type === 'listItem');
    const parentNode = [...listItems].reverse().find((node) => itemOfListItem.has(node));
    return { depth: listItems.length, parent: parentNode ? itemOfListItem.get(parentNode) ?? null : null };
  };

  const addItem = (head: ItemHead, placement: ItemPlacement, gfmTask: boolean): number => {
    const built = buildItem(head, placement, gfmTask);
    items.push(built.item);
    diagnostics.push(...built.diagnostics);
    return items.length - 1;
  };

  const addNote = (kind: Note['kind'], text: string, line: number, column: number): void => {
    notes.push({ kind, text, section: section(), line, column });
  };

  /** Lenient items found on later lines of a paragraph (`-【 】…`), with the lines that continue them. */
  const addLineItems = (segments: readonly LineSegment[], depth: number, parent: number | null): void => {
    for (const segment of segments) {
      const found = segment.lineItem;
      const sourceLine = lines[segment.line - 1] ?? '';
      const column = sourceLine.search(/[^\s>]/) + 1 || 1;
      if (!found) {
        addNote('paragraph', segment.lines.join('\n').trim(), segment.line, column);
        continue;
      }
      const head = { ...found.head, rest: joinLines([found.head.rest, ...segment.lines.slice(1)]) };
      addItem(head, {
        section: section(), line: segment.line, column, depth, parent, bullet: found.bullet, bulletProblem: found.problem, year,
      }, false);
    }
  };

  const readListItem = (node: ListItem, ancestors: readonly Parents[]): void => {
    const { line, column } = place(node);
    const { depth, parent } = nesting(ancestors);
    const bullet = /^(\d+[.)]|[-*+])/.exec(lines[line - 1]?.slice(column - 1) ?? '')?.[1] ?? '-';
    const head = node.children[0]?.type === 'paragraph' ? node.children[0] : null;
    if (!head) {
      if (node.children.length === 0) addNote('bullet', '', line, column);
      return;
    }
    const [first, ...rest] = segmentLines(paragraphLines(head), place(head).line);
    const firstLines = first?.lines ?? [''];
    const placement: ItemPlacement = { section: section(), line, column, depth, parent, bullet, bulletProblem: null, year };

    if (node.checked !== null && node.checked !== undefined) {
      const between = lines[line - 1]?.slice(column - 1, place(head).column - 1) ?? '';
      const written = /\[[ xX]\]/.exec(between)?.[0] ?? (node.checked ? '[x]' : '[ ]');
      const marker = written[1] ?? ' ';
      const box = { written, marker, status: node.checked ? 'done' as const : 'open' as const, problems: [], length: 0 };
      itemOfListItem.set(node, addItem({ box, leadingPriority: null, leadingPriorityWritten: '', rest: joinLines(firstLines) }, placement, true));
    } else {
      const itemHead = readItemHead(firstLines[0] ?? '');
      if (itemHead) {
        const headWithText = { ...itemHead, rest: joinLines([itemHead.rest, ...firstLines.slice(1)]) };
        itemOfListItem.set(node, addItem(headWithText, placement, false));
      } else {
        addNote('bullet', joinLines(firstLines), line, column);
      }
    }
    addLineItems(rest, depth, parent);
  };

  const readParagraph = (node: Paragraph, ancestors: readonly Parents[]): void => {
    const { depth, parent } = nesting(ancestors);
    const segments = segmentLines(paragraphLines(node), place(node).line);
    addLineItems(segments, depth, parent);
  };

  const readTable = (node: Table, ancestors: readonly Parents[]): void => {
    diagnostics.push(...checkTableShape(node));
    const columns = staffingColumns(node, aliases);
    if (!columns) {
      addNote('table', tableText(node), place(node).line, place(node).column);
      return;
    }
    const container = ancestors.at(-1);
    const above: TextAbove[] = [];
    const siblings = container?.children ?? [];
    for (let index = siblings.indexOf(node) - 1; index >= 0; index--) {
      const sibling = siblings[index];
      if (sibling?.type !== 'paragraph' && sibling?.type !== 'heading') continue;
      above.push({ text: toString(sibling), ...place(sibling) });
      if (sibling.type === 'heading') break;
    }
    const read = readStaffingTable(node, columns, {
      above, reference: date, calendar, aliases, title: path.at(-1)?.text ?? null,
    });
    staffing.push(read.staffing);
    diagnostics.push(...read.diagnostics);
  };

  const readCode = (node: Code): void => {
    const { line, column } = place(node);
    if (isUnclosedFence(node, lines)) {
      diagnostics.push(diagnostic(
        'parse/unclosed-fence',
        'this code fence is never closed, so everything to the end of the file is read as part of it: add a closing fence line',
        { line, column },
      ));
    }
    if (/^(mermaid|mmd)$/i.test(node.lang ?? '')) {
      const type = detectDiagramType(node.value);
      if (type === 'unknown') {
        diagnostics.push(diagnostic(
          'parse/unknown-diagram',
          'mermaid will not draw this block: its first statement names no diagram type mermaid knows (gantt, sequenceDiagram, flowchart, …)',
          { line, column },
        ));
      }
      const heading = path.at(-1)?.text ?? null;
      diagrams.push({ line, type, source: node.value, sourceLine: line + 1, heading });
      // The block's first line is the line after the fence; its columns start at the fence's indentation.
      const toFile = <T>(value: T): T => placeInFile(value, line, column - 1);
      if (type === 'gantt') {
        const parsed = parseGantt(node.value, { today: options.today ?? date ?? '1970-01-01' });
        gantts.push({ line, ...toFile(parsed.chart) });
        diagnostics.push(...toFile(parsed.diagnostics));
      } else if (type === 'sequenceDiagram') {
        const parsed = parseSequence(node.value);
        const diagram = toFile(parsed.diagram);
        sequences.push({ line, ...diagram, title: diagram.title ?? heading });
        diagnostics.push(...toFile(parsed.diagnostics));
      }
    } else {
      addNote('code', node.value, line, column);
    }
  };

  visitParents(tree, (node, ancestors) => {
    switch (node.type) {
      case 'yaml':
        frontMatter = node.value;
        return SKIP;
      case 'heading': {
        const text = toString(node).trim();
        path = [...path.filter((heading) => heading.depth < node.depth)];
        const heading: Heading = { depth: node.depth, text, path: [...section(), text], ...place(node) };
        headings.push(heading);
        path.push(heading);
        return SKIP;
      }
      case 'listItem':
        readListItem(node, ancestors);
        return undefined;
      case 'paragraph': {
        const parent = ancestors.at(-1);
        if (parent?.type === 'listItem' && parent.children[0] === node) return SKIP;
        readParagraph(node, ancestors);
        return SKIP;
      }
      case 'table':
        readTable(node, ancestors);
        return SKIP;
      case 'code':
        readCode(node);
        return SKIP;
      case 'html':
        addNote('html', node.value, place(node).line, place(node).column);
        return SKIP;
      case 'definition':
        addNote('definition', `[${node.label ?? node.identifier}]: ${node.url}`, place(node).line, place(node).column);
        return SKIP;
      default:
        return undefined;
    }
  });

  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    file: options.file,
    date,
    dateSource,
    title,
    frontMatter,
    headings,
    items,
    notes,
    staffing,
    diagrams,
    gantts,
    sequences,
    diagnostics,
  };
}
