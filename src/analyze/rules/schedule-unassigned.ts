/** schedule/unassigned: a plan row with a placeholder for its person or its dates, which books nobody yet. */

import type { StaffingRow } from '../../model/log.js';
import { readRelativePeriod } from '../../parse/relative-periods.js';
import type { Rule } from '../rule.js';

/** What the row leaves open, as the row writes it. */
function whatIsOpen(row: StaffingRow): string {
  // A period counted from the cycle (`Week 2`) is open only because the table has no cycle to count from.
  const dates = readRelativePeriod(row.period)
    ? `is dated \`${row.period}\`, counted from a cycle this table does not state`
    : `has no dates yet${row.period === '' ? '' : ` (\`${row.period}\`)`}`;
  const nobody = `is unassigned (\`${row.person || '—'}\`)`;
  switch (row.unassigned) {
    case 'person': return `${nobody}: it books nobody`;
    case 'dates': return `${dates}: it books no days`;
    default: return `${nobody} and ${dates}: it books nobody`;
  }
}

export const scheduleUnassigned: Rule<'schedule/unassigned'> = {
  id: 'schedule/unassigned',
  run: (context) => context.today.staffing.flatMap((table) => table.rows.flatMap((row) => {
    if (row.unassigned === undefined) return [];
    const project = row.project === '' ? 'this row' : `\`${row.project}\``;
    const who = row.unassigned === 'dates' ? `${row.person} ` : '';
    return [{
      file: context.today.file,
      line: row.line,
      column: row.column,
      message: `${who}${project} ${whatIsOpen(row)}`,
      data: { project: row.project, person: row.person, missing: row.unassigned, period: row.period },
    }];
  })),
};
