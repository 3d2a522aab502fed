/** Cutting a big log into day-sized parts at top-level headings, and joining the parts' markdown trees back into the whole file's. */

import type { Nodes, Root } from 'mdast';

/** One piece of a log's text, parsed on its own. */
export interface MarkdownPart {
  text: string;
  /** UTF-16 index of the part's first character in the whole source. */
  startOffset: number;
  /** 1-based line of the part's first line in the whole source. */
  startLine: number;
}

/** Parts smaller than this are merged with the next day, so that each parse does enough work to pay for itself. */
const defaultMinPartChars = 64_000;
// A part cut before a heading below the top level reads the section above it again (a table there may take its cycle
// from that text): at most this much, so a log with one huge section is not read twice.
const maxAboveChars = 16_000;

/** Where a top-level block that swallows following lines (a fence, an HTML block) is open, and how it ends. */
type OpenBlock =
  | { kind: 'none' }
  | { kind: 'fence'; marker: string; length: number }
  | { kind: 'html'; ends: RegExp | 'blank line' };

/** What the reader knows about the top-level list item the current line may belong to. */
interface ListItemState {
  /** Columns a line needs to continue the item. */
  contentIndent: number;
  /** The bullet (`-`, `+`, `*`) or the ordered delimiter (`.`, `)`): a same-kind marker continues the list. */
  kind: string;
  /** True once a line may have been a lazy continuation or may have closed the item: nothing indented can be trusted to be top-level. */
  unsure: boolean;
}

/** A line that ends the reading: what follows can't be cut safely. */
const stop = Symbol('stop');

const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const fenceLine = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const listMarker = /^( {0,3})([-+*]|(\d{1,9})[.)])(?:( +)(\S.*)?)?$/;
const blockQuote = /^ {0,3}>/;
const blank = /^[ \t]*$/;
const frontMatterFence = /^---[ \t]*$/;
/** A blank line inside a list item or quote: a fence left open there ends differently at the end of a part than before a heading. */
const blankInContainer = /^(?=.)[ \t>]*$/;

/** HTML blocks of CommonMark kinds 1–6: how each starts and what ends it. */
const htmlBlockKinds: readonly { starts: RegExp; ends: RegExp | 'blank line' }[] = [
  { starts: /^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, ends: /<\/(?:script|pre|style|textarea)>/i },
  { starts: /^ {0,3}<!--/, ends: /-->/ },
  { starts: /^ {0,3}<\?/, ends: /\?>/ },
  { starts: /^ {0,3}<![A-Za-z]/, ends: />/ },
  { starts: /^ {0,3}<!\[CDATA\[/, ends: /\]\]>/ },
  {
    starts: /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t]|\/?>|$)/i,
    ends: 'blank line',
  },
];

/** A line that may start an HTML block of kind 7 (any tag alone on its line), which depends on the paragraph before it. */
const maybeHtmlTagLine = /^ {0,3}<\/?[A-Za-z].*>[ \t]*$/;

/** Reference and footnote definitions resolve across the whole file; a tab changes what counts as indented; lines are read split at LF only. */
const unsplittable = /\]:|^ *(?:(?:[-+*]|\d{1,9}[.)]) *)?\t|\r/m;

/** The block a top-level line opens, if it opens one that swallows lines; `stop` when the line's meaning depends on more than this reader tracks. */
function opensBlock(line: string): OpenBlock | typeof stop {
  const fence = fenceLine.exec(line);
  if (fence) {
    const marker = fence[2] ?? '';
    // A backtick fence's info string can't hold a backtick: such a line is inline code in a paragraph.
    if (marker.startsWith('`') && (fence[3] ?? '').includes('`')) return { kind: 'none' };
    return { kind: 'fence', marker: marker[0] ?? '`', length: marker.length };
  }
  if (!/^ {0,3}</.test(line)) return { kind: 'none' };
  for (const { starts, ends } of htmlBlockKinds) {
    if (!starts.test(line)) continue;
    // The end is looked for in the whole line: `<!-->` and `<?>` end where they start.
    if (ends !== 'blank line' && ends.test(line)) return { kind: 'none' };
    return { kind: 'html', ends };
  }
  return maybeHtmlTagLine.test(line) ? stop : { kind: 'none' };
}

