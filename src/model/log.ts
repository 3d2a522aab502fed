/** The typed model of one daily work log: what the parser produces and every analysis reads. */

import type { Diagnostic } from './diagnostic.js';
import type { GanttChart } from './gantt.js';
import type { SequenceDiagramModel } from './sequence.js';

/**
 * A calendar date written `YYYY-MM-DD` (a year past 9999 with all its digits).
 * @pattern ^\d{4,}-\d{2}-\d{2}$
 */
export type IsoDate = string;

/**
 * A 1-based line in a log file (or in a diagram's own source, where a type says so).
 * @asType integer
 * @minimum 1
 */
export type Line = number;

/**
 * A 1-based column.
 * @asType integer
 * @minimum 1
 */
export type Column = number;

/**
 * A number of things or days.
 * @asType integer
 * @minimum 0
 */
export type Count = number;

/**
 * A 0-based position in a list of the same document (`items`, `plans`).
 * @asType integer
 * @minimum 0
 */
export type Index = number;

export type ItemStatus = 'open' | 'done' | 'cancelled' | 'in-progress' | 'deferred';

export type Priority = 'P0' | 'P1' | 'P2' | 'P3' | 'P4';

/** Where the log's own date was read from. */
export type LogDateSource = 'heading' | 'front-matter' | 'file-name' | 'option';

export interface Heading {
  depth: Count;
  text: string;
  /** Headings from the top of the document down to and including this one. */
  path: string[];
  line: Line;
  column: Column;
}

/** A date written inside an item's text, resolved to a calendar date; `column` is 1-based within the text. */
export interface DateMention {
  text: string;
  date: IsoDate;
  column: Column;
}

/** The dates an item carries: Obsidian Tasks' emoji dates, or a due date written as words (`截止 11.17`, `DDL 6/18`, `due 2024-06-20`). */
export interface ItemDates {
  /** 📅, `截止`, `DDL`, `due`, `deadline`. */
  due?: IsoDate;
  /** ⏳ */
  scheduled?: IsoDate;
  /** 🛫 */
  start?: IsoDate;
  /** ✅ */
  done?: IsoDate;
  /** ❌ */
  cancelled?: IsoDate;
  /** ➕ */
  created?: IsoDate;
  /** 🔁 as written (`every week on Monday`): shown, not interpreted. */
  recurrence?: string;
}

/** A to-do: a checkbox list item, or a line worklog reads as one. */
export interface Item {
  text: string;
  status: ItemStatus;
  /** The box as written, e.g. `[ ]`, `[x]`, `【 】`. */
  marker: string;
  priority: Priority | null;
  section: string[];
  line: Line;
  column: Column;
  /** How many list items enclose this one. */
  depth: Count;
  /** Index of the enclosing item in `items`, or null. */
  parent: Index | null;
  /** The text ends with a question mark: the item is an open question. */
  question: boolean;
  mentions: string[];
  hosts: string[];
  dates: DateMention[];
  /** The item's due, scheduled, start, done, cancelled and created dates and its recurrence; absent when it has none. */
  itemDates?: ItemDates;
}

export type NoteKind = 'bullet' | 'paragraph' | 'table' | 'code' | 'html' | 'definition';

/** Everything in the log that is neither an item, a staffing table nor a diagram. */
export interface Note {
  kind: NoteKind;
  text: string;
  section: string[];
  line: Line;
  column: Column;
}

export interface Cycle {
  start: IsoDate | null;
  end: IsoDate | null;
  /** Working days: as stated in the log, else counted over start…end. */
  capacity: number | null;
  capacityStated: boolean;
  /** Where the range was read from. */
  line: Line | null;
}

/** What a plan row leaves open on purpose: nobody is on it yet, it has no dates yet, or both. */
export type Unassigned = 'person' | 'dates' | 'person-and-dates';

export interface StaffingRow {
  project: string;
  /** Days as stated in the days column, or null. */
  days: number | null;
  /** The person cell as written. */
  person: string;
  /** The people named in the person cell. */
  people: string[];
  /** The period as written (or `start ~ end` from two columns). */
  period: string;
  start: IsoDate | null;
  end: IsoDate | null;
  line: Line;
  /** Column of the period cell. */
  column: Column;
  /** A placeholder (`TBD`, `待定`, `-`) for the person or the dates, or a period counted from a cycle the table lacks; absent when the row books someone. */
  unassigned?: Unassigned;
}

export type StaffingColumn = 'project' | 'days' | 'person' | 'period' | 'start' | 'end';

export interface StaffingTable {
  line: Line;
  /** The heading the table stands under, if any. */
  title: string | null;
  /** Which header cell each known column came from. */
  columns: Partial<Record<StaffingColumn, string>>;
  cycle: Cycle;
  rows: StaffingRow[];
}

/** A fenced mermaid block, kept whole whatever its diagram type. */
export interface MermaidBlock {
  /** Line of the opening fence. */
  line: Line;
  /** The diagram keyword (`gantt`, `sequenceDiagram`, `flowchart`, …), or `unknown`. */
  type: string;
  source: string;
  /** Line of the block's first source line. */
  sourceLine: Line;
  /** The nearest heading above the block. */
  heading: string | null;
}

/** A gantt block: the chart, with its task lines and columns in the log file's coordinates. */
export interface GanttDiagram extends GanttChart {
  /** Line of the opening fence. */
  line: Line;
}

/** A sequenceDiagram block, in the log file's coordinates. */
export interface SequenceDiagram extends SequenceDiagramModel {
  /** Line of the opening fence. */
  line: Line;
  /** The diagram's own `title`, else the nearest heading above the block. */
  title: string | null;
}

/** How a suppression comment is written, and so which lines it covers. */
export type SuppressionForm = 'disable-next-line' | 'disable-line' | 'disable' | 'disable-file';

/**
 * A `worklog-disable…` comment for one rule (or every rule): the lines of the log where that rule's findings are
 * not shown. A comment naming several rules is one suppression per rule.
 */
export interface Suppression {
  form: SuppressionForm;
  /** The rule id as written, or null for every rule. */
  rule: string | null;
  /** The first and last line covered; a `worklog-disable` without its `worklog-enable` runs to the end of the file. */
  from: Line;
  to: Line;
  /** Where the comment starts. */
  line: Line;
  column: Column;
}

export interface WorkLog {
  file: string;
  date: IsoDate | null;
  dateSource: LogDateSource | null;
  title: string | null;
  frontMatter: string | null;
  headings: Heading[];
  items: Item[];
  notes: Note[];
  staffing: StaffingTable[];
  diagrams: MermaidBlock[];
  gantts: GanttDiagram[];
  sequences: SequenceDiagram[];
  diagnostics: Diagnostic[];
  /** The `worklog-disable…` comments, in file order; absent when the log has none. */
  suppressions?: Suppression[];
}
