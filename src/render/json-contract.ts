/**
 * The JSON contract (schemaVersion 1): what each command prints with `--format json`. These types are the
 * source of `schema/worklog.schema.json` (`npm run schema`); fields may be added, none removed or changed.
 */

import type { FindingSummary } from '../analyze/findings.js';
import type { DiagramSummary } from '../analyze/diagrams.js';
import type { LoadRow } from '../analyze/schedule/load.js';
import type { ScheduleSummary } from '../analyze/schedule/summary.js';
import type { Coverage } from '../model/coverage.js';
import type { Finding, Severity } from '../model/diagnostic.js';
import type { RuleId } from '../model/finding-data.js';
import type { Count, IsoDate, Item, ItemStatus, WorkLog } from '../model/log.js';
import type { Provenance } from '../model/provenance.js';
import type { Booking, Plan } from '../model/schedule.js';
import type { TrendDay } from '../history/trend.js';

/** The version of this contract; it changes only when a field is removed or changes meaning. */
export type SchemaVersion = 1;

/** `worklog parse`: the typed model of each log. */
export interface ParseDocument {
  schemaVersion: SchemaVersion;
  logs: WorkLog[];
}

/** `worklog items`: each log's items (open ones, or every one with `--all`). */
export interface ItemsDocument {
  schemaVersion: SchemaVersion;
  /** Today's log, or every log with `--all-logs`; open items carry their ages. */
  logs: { file: string; date: IsoDate | null; title: string | null; items: (Item | AgedItem)[] }[];
}

/** An open item with how long it has been open across dated logs. */
export interface AgedItem extends Item {
  /** The date of the earliest log in an unbroken run of logs that carry it open. */
  firstSeen: IsoDate | null;
  /** Working days since then; 0 for an item new today. */
  age: number;
  /** The previous log had it open too. */
  carriedOver: boolean;
}

/** An open or in-progress item due on or before today's log date. */
export interface DueItemEntry extends Item {
  due: IsoDate;
  /** Calendar days after the due date; 0 when due today. */
  daysLate: Count;
  /** Working days after the due date up to the log date, by the calendar; 0 when due today. */
  workingDaysLate: Count;
}

/** A log named by its file and date. */
export interface LogRef {
  file: string;
  date: IsoDate | null;
}

/** `worklog status` and `worklog report`: the morning view of today's log. */
export interface StatusDocument {
  schemaVersion: SchemaVersion;
  generator: { name: 'worklog'; version: string };
  /** Today's log's date: the newest dated log. */
  today: IsoDate | null;
  file: string;
  title: string | null;
  /** The other logs given, older or undated. */
  history: LogRef[];
  previous: LogRef | null;
  counts: { total: number } & Record<ItemStatus, number>;
  /** Items past their due date, most overdue first. */
  overdue: DueItemEntry[];
  /** Items due on the log date. */
  dueToday: DueItemEntry[];
  open: AgedItem[];
  /** Items open in the previous log and done today. */
  doneSincePrevious: Item[];
  /** Items open in the previous log and cancelled today (never counted as done). */
  cancelledSincePrevious: Item[];
  /** Items open in the previous log and gone from today's. */
  dropped: Item[];
  schedule: ScheduleSummary;
  coverage: Coverage;
  diagrams: DiagramSummary[];
  findings: Finding[];
  summary: FindingSummary;
  provenance: Provenance;
}

/** `worklog status --all-logs` and `worklog report --all-logs`: each log's status document, oldest first, each with the logs before it as its history. */
export interface StatusLogsDocument {
  schemaVersion: SchemaVersion;
  logs: StatusDocument[];
}

/** `worklog coverage`: the fault-injection matrix and its findings. */
export interface CoverageDocument {
  schemaVersion: SchemaVersion;
  today: IsoDate | null;
  findings: Finding[];
  summary: FindingSummary;
  coverage: Coverage;
}

/** `worklog schedule`: today's plans, every booking in them, each plan's load, and the schedule findings. */
export interface ScheduleDocument {
  schemaVersion: SchemaVersion;
  today: IsoDate | null;
  findings: Finding[];
  summary: FindingSummary;
  schedule: {
    plans: Plan[];
    bookings: Booking[];
    load: { plan: number; days: IsoDate[]; rows: LoadRow[] }[];
  };
}

/** `worklog check`: every log's findings. */
export interface CheckDocument {
  schemaVersion: SchemaVersion;
  files: string[];
  /**
   * A finding its rule can fix carries `fix`, as ESLint's: `range` is [start, end) in UTF-16 code units of the log's
   * decoded text without its byte order mark, CRLF counted as two; `text` replaces it. A finding folded from several
   * lines carries none (`check --fix` fixes every line).
   */
  findings: Finding[];
  summary: FindingSummary;
}

/** A rule as `worklog rules` lists it. */
export interface RuleDescription {
  id: RuleId;
  defaultSeverity: Severity | 'off';
  /** The configuration's severity where it sets one, else the default. */
  severity: Severity | 'off';
  description: string;
  /** Where the rule is documented. */
  helpUri: string;
  /** Its findings may carry a `fix` that `check --fix` makes. */
  fixable: boolean;
}

/** `worklog rules`: every rule worklog can report. */
export interface RulesDocument {
  schemaVersion: SchemaVersion;
  rules: RuleDescription[];
}

/** `worklog trend`: one entry per dated log in the range, oldest first, each counted as if that log were today. */
export interface TrendDocument {
  schemaVersion: SchemaVersion;
  days: TrendDay[];
  /** Logs without a date, left out of the trend. */
  undated: string[];
}

/** Whatever a command prints with `--format json`. */
export type WorklogDocument = ParseDocument | ItemsDocument | StatusDocument | StatusLogsDocument | CoverageDocument | ScheduleDocument | CheckDocument | RulesDocument | TrendDocument;
