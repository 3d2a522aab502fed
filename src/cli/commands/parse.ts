/** `worklog parse`: the typed model as JSON. */

import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { addFormatOption, addReadingOptions, type CommonOptions } from '../options.js';

export function registerParse(program: Command, io: CliIO): void {
  const command = program
    .command('parse')
    .description('print the typed model of each log as JSON (schemaVersion 1)')
    .argument('[paths...]', 'log files, directories or globs');
  addFormatOption(command, ['json']);
  addReadingOptions(command).action(async (paths: string[], options: CommonOptions) => {
    // The work, and all it needs, loads only when the command runs, so `--help` and `--version` stay instant.
    await (await import('../actions/parse.js')).parseAction(paths, options, io);
  });
}
