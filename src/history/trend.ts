/** Each dated log counted as if it were today, oldest first: open, done, cancelled, added, dropped and overdue items, and the coverage score. */

import { coverageByDay } from '../analyze/coverage/matrix.js';
import { dueItems } from '../analyze/due.js';
import { isOpen } from '../analyze/items.js';
import { compareDates } from '../calendar/day-number.js';
import type { WorkCalendar } from '../calendar/working-days.js';
import type { CoverageConfig } from '../model/config.js';
import type { CoverageScore } from '../model/coverage.js';
import type { IsoDate, WorkLog } from '../model/log.js';
import { changesSince } from './aging.js';
import { matchItems } from './identity.js';

/** One day of the trend: the log of that date, read with the logs before it as its history. */
export interface TrendDay {
  date: IsoDate;
  file: string;
  /** Open, in-progress and deferred items in the day's log. */
  open: number;
  /** Open in the previous log, done in this one. */
  done: number;
  /** Open in the previous log, cancelled in this one: never counted as done. */
  cancelled: number;
  /** Open items the previous log did not have open (every open item of the first log). */
  added: number;
  /** Open in the previous log, and gone from this one. */
  dropped: number;
  /** Open or in-progress items whose due date is before the day. */
  overdue: number;
  /** The fault-injection matrix of the logs up to the day, with drills expired by then counted as stale. */
  coverage: CoverageScore;
}

/** The days a trend shows; the logs outside them still count as history. */
export interface TrendRange {
  since?: IsoDate;
  until?: IsoDate;
}

export interface Trend {
  days: TrendDay[];
  /** Logs without a date: they have no place in a trend. */
  undated: string[];
}

const inRange = (date: IsoDate, { since, until }: TrendRange): boolean =>
  (since === undefined || compareDates(date, since) >= 0) && (until === undefined || compareDates(date, until) <= 0);

/**
 * Walks the dated logs once, oldest first, matching each log's items to the previous log's open ones as `status`
 * does (so a reworded item is carried, not added and dropped), and reading each log's drills once.
 */
export function buildTrend(logs: readonly WorkLog[], coverage: CoverageConfig, calendar: WorkCalendar, range: TrendRange = {}): Trend {
  // Stable: logs of one date keep the order they were given in.
  const chain = logs.filter((log) => log.date !== null).sort((a, b) => compareDates(a.date ?? '', b.date ?? ''));
  // The matrix as each day saw it: only the logs up to it, the newest deciding and expiring drills.
  const scores = coverageByDay(chain, coverage, calendar).map((matrix) => matrix.score);
  const days: TrendDay[] = [];
  for (const [index, log] of chain.entries()) {
    const date = log.date ?? '';
    if (!inRange(date, range)) continue;
    const previous = chain[index - 1];
    const open = log.items.filter(isOpen);
    const carried = previous ? matchItems(previous.items.filter(isOpen), log.items) : new Map();
    const changes = previous ? changesSince(previous, carried) : { doneSincePrevious: [], cancelledSincePrevious: [], dropped: [] };
    days.push({
      date,
      file: log.file,
      open: open.length,
      done: changes.doneSincePrevious.length,
      cancelled: changes.cancelledSincePrevious.length,
      added: open.filter((item) => !carried.has(item)).length,
      dropped: changes.dropped.length,
      overdue: dueItems(log, calendar).filter((entry) => entry.daysLate > 0).length,
      coverage: scores[index] ?? { done: 0, required: 0, ratio: 0 },
    });
  }
  return { days, undated: logs.filter((log) => log.date === null).map((log) => log.file) };
}
