/** The data behind each rule's findings, by rule id: part of the JSON contract (`findings[].data`). */

import type { CellState } from './coverage.js';
import type { LocalDateTime } from './gantt.js';
import type { Count, IsoDate, Line, SuppressionForm, Unassigned } from './log.js';

/**
 * A parser diagnostic carries its meaning in its message and position; reported on several lines of a file (or of
 * one diagram) with the same message, it is one finding at the first, and `lines` lists them all.
 */
export interface RepeatedData {
  lines?: Line[];
}

/** Which plan a schedule finding is about. */
export interface PlanRef {
  kind: 'table' | 'gantt';
  line: Line;
}

/** Two of a person's projects booked on the same working days. */
export interface OverlapPair {
  /** The two projects, as written, in the order the plan books them. */
  tasks: [string, string];
  /** The working days both are booked; empty when they span more than a year. */
  days: IsoDate[];
  /** The lines that book them. */
  lines: [Line, Line];
  /** Only for tasks with times of day (a day planner's): when their first clash starts and ends. */
  times?: { start: LocalDateTime; end: LocalDateTime };
}

/** One finding per person and plan: every pair of projects booked at once. */
export interface OverlapData {
  person: string;
  /** Every working day booked twice or more; empty when they span more than a year (then `longOverlap` has them). */
  days: IsoDate[];
  /** Every project in the pairs, as written, in the order the plan books them. */
  tasks: string[];
  /** The pairs, in the order the plan books them; at most 100 (`pairCount` has them all). */
  pairs: OverlapPair[];
  /** How many pairs in all. */
  pairCount: Count;
  plan: PlanRef | null;
  /** Only when other plans (a gantt chart drawing the staffing table) book the same pairs on the same days: reported once, here. */
  restatedIn?: PlanRef[];
  /** Only for an overlap spanning more than a year: how many working days, and the runs of consecutive ones. */
  longOverlap?: { workdays: Count; runs: { start: IsoDate; end: IsoDate }[] };
}

export interface OverAllocationData {
  person: string;
  /** Working days booked: stated days, else the days in each period. */
  booked: Count;
  /** Working days the cycle has. */
  capacity: number;
  /** Lines of the rows that book the person. */
  rows: Line[];
}

export interface DaysMismatchData {
  person: string;
  project: string;
  stated: number;
  workdays: Count;
  start: IsoDate;
  end: IsoDate;
}

export interface OutOfCycleData {
  person: string;
  project: string;
  /** The period as written. */
  period: string;
  start: IsoDate;
  end: IsoDate;
  cycle: { start: IsoDate; end: IsoDate };
}

export interface NonWorkingDayData {
  /** The row's person, or the gantt section a task books; empty for a task of a plan without owners (its section is a phase). */
  person: string;
  project: string;
  date: IsoDate;
  edge: 'start' | 'end';
}

export interface DriftData {
  person: string;
  project: string;
  table: { start: IsoDate; end: IsoDate; line: Line };
  chart: { start: IsoDate; end: IsoDate; lines: Line[] };
  /** The table's last day, when mermaid's exclusive end is why the chart stops a day early. */
  exclusiveEnd: IsoDate | null;
}

export interface UnknownYearData {
  years: number[];
  /** The years the official calendar data covers. */
  covered: { first: number; last: number };
}

/** A plan row or task nobody is on yet, or that has no dates yet: a placeholder (`TBD`, `待定`), not a mistake. */
export interface UnassignedData {
  project: string;
  /** The person cell as written (a placeholder, or a person whose dates are not set). */
  person: string;
  /** What is missing: someone to do it, dates for it, or both. */
  missing: Unassigned;
  /** The period as written (a placeholder, a period counted from a cycle the table lacks, or dates). */
  period: string;
}

/** Why a word read where a drill item names its system is not one (`周三下午`, `按计划完成`, `它`, `staging`). */
export interface NotASystemWord {
  word: string;
  kind: 'time' | 'verb' | 'pronoun' | 'environment';
}

/** A drill item that names no system: listed, never guessed. */
export interface UnattributedData {
  /** The fault type ids it names. */
  faultTypes: string[];
  /** The item is done: a result no cell of the matrix keeps. */
  done: boolean;
  /** The item says an alarm failed (`alert did not fire`), which no cell reports either. */
  alarm: boolean;
  /** The word in the system's place, when there is one. */
  notASystem: NotASystemWord | null;
}

export interface CoverageCellData {
  system: string;
  /** A fault type id, or null for a drill that names no fault type. */
  faultType: string | null;
  state: CellState;
  lines: Line[];
  nodes: number | null;
  hosts: string[];
}

/** Why a path given (or found in a folder) could not be read as a log. */
export type UnreadableReason =
  | 'missing' | 'dangling-link' | 'link-loop' | 'not-regular' | 'permission' | 'name-encoding'
  | 'too-large' | 'binary' | 'utf-16' | 'utf-32' | 'encoding' | 'other';

export interface UnreadableData {
  reason: UnreadableReason;
}

/** A date range worklog does not expand because it is longer than the configured horizon, or past year 9999. */
export interface ImplausibleRangeData {
  /** What the range belongs to: a staffing cycle or row, a gantt task, or a gantt chart's tasks taken together. */
  source: 'cycle' | 'table' | 'gantt' | 'chart';
  /** Longer than the horizon, past year 9999 (or before year 1), or not a date range at all. */
  problem: 'longer-than-horizon' | 'past-9999' | 'before-year-1' | 'not-a-date';
  /** The range as written or computed (a gantt task's end is mermaid's, exclusive); years past 9999 are written as they are. */
  start: string;
  end: string;
  /** The longest range worklog expands, in years (`limits.horizonYears`). */
  horizonYears: Count;
  /** The row's person or the task's section, and its project or task; null for a cycle or a whole chart. */
  person: string | null;
  project: string | null;
}