/** True when the line ends the open block (a fence's closing line, an HTML block's end); a blank line's end is handled by the caller. */
function closesBlock(open: OpenBlock, line: string): boolean {
  if (open.kind === 'fence') {
    const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
    return closing !== undefined && closing[0] === open.marker && closing.length >= open.length;
  }
  return open.kind === 'html' && open.ends !== 'blank line' && open.ends.test(line);
}

/** The top-level list item a list-marker line opens, or `stop` when the line may instead continue a paragraph. */
function opensListItem(match: RegExpExecArray, before: ListItemState | null, afterBlank: boolean): ListItemState | typeof stop {
  const [, indent = '', marker = '', number, spaces = '', content] = match;
  const empty = content === undefined;
  const kind = marker.at(-1) ?? '';
  const sibling = before !== null && !before.unsure && before.kind === kind;
  // A list's first item, when empty or ordered from other than 1, can't interrupt a paragraph: it might be one's continuation.
  if (!afterBlank && !sibling && (empty || (number !== undefined && Number(number) !== 1))) return stop;
  const gap = empty || spaces.length > 4 ? 1 : spaces.length;
  return { contentIndent: indent.length + marker.length + gap, kind, unsure: false };
}

/** The item after a line of paragraph text outside it: closed after a blank line, else perhaps lazily continued. */
function afterParagraphText(item: ListItemState | null, afterBlank: boolean): ListItemState | null {
  return item && !afterBlank ? { ...item, unsure: true } : null;
}

/**
 * The 0-based line indexes where a part may start: ATX headings in the first column at the top level of the
 * document, outside front matter, fences and HTML blocks; `[]` when the file holds anything that makes a cut unsafe.
 */
function cutLines(lines: readonly string[]): number[] {
  const cuts: number[] = [];
  let first = 0;
  if (frontMatterFence.test((lines[0] ?? '').replace(/^\uFEFF/, ''))) {
    const closing = lines.findIndex((line, index) => index > 0 && frontMatterFence.test(line));
    if (closing < 0) return [];
    first = closing + 1;
  }
  let open: OpenBlock = { kind: 'none' };
  let item: ListItemState | null = null;
  let afterBlank = true;
  for (let index = first; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const isBlank = blank.test(line);
    const wasAfterBlank = afterBlank;
    afterBlank = isBlank;
    if (open.kind !== 'none') {
      if (isBlank ? open.kind === 'html' && open.ends === 'blank line' : closesBlock(open, line)) open = { kind: 'none' };
      continue;
    }
    if (isBlank) continue;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    if (item && indent >= item.contentIndent) {
      // Inside the item, unless an earlier line closed it unnoticed; then a fence here would be top-level.
      if (item.unsure && indent <= 3) {
        const opened = opensBlock(line);
        if (opened === stop || opened.kind !== 'none') return [];
      }
      continue;
    }
    if (indent > 3) {
      item = afterParagraphText(item, wasAfterBlank);
      continue;
    }
    if (atxHeading.test(line)) {
      // Only a heading in the first column surely ends every list and quote before it, whatever their indents.
      if (indent === 0 && index > 0 && !blankInContainer.test(lines[index - 1] ?? '')) cuts.push(index);
      item = null;
      continue;
    }
    const opened = opensBlock(line);
    if (opened === stop) return [];
    if (opened.kind !== 'none') {
      open = opened;
      item = null;
      continue;
    }
    if (thematicBreak.test(line) || blockQuote.test(line)) {
      item = null;
      continue;
    }
    const marker = listMarker.exec(line);
    if (marker) {
      const opensItem = opensListItem(marker, item, wasAfterBlank);
      if (opensItem === stop) return [];
      item = opensItem;
      continue;
    }
    // Paragraph text: after a blank line it closes the item; otherwise it may be the item's lazy continuation.
    item = afterParagraphText(item, wasAfterBlank);
  }
  return cuts;
}

/** Where a top-level heading line starts in the source: a place a part may start. */
export interface CutPlace {
  /** UTF-16 index of the line's first character. */
  offset: number;
  /** 1-based line. */
  line: number;
}

/** A part of a log to be read into a model on its own, with the text above it that its first section's tables may look into. */
export interface DayPart extends MarkdownPart {
  /** The last top-level heading before the part (else the file's start), when the part's first heading is not a level-1 one: from there on the text above it reads as it does in the whole file. */
  above?: CutPlace;
}

