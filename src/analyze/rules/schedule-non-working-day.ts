/** schedule/non-working-day: a staffing period that begins or ends on a day off; a gantt task that starts on one. */

import { describeDay, isWorkingDay } from '../../calendar/working-days.js';
import type { GanttChart, GanttTask } from '../../model/gantt.js';
import { afterIds } from '../../parse/mermaid/gantt-dates.js';
import type { Rule, RuleResult } from '../rule.js';
import { taskDays } from '../schedule/bookings.js';
import { rangeProblem } from '../schedule/horizon.js';

/**
 * Whether a chart's dates name days: a day planner's `dateFormat HH:mm` does not, and mermaid puts its tasks (and
 * those after an unknown id) on whatever day the chart is viewed, which says nothing about the plan.
 */
function namesDays(chart: GanttChart): boolean {
  const tokens = chart.dateFormat.replace(/\[[^\]]*\]/g, '');
  return tokens.trim() === '' || /[DxX]/.test(tokens);
}

/** Whether mermaid starts the task on the day the chart is viewed: `after` ids that name no task (gantt/unknown-id's to explain). */
function startsOnViewingDay(task: GanttTask, chart: GanttChart): boolean {
  const known = new Set(chart.tasks.map((other) => other.id));
  return task.data.split(',').some((field) => {
    const ids = afterIds.exec(field.trim())?.groups?.ids?.split(' ').filter((id) => id !== '') ?? [];
    return ids.length > 0 && ids.every((id) => !known.has(id));
  });
}

export const scheduleNonWorkingDay: Rule<'schedule/non-working-day'> = {
  id: 'schedule/non-working-day',
  run: (context) => {
    const { today: log, calendar } = context;
    // A range too long to be a plan is schedule/implausible-range's alone: one mistyped year, one problem.
    const implausible = (start: string, end: string): boolean => rangeProblem(start, end, context.config.limits.horizonYears) !== null;
    const results: RuleResult<'schedule/non-working-day'>[] = [];
    for (const row of log.staffing.flatMap((table) => table.rows)) {
      if (!row.start || !row.end || row.unassigned !== undefined || implausible(row.start, row.end)) continue;
      // A one-day period that falls on a day off is one problem, not two.
      const edges = row.start === row.end ? [['falls', row.start] as const] : [['begins', row.start] as const, ['ends', row.end] as const];
      for (const [verb, date] of edges.filter(([, edge]) => !isWorkingDay(edge, calendar))) {
        results.push({
          file: log.file, line: row.line, column: row.column,
          message: `${row.person} \`${row.project}\`: the period \`${row.period}\` ${verb} on ${describeDay(date, calendar)}`,
          data: { person: row.person, project: row.project, date, edge: verb === 'ends' ? 'end' : 'start' },
        });
      }
    }
    // A task names its section only when the section is a person (a phase is not someone who starts work on a holiday).
    const sectionPerson = new Map(context.schedule.bookings.filter((booking) => booking.source === 'gantt').map((booking) => [`${booking.line}:${booking.column}`, booking.person]));
    for (const chart of log.gantts.filter(namesDays)) {
      for (const task of chart.tasks) {
        const span = taskDays(task);
        if (!span || implausible(span.start, span.end) || isWorkingDay(span.start, calendar) || startsOnViewingDay(task, chart)) continue;
        const person = sectionPerson.get(`${task.line}:${task.column}`) ?? '';
        results.push({
          file: log.file, line: task.line, column: task.column,
          message: `${person ? `${person} ` : ''}\`${task.name}\` starts on ${describeDay(span.start, calendar)}`,
          data: { person, project: task.name, date: span.start, edge: 'start' },
        });
      }
    }
    return results;
  },
};
