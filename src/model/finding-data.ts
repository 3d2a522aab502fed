/** The data behind each rule's findings, by rule id: part of the JSON contract (`findings[].data`). */

import type { CellState } from './coverage.js';
import type { LocalDateTime } from './gantt.js';
import type { Count, IsoDate, Line } from './log.js';

/** A parser diagnostic carries its meaning in its message and position only. */
export type NoData = Record<string, never>;

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
  missing: 'person' | 'dates' | 'person-and-dates';
}

/** A drill item that names no system: listed, never guessed. */
export interface UnattributedData {
  /** The fault types it names. */
  faultTypes: string[];
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

/** The rules the parsers report while reading a log (diagnostics in the model): their findings carry no data. */
export interface ParserFindingData {
  'parse/lenient-checkbox': NoData;
  'parse/unknown-marker': NoData;
  'parse/priority-conflict': NoData;
  'parse/empty-item': NoData;
  'parse/no-date': NoData;
  'parse/date-mismatch': NoData;
  'parse/no-cycle': NoData;
  'parse/cycle-unresolved': NoData;
  'parse/period-missing': NoData;
  'parse/period-unresolved': NoData;
  'parse/days-invalid': NoData;
  'parse/person-missing': NoData;
  'parse/table-cells': NoData;
  'parse/unclosed-fence': NoData;
  'parse/unknown-diagram': NoData;
  'parse/nesting-limit': NoData;
  'gantt/syntax-error': NoData;
  'gantt/missing-colon': NoData;
  'gantt/field-count': NoData;
  'gantt/invalid-start': NoData;
  'gantt/no-previous-task': NoData;
  'gantt/top-axis': NoData;
  'gantt/endless-exclusion': NoData;
  'gantt/invalid-end': NoData;
  'gantt/date-fallback': NoData;
  'gantt/unknown-id': NoData;
  'gantt/no-date-format': NoData;
  'gantt/cut-data': NoData;
  'gantt/percent-comment': NoData;
  'gantt/keyword-name': NoData;
  'gantt/swallowed-line': NoData;
  'gantt/end-before-start': NoData;
  'gantt/after-cycle': NoData;
  'sequence/unused-participant': NoData;
  'sequence/undeclared-participant': NoData;
  'sequence/late-declaration': NoData;
  'sequence/syntax': NoData;
  'sequence/missing-colon': NoData;
  'sequence/full-width-colon': NoData;
  'sequence/unclosed-block': NoData;
  'sequence/unmatched-end': NoData;
  'sequence/misplaced-branch': NoData;
  'sequence/create': NoData;
  'sequence/destroy': NoData;
  'sequence/deactivate': NoData;
  'sequence/box': NoData;
  'sequence/unknown-activation': NoData;
  'sequence/participant-type': NoData;
  'sequence/participant-settings': NoData;
  'sequence/cut-text': NoData;
  'sequence/inline-comment': NoData;
  'sequence/ignored-text': NoData;
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
}

/** Every rule id worklog reports, and the data its findings carry. */
export interface FindingDataByRule extends InputFindingData, ParserFindingData, AnalysisFindingData {}

export type InputRuleId = keyof InputFindingData;
export type ParserRuleId = keyof ParserFindingData;
export type AnalysisRuleId = keyof AnalysisFindingData;
export type RuleId = keyof FindingDataByRule;
