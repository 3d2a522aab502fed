/** What `worklog schedule` does: who is double-booked, over-allocated, or planned differently in the table and the chart. */

import { createContext, findingsOfRuns, runRuleSet, scheduleAnalyses } from '../../analyze/index.js';
import { loadCharts } from '../../analyze/schedule/load.js';
import { exitCodes } from '../../errors.js';
import { formats } from '../../render/formats.js';
import type { Invocation } from '../commands.js';
import { writeFormatted } from '../format.js';
import { readInputs, warnUnreadable } from '../load.js';

export async function scheduleAction({ paths, options, io }: Invocation): Promise<number> {
  const { config, calendar, logs, unreadable } = await readInputs(paths, options, io, { needsLog: true });
  // The plan and the matrix are made of the logs that were read; what was not is said beside them.
  warnUnreadable(io, unreadable);
  const context = createContext(logs, config, calendar);
  const findings = findingsOfRuns([runRuleSet(context, scheduleAnalyses, false)], context);
  const result = { schedule: context.schedule, charts: loadCharts(context.schedule, calendar), findings, today: context.today.date };
  await writeFormatted(io, options, formats.schedule, result);
  return exitCodes.ok;
}
