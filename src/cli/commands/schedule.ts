/** `worklog schedule`: who is double-booked, over-allocated, or planned differently in the table and the chart. */

import type { Command } from 'commander';
import { createContext, runRules, scheduleRules } from '../../analyze/index.js';
import { loadCharts } from '../../analyze/schedule/load.js';
import { renderScheduleJson } from '../../render/json.js';
import { renderScheduleMarkdown } from '../../render/markdown/schedule.js';
import { renderScheduleText } from '../../render/text/schedule.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { addFormatOption, addReadingOptions, writeFormatted, type CommonOptions } from '../options.js';

export function registerSchedule(program: Command, io: CliIO): void {
  const command = program
    .command('schedule')
    .description("the plan: double bookings, over-allocation, table-vs-chart drift, and each person's load by day")
    .argument('[paths...]', "log files, directories or globs; the newest dated log's plan is shown");
  addFormatOption(command, ['text', 'markdown', 'json']);
  addReadingOptions(command).action(async (paths: string[], options: CommonOptions) => {
    const { config, calendar, logs } = await readInputs(paths, options, io);
    const context = createContext(logs, config, calendar);
    const scheduleIds = new Set(scheduleRules.map((rule) => rule.id));
    // The parser's own schedule findings (a period outside its cycle) belong here too.
    const findings = runRules(context).filter((finding) => scheduleIds.has(finding.ruleId) || finding.ruleId === 'schedule/out-of-cycle');
    const charts = loadCharts(context.schedule, calendar);
    const today = context.today.date;
    writeFormatted(io, options, {
      json: () => renderScheduleJson(context.schedule, charts, findings, today),
      markdown: () => renderScheduleMarkdown(charts, findings, today),
      text: (style) => renderScheduleText(charts, findings, today, style),
    });
  });
}
