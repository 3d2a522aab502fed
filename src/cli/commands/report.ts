/** `worklog report`: the daily test report for the email, in text, markdown, HTML or JSON. */

import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { addFormatOption, addReadingOptions, type CommonOptions } from '../options.js';

export function registerReport(program: Command, io: CliIO): void {
  const command = program
    .command('report')
    .description('the daily test report: the morning view in full, for the email (--format html) or a wiki')
    .argument('[paths...]', 'log files, directories or globs; the newest dated log is today');
  addFormatOption(command, ['text', 'markdown', 'html', 'json']);
  addReadingOptions(command).action(async (paths: string[], options: CommonOptions) => {
    // The work, and all it needs, loads only when the command runs, so `--help` and `--version` stay instant.
    await (await import('../actions/report.js')).reportAction(paths, options, io);
  });
}
