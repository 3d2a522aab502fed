/** The state one log's parse builds up as it walks the markdown: what stays fixed, where it stands, and what it has read. */

import type { ListItem, Nodes, Parents } from 'mdast';
import type { WorkCalendar } from '../calendar/working-days.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Heading, IsoDate, Note, WorkLog } from '../model/log.js';
import type { StatusMarkers } from './checkbox.js';
import { buildItem, type ItemHead, type ItemPlacement } from './items.js';
import type { HeaderAliases } from './staffing-headers.js';

/** What every handler may read and nothing changes while the log is read. */
export interface LogSettings {
  /** The file's source lines, indexable by 1-based line number minus one. */
  lines: readonly string[];
  date: IsoDate | null;
  year: number | null;
  /** What each checkbox marker means: the built-in table with the configuration's `statuses` over it. */
  markers: StatusMarkers;
  calendar: WorkCalendar;
  aliases: HeaderAliases;
  /** The local date mermaid's "today" stands for in gantt charts. */
  today: IsoDate;
}

/** The parts of the log the handlers fill in. */
export type LogParts = Pick<
  WorkLog, 'frontMatter' | 'headings' | 'items' | 'notes' | 'staffing' | 'diagrams' | 'gantts' | 'sequences' | 'diagnostics'
>;

export interface ParseState {
  readonly settings: LogSettings;
  /** The headings above the node being read, outermost first. */
  path: Heading[];
  /** The index in `log.items` each list item was read as, so that nested items find their parent. */
  readonly itemOfListItem: Map<ListItem, number>;
  readonly log: LogParts;
}

export function startParse(settings: LogSettings): ParseState {
  return {
    settings,
    path: [],
    itemOfListItem: new Map(),
    log: { frontMatter: null, headings: [], items: [], notes: [], staffing: [], diagrams: [], gantts: [], sequences: [], diagnostics: [] },
  };
}

/** The heading path of the node being read. */
export const section = (state: ParseState): string[] => state.path.map((heading) => heading.text);

/** Where a node starts in the file. */
export const place = (node: Nodes): { line: number; column: number } => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

/** Depth and parent item for something nested in these ancestors. */
export function nesting(state: ParseState, ancestors: readonly Parents[]): { depth: number; parent: number | null } {
  const listItems = ancestors.filter((node): node is ListItem => node.type === 'listItem');
  const parentNode = [...listItems].reverse().find((node) => state.itemOfListItem.has(node));
  return { depth: listItems.length, parent: parentNode ? state.itemOfListItem.get(parentNode) ?? null : null };
}

/** Adds diagnostics one by one: a large block can have more than a function call takes as arguments. */
export function addDiagnostics(state: ParseState, diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) state.log.diagnostics.push(diagnostic);
}

/** Adds an item and its diagnostics; returns its index. */
export function addItem(state: ParseState, head: ItemHead, placement: ItemPlacement, gfmTask: boolean): number {
  const built = buildItem(head, placement, gfmTask);
  state.log.items.push(built.item);
  addDiagnostics(state, built.diagnostics);
  return state.log.items.length - 1;
}

export function addNote(state: ParseState, kind: Note['kind'], text: string, line: number, column: number): void {
  state.log.notes.push({ kind, text, section: section(state), line, column });
}
