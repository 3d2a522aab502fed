/** The schedule summary in words, shared by the text and markdown morning views. */

import type { ScheduleSummary } from '../analyze/schedule/summary.js';
import { plural } from '../words/plural.js';

export function scheduleSummaryParts(summary: ScheduleSummary): string[] {
  return [
    summary.overlaps ? plural(summary.overlaps, 'double booking') : '',
    summary.overAllocated.length
      ? `over-allocated: ${summary.overAllocated.map((entry) => `${entry.person} ${entry.booked}/${entry.capacity}`).join(', ')}`
      : '',
    summary.daysMismatches ? plural(summary.daysMismatches, 'days mismatch', 'days mismatches') : '',
    summary.drifts ? `${plural(summary.drifts, 'drift')} between table and chart` : '',
  ].filter((part) => part !== '');
}
