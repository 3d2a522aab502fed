/** `worklog parse`: the typed model as JSON. */

import type { Command } from 'commander';
import { renderParseJson } from '../../render/json.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { addFormatOption, addReadingOptions, type CommonOptions } from '../options.js';

export function registerParse(program: Command, io: CliIO): void {
  const command = program
    .command('parse')
    .description('print the typed model of each log as JSON (schemaVersion 1)')
    .argument('[paths...]', 'log files, directories or globs');
  addFormatOption(command, ['json']);
  addReadingOptions(command).action(async (paths: string[], options: CommonOptions) => {
    const { logs } = await readInputs(paths, options, io);
    io.stdout.write(renderParseJson(logs));
  });
}
