/** Reading a log's markdown with the trees of sections the last log read on this thread held word for word: a daily log carries most of yesterday's plan forward. */

import type { Root, RootContent } from 'mdast';
import { parseWholeMarkdown } from './markdown.js';
import { movedPoint, movedPosition, movePositions, splitAtDays, type MarkdownPart, type Point, type Position } from './split.js';

/** A section's top-level nodes, read where the section started at `line` and `offset` of a log. */
interface SectionTree {
  nodes: RootContent[];
  line: number;
  offset: number;
  /** The tree's start, when the section was the first of the text it was parsed in (the first section of a log needs it). */
  start?: Point;
  /** The tree's end, when the section was the last of the text it was parsed in. */
  end?: Point;
}

// Only the last log's sections are kept: what a log carries forward comes from the day before, and a thread reads a
// folder's logs in date order; one log's trees is all the memory this takes.
let lastSections = new Map<string, SectionTree>();

/** Forgets the sections kept from the last log (tests start from nothing). */
export function forgetCarriedSections(): void {
  lastSections = new Map();
}

/** A deep copy of a tree's nodes (plain objects, arrays and primitives) with every position moved by `lines` and `offset`. */
function movedCopy<T>(value: T, lines: number, offset: number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value as unknown[]) items.push(movedCopy(item, lines, offset));
    return items as T;
  }
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const field: unknown = value[key];
    copy[key] = key === 'position' ? movedPosition(field as Position, lines, offset) : movedCopy(field, lines, offset);
  }
  return copy as T;
}

/** Parses consecutive sections in one go and hands back each one's tree, positions in the log's lines. */
function parseRun(source: string, run: readonly MarkdownPart[]): SectionTree[] {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return [];
  const tree = parseWholeMarkdown(source.slice(first.startOffset, last.startOffset + last.text.length));
  if (first.startOffset > 0) movePositions(tree, first.startLine - 1, first.startOffset);
  // No node spans a cut (a cut is a heading in the first column at the top level), so each node belongs to the section it starts in.
  let child = 0;
  return run.map((part, index) => {
    const next = run[index + 1]?.startOffset ?? Infinity;
    const nodes: RootContent[] = [];
    while (child < tree.children.length && (tree.children[child]?.position?.start.offset ?? 0) < next) nodes.push(tree.children[child++] as RootContent);
    return {
      nodes,
      line: part.startLine,
      offset: part.startOffset,
      ...(index === 0 && tree.position ? { start: tree.position.start } : {}),
      ...(index === run.length - 1 && tree.position ? { end: tree.position.end } : {}),
    };
  });
}

/** The markdown tree of a log's source, the same as `parseWholeMarkdown` gives, parsing only the sections the last log did not hold word for word. */
export function parseCarryingSections(source: string): Root {
  const parts = splitAtDays(source, { minPartChars: 1 });
  const kept = parts.map((part, index) => {
    const section = lastSections.get(part.text);
    // The log's first and last sections need the start and end their tree had; one read mid-text has neither.
    const usable = section && (index > 0 || section.start) && (index < parts.length - 1 || section.end);
    return usable ? section : null;
  });
  const sections: SectionTree[] = [];
  let run: MarkdownPart[] = [];
  parts.forEach((part, index) => {
    const section = kept[index];
    if (!section) run.push(part);
    if (section || index === parts.length - 1) {
      sections.push(...parseRun(source, run));
      run = [];
    }
    if (section) sections.push(section);
  });
  const children: RootContent[] = [];
  const places = new Map<string, SectionTree>();
  let start: Point | undefined;
  let end: Point | undefined;
  sections.forEach((section, index) => {
    const part = parts[index] as MarkdownPart;
    const lines = part.startLine - section.line;
    const offset = part.startOffset - section.offset;
    if (lines === 0 && offset === 0) children.push(...section.nodes);
    else children.push(...movedCopy(section.nodes, lines, offset));
    if (index === 0 && section.start) start = movedPoint(section.start, lines, offset);
    if (index === sections.length - 1 && section.end) end = movedPoint(section.end, lines, offset);
    places.set(part.text, section);
  });
  lastSections = places;
  return { type: 'root', children, ...(start && end ? { position: { start, end } } : {}) };
}
