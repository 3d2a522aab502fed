/** The plan as schedule analyses see it: who is booked on what, on which working days, in which plan. */

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
  file: string;
  line: Line;
  column: Column;
}

export interface Plan {
  kind: 'table' | 'gantt';
  file: string;
  line: Line;
  title: string | null;
  /** The cycle of a staffing table, or the range of a gantt chart. */
  start: IsoDate | null;
  end: IsoDate | null;
  /** Working days the cycle has (stated or counted); null for a chart. */
  capacity: number | null;
}

export interface Schedule {
  plans: Plan[];
  bookings: Booking[];
}
