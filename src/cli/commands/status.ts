/** `worklog status`: the morning view of today's log. */

import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { addFormatOption, addReadingOptions, type CommonOptions } from '../options.js';

export function registerStatus(program: Command, io: CliIO): void {
  const command = program
    .command('status')
    .description("today's log at a glance: open items, schedule, fault-injection coverage, diagrams, problems")
    .argument('[paths...]', 'log files, directories or globs; the newest dated log is today');
  addFormatOption(command, ['text', 'markdown', 'json']);
  addReadingOptions(command).action(async (paths: string[], options: CommonOptions) => {
    // The work, and all it needs, loads only when the command runs, so `--help` and `--version` stay instant.
    await (await import('../actions/status.js')).statusAction(paths, options, io);
  });
}
