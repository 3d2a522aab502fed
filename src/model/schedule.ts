/** The plan as schedule analyses see it: who is booked on what, on which working days, in which plan. */

import type { LocalDateTime } from './gantt.js';
import type { Column, Index, IsoDate, Line } from './log.js';


/** A staffing row, a gantt task, or a person named inside a gantt task with their own range. */
export type BookingSource = 'table' | 'gantt' | 'embedded';

export interface Booking {
  person: string;
  /** The project or task as written. */
  project: string;
  /** The project name as compared: without bracketed tags, width, case or spaces. */
  key: string;
  source: BookingSource;
  /** Index of its plan in `Schedule.plans`. */
  plan: Index;
  /** First and last calendar day booked, both included. */
  start: IsoDate;
  end: IsoDate;
  /** The working days booked. */
  days: IsoDate[];
  /** Days as stated in a staffing table, or null. */
  stated: number | null;
  /** mermaid's exclusive end date, for gantt tasks. */
  exclusiveEnd: IsoDate | null;
  /** A gantt task's times of day when it has them (a day planner's `09:30`–`10:00`): two such bookings meet only when their times do. */
  times: { start: LocalDateTime; end: LocalDateTime } | null;
  file: string;
  line: Line;
  column: Column;
}

export interface Plan {
  kind: 'table' | 'gantt';
  file: string;
  line: Line;
  title: string | null;
  /** The cycle of a staffing table (without one, the range its rows book), or the range of a gantt chart. */
  start: IsoDate | null;
  end: IsoDate | null;
  /** Working days the cycle has (stated or counted); null for a chart. */
  capacity: number | null;
}

/** Why a range is not expanded into days: longer than the horizon, past year 9999 (or before year 1), or not a date at all. */
export type RangeProblem = 'longer-than-horizon' | 'past-9999' | 'before-year-1' | 'not-a-date';

/** A range worklog reports instead of expanding into days: longer than the horizon (`limits.horizonYears`), or past year 9999. */
export interface ImplausibleRange {
  /** A staffing table's cycle or row, a gantt task, or a gantt chart's tasks taken together. */
  source: 'cycle' | 'table' | 'gantt' | 'chart';
  problem: RangeProblem;
  /** Index of its plan in `Schedule.plans`. */
  plan: Index;
  /** The range as written or computed (a gantt task's end is mermaid's, exclusive); a year past 9999 keeps all its digits. */
  start: string;
  end: string;
  /** The row's person or the task's section, and its project or task; null for a whole plan. */
  person: string | null;
  project: string | null;
  file: string;
  line: Line;
  column: Column;
}

export interface Schedule {
  plans: Plan[];
  bookings: Booking[];
  /** Ranges not booked (or, for a whole plan, not charted) because no plan is that long. */
  implausible: ImplausibleRange[];
}