/** Reading the files themselves: a path that is not a readable log. */
export interface InputFindingData {
  'io/unreadable': UnreadableData;
}

/** The rules the parsers report while reading a log (diagnostics in the model): their findings carry only repeated lines. */
export interface ParserFindingData {
  'parse/lenient-checkbox': RepeatedData;
  'parse/unknown-marker': RepeatedData;
  'parse/priority-conflict': RepeatedData;
  'parse/empty-item': RepeatedData;
  'parse/impossible-date': RepeatedData;
  'parse/no-date': RepeatedData;
  'parse/date-mismatch': RepeatedData;
  'parse/no-cycle': RepeatedData;
  'parse/cycle-unresolved': RepeatedData;
  'parse/period-missing': RepeatedData;
  'parse/period-unresolved': RepeatedData;
  'parse/days-invalid': RepeatedData;
  'parse/person-missing': RepeatedData;
  'parse/table-cells': RepeatedData;
  'parse/unclosed-fence': RepeatedData;
  'parse/unknown-diagram': RepeatedData;
  'parse/nesting-limit': RepeatedData;
  'gantt/syntax-error': RepeatedData;
  'gantt/missing-colon': RepeatedData;
  'gantt/field-count': RepeatedData;
  'gantt/invalid-start': RepeatedData;
  'gantt/no-previous-task': RepeatedData;
  'gantt/top-axis': RepeatedData;
  'gantt/endless-exclusion': RepeatedData;
  'gantt/invalid-end': RepeatedData;
  'gantt/date-fallback': RepeatedData;
  'gantt/unknown-id': RepeatedData;
  'gantt/no-date-format': RepeatedData;
  'gantt/cut-data': RepeatedData;
  'gantt/percent-comment': RepeatedData;
  'gantt/keyword-name': RepeatedData;
  'gantt/swallowed-line': RepeatedData;
  'gantt/end-before-start': RepeatedData;
  'gantt/after-cycle': RepeatedData;
  'sequence/unused-participant': RepeatedData;
  'sequence/undeclared-participant': RepeatedData;
  'sequence/late-declaration': RepeatedData;
  'sequence/syntax': RepeatedData;
  'sequence/missing-colon': RepeatedData;
  'sequence/full-width-colon': RepeatedData;
  'sequence/unclosed-block': RepeatedData;
  'sequence/unmatched-end': RepeatedData;
  'sequence/misplaced-branch': RepeatedData;
  'sequence/create': RepeatedData;
  'sequence/destroy': RepeatedData;
  'sequence/deactivate': RepeatedData;
  'sequence/box': RepeatedData;
  'sequence/unknown-activation': RepeatedData;
  'sequence/participant-type': RepeatedData;
  'sequence/participant-settings': RepeatedData;
  'sequence/cut-text': RepeatedData;
  'sequence/inline-comment': RepeatedData;
  'sequence/ignored-text': RepeatedData;
}

/** An open or in-progress item of today's log with a due date on or before the log date. */
export interface DueItemData {
  due: IsoDate;
  /** The log's date. */
  date: IsoDate;
  /** Working days after the due date up to the log date, both counted by the calendar; 0 for due today. */
  workingDaysLate: Count;
}

/** The rules the analyses report over one or more logs, and the data each one's findings carry. */
export interface AnalysisFindingData {
  'schedule/overlap': OverlapData;
  'schedule/over-allocation': OverAllocationData;
  'schedule/days-mismatch': DaysMismatchData;
  'schedule/out-of-cycle': OutOfCycleData;
  'schedule/non-working-day': NonWorkingDayData;
  'schedule/drift': DriftData;
  'schedule/implausible-range': ImplausibleRangeData;
  'schedule/unassigned': UnassignedData;
  'calendar/unknown-year': UnknownYearData;
  'coverage/gap': CoverageCellData;
  'coverage/pending': CoverageCellData;
  'coverage/alarm': CoverageCellData;
  'coverage/unattributed': UnattributedData;
  'items/overdue': DueItemData;
  'items/due-today': DueItemData;
}

/** A suppression comment that silenced nothing in this run, or that names no rule worklog has. */
export interface UnusedDisableData {
  form: SuppressionForm;
  /** The rule id as written, or null for every rule. */
  rule: string | null;
  reason: 'unused' | 'unknown-rule';
  /** For an unknown id, the known id closest to it, when one is close. */
  suggestion: RuleId | null;
}

/** What worklog says about the log's own suppression comments. */
export interface SuppressionFindingData {
  'worklog/unused-disable': UnusedDisableData;
}

/** Every rule id worklog reports, and the data its findings carry. */
export interface FindingDataByRule extends InputFindingData, ParserFindingData, AnalysisFindingData, SuppressionFindingData {}

export type InputRuleId = keyof InputFindingData;
export type ParserRuleId = keyof ParserFindingData;
export type AnalysisRuleId = keyof AnalysisFindingData;
export type SuppressionRuleId = keyof SuppressionFindingData;
export type RuleId = keyof FindingDataByRule;
