/** schedule/drift: the same person and project dated differently in the staffing table and the gantt chart. */

import { format } from 'date-fns';
import { fromIsoDate } from '../../calendar/iso-date.js';
import type { Rule } from '../rule.js';
import { findDrifts, inclusiveEndFix } from '../schedule/drift.js';

const weekdayName = (date: string): string => format(fromIsoDate(date), 'EEEE');

export const scheduleDrift: Rule<'schedule/drift'> = {
  id: 'schedule/drift',
  run: (context) => findDrifts(context.schedule, context.today.headings).map((drift) => {
    const { table, chart } = drift;
    let message = `${drift.person} \`${drift.project}\`: the table says ${table.first} – ${table.last}, the chart ${chart.first} – ${chart.last}`;
    if (drift.exclusiveEnd) {
      const end = drift.exclusiveEnd;
      message += `; the chart drops ${weekdayName(end)} ${end} because mermaid's end date is exclusive: `
        + `write ${inclusiveEndFix(end)} as the task's end, or add \`inclusiveEndDates\` to the chart`;
    }
    return {
      file: table.booking.file,
      line: table.booking.line,
      column: 1,
      message,
      data: {
        person: drift.person,
        project: drift.project,
        table: { start: table.first, end: table.last, line: table.booking.line },
        chart: { start: chart.first, end: chart.last, lines: chart.bookings.map((booking) => booking.line) },
        exclusiveEnd: drift.exclusiveEnd,
      },
    };
  }),
};