/** A source cut into day parts, and where the first place a part could start is (the text before it holds the log's title and front matter). */
export interface DaySplit {
  parts: DayPart[];
  firstCut: CutPlace | null;
}

/** Cuts the source before top-level headings so that parsing each part and joining the trees gives the same tree as parsing the whole; one part when nothing can be cut safely or the source is small. */
export function splitAtDays(source: string, options: { minPartChars?: number } = {}): MarkdownPart[] {
  return splitIntoDays(source, options).parts.map(({ text, startOffset, startLine }) => ({ text, startOffset, startLine }));
}

/** `splitAtDays`, with what reading each part into a model needs beyond its text. */
export function splitIntoDays(source: string, options: { minPartChars?: number } = {}): DaySplit {
  const minPartChars = options.minPartChars ?? defaultMinPartChars;
  const whole: DaySplit = { parts: [{ text: source, startOffset: 0, startLine: 1 }], firstCut: null };
  if (source.length < 2 * minPartChars || unsplittable.test(source)) return whole;
  const lines = source.split('\n');
  const cuts = new Set(cutLines(lines));
  if (cuts.size === 0) return whole;
  const parts: DayPart[] = [];
  let part: DayPart = { text: '', startOffset: 0, startLine: 1 };
  let offset = 0;
  const fileStart: CutPlace = { offset: 0, line: 1 };
  let lastCut: CutPlace | null = null;
  let firstCut: CutPlace | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (cuts.has(index)) {
      const topLevel = /^#(?:[ \t]|$)/.test(line);
      // A part that starts under a heading reads the section above it again: cut there only when that section is small.
      const aboveIsSmall = topLevel || offset - (lastCut ?? fileStart).offset <= maxAboveChars;
      if (aboveIsSmall && offset - part.startOffset >= minPartChars && source.length - offset >= minPartChars) {
        // A part ends before the line break ahead of its cut: parsed alone, its end then matches the whole file's.
        parts.push({ ...part, text: source.slice(part.startOffset, offset - 1) });
        // A level-1 heading closes every section above it, so text above it never belongs to what follows.
        part = { text: '', startOffset: offset, startLine: index + 1, ...(topLevel ? {} : { above: lastCut ?? fileStart }) };
      }
      lastCut = { offset, line: index + 1 };
      firstCut ??= lastCut;
    }
    offset += line.length + 1;
  }
  parts.push({ ...part, text: source.slice(part.startOffset) });
  return { parts, firstCut };
}

/** Where a node stands in its source, and one end of it. */
export type Position = NonNullable<Root['position']>;
export type Point = Position['start'];

/** A point of a tree moved down by `lines` and `offset`, as a new object (the tree it came from may be read again). */
export const movedPoint = (point: Point, lines: number, offset: number): Point => ({
  line: point.line + lines,
  column: point.column,
  offset: (point.offset ?? 0) + offset,
});

/** A node's position moved down by `lines` and `offset`, as a new object. */
export const movedPosition = ({ start, end }: Position, lines: number, offset: number): Position => ({
  start: movedPoint(start, lines, offset),
  end: movedPoint(end, lines, offset),
});

/** Moves every position in a tree parsed from a part down to where the part stands in the whole source. */
export function movePositions(tree: Root, lines: number, offset: number): void {
  const move = (node: Nodes): void => {
    if (node.position) node.position = movedPosition(node.position, lines, offset);
    if ('children' in node) for (const child of node.children) move(child);
  };
  move(tree);
}

/** The parts' trees joined into the whole source's tree: children concatenated, every position moved back into the whole file. The trees are taken over, not copied. */
export function joinParts(parts: readonly MarkdownPart[], trees: readonly Root[]): Root {
  const children: Root['children'] = [];
  trees.forEach((tree, index) => {
    const part = parts[index];
    if (part && index > 0) movePositions(tree, part.startLine - 1, part.startOffset);
    children.push(...tree.children);
  });
  const first = trees[0]?.position;
  const last = trees.at(-1)?.position;
  return { type: 'root', children, ...(first && last ? { position: { start: first.start, end: last.end } } : {}) };
}
