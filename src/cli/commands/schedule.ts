/** `worklog schedule`: who is double-booked, over-allocated, or planned differently in the table and the chart. */

import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { addFormatOption, addReadingOptions, type CommonOptions } from '../options.js';

export function registerSchedule(program: Command, io: CliIO): void {
  const command = program
    .command('schedule')
    .description("the plan: double bookings, over-allocation, table-vs-chart drift, and each person's load by day")
    .argument('[paths...]', "log files, directories or globs; the newest dated log's plan is shown");
  addFormatOption(command, ['text', 'markdown', 'json']);
  addReadingOptions(command).action(async (paths: string[], options: CommonOptions) => {
    // The work, and all it needs, loads only when the command runs, so `--help` and `--version` stay instant.
    await (await import('../actions/schedule.js')).scheduleAction(paths, options, io);
  });
}
