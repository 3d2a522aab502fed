/** `worklog coverage`: which systems have had which faults drilled, and where the alarms failed. */

import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { addFormatOption, addReadingOptions, type CommonOptions } from '../options.js';

export function registerCoverage(program: Command, io: CliIO): void {
  const command = program
    .command('coverage')
    .description('the fault-injection matrix: systems × fault types, done, pending, alarm problems and gaps')
    .argument('[paths...]', 'log files, directories or globs; with several, the latest state of each drill wins');
  addFormatOption(command, ['text', 'markdown', 'json']);
  addReadingOptions(command).action(async (paths: string[], options: CommonOptions) => {
    // The work, and all it needs, loads only when the command runs, so `--help` and `--version` stay instant.
    await (await import('../actions/coverage.js')).coverageAction(paths, options, io);
  });
}
