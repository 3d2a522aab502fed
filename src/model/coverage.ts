/** Fault-injection coverage: which systems have had which faults drilled, as analyses compute it. */

import type { Column, IsoDate, Line } from './log.js';


/** done, done too long ago (`expired`, what some call stale), an alarm that was missing or did not fire, still to do, never named. */
export type CellState = 'done' | 'expired' | 'alarm' | 'pending' | 'never';

export interface CoverageCell {
  system: string;
  /** A fault type id, or null for an item that names the system but no fault type. */
  faultType: string | null;
  state: CellState;
  /** Part of the required matrix (counted in the score). */
  required: boolean;
  /** The log whose items decided the state, and their lines in it. */
  file: string | null;
  lines: Line[];
  /** The largest node count the deciding items name (`CPU6个`, `9个节点`), or null. */
  nodes: number | null;
  hosts: string[];
  /** The first day of the latest unbroken run of logs stating this drill done: a done line copied forward keeps its date. */
  lastDone: IsoDate | null;
}

export interface CoverageScore {
  /** Weighted: done 1, expired 0.75, alarm 0.5, pending and never 0. */
  done: number;
  required: number;
  /** done / required, 0 when nothing is required. */
  ratio: number;
}

export interface CoverageSystem {
  name: string;
  /** Listed in the configuration, or learned from the subject of a drill item. */
  source: 'config' | 'log';
  /** Where a learned system was first named. */
  file: string | null;
  line: Line | null;
  score: CoverageScore;
}

/** A drill item worklog cannot attribute to a system: listed, never guessed. */
export interface UnattributedDrill {
  file: string;
  line: Line;
  column: Column;
  text: string;
}

export interface Coverage {
  /** The newest log's date, against which drills expire (in working days). */
  today: IsoDate | null;
  faultTypes: { id: string; label: string }[];
  systems: CoverageSystem[];
  cells: CoverageCell[];
  unattributed: UnattributedDrill[];
  score: CoverageScore;
}
