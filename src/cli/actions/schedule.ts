/** What `worklog schedule` does: who is double-booked, over-allocated, or planned differently in the table and the chart. */

import { createContext, runRules, scheduleAnalyses } from '../../analyze/index.js';
import { loadCharts } from '../../analyze/schedule/load.js';
import { renderScheduleJson } from '../../render/json.js';
import { renderScheduleMarkdown } from '../../render/markdown/schedule.js';
import { renderScheduleText } from '../../render/text/schedule.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { writeFormatted, type CommonOptions } from '../options.js';

export async function scheduleAction(paths: string[], options: CommonOptions, io: CliIO): Promise<void> {
  const { config, calendar, logs } = await readInputs(paths, options, io);
  const context = createContext(logs, config, calendar);
  const findings = runRules(context, scheduleAnalyses, false);
  const charts = loadCharts(context.schedule, calendar);
  const today = context.today.date;
  writeFormatted(io, options, {
    json: () => renderScheduleJson(context.schedule, charts, findings, today),
    markdown: () => renderScheduleMarkdown(charts, findings, today),
    text: (style) => renderScheduleText(charts, findings, today, style),
  });
}
