/** schedule/implausible-range: a range no plan is that long, or past year 9999, which is reported instead of expanded into days. */

import type { ImplausibleRange } from '../../model/schedule.js';
import type { Rule } from '../rule.js';
import { yearsSpanned } from '../schedule/horizon.js';
import { plural } from '../../words/plural.js';

/** What the range is, in the words of the log, and where it runs. */
function subject(range: ImplausibleRange): string {
  const named = `${range.person ? `${range.person} ` : ''}\`${range.project ?? ''}\`: `;
  const runs = `runs from ${range.start} to ${range.end}`;
  switch (range.source) {
    case 'cycle': return `the cycle ${runs}`;
    case 'table': return `${named}the period ${runs}`;
    case 'gantt': return `${named}the task ${runs}`;
    case 'chart': return `this gantt chart's tasks run from ${range.start} to ${range.end}`;
  }
}

/** How far out of bounds the range is. */
function extent(range: ImplausibleRange, horizonYears: number): string {
  switch (range.problem) {
    case 'longer-than-horizon':
      return `${plural(yearsSpanned(range.start, range.end), 'year')}, longer than the ${horizonYears}-year horizon (\`limits.horizonYears\`)`;
    case 'past-9999': return 'past year 9999';
    case 'before-year-1': return 'before year 1';
    case 'not-a-date': return 'which are not both dates';
  }
}

export const scheduleImplausibleRange: Rule<'schedule/implausible-range'> = {
  id: 'schedule/implausible-range',
  run: (context) => {
    const { horizonYears } = context.config.limits;
    return context.schedule.implausible.map((range) => {
      const instead = range.source === 'cycle' || range.source === 'chart' ? 'it is not charted day by day' : 'it is not booked';
      return {
        file: range.file,
        line: range.line,
        column: range.column,
        message: `${subject(range)}, ${extent(range, horizonYears)}, so ${instead}: is a year mistyped?`,
        data: { source: range.source, problem: range.problem, start: range.start, end: range.end, horizonYears, person: range.person, project: range.project },
      };
    });
  },
};
