/** `worklog check`: every log's problems for CI, in CI formats, with an exit code that fails the build. */

import { InvalidArgumentError, type Command } from 'commander';
import type { CliIO } from '../io.js';
import { addFormatOption, addReadingOptions } from '../options.js';
import type { CheckOptions } from '../actions/check.js';

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/** `outcome.exitCode` becomes 1 when the findings fail the run. */
export function registerCheck(program: Command, io: CliIO, outcome: { exitCode: number }): void {
  const command = program
    .command('check')
    .description('check every log for CI: exit 1 on errors (or too many warnings), 2 on bad input')
    .argument('[paths...]', 'log files, directories or globs')
    .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount);
  addFormatOption(command, ['text', 'json', 'github', 'sarif', 'junit']);
  addReadingOptions(command).action(async (paths: string[], options: CheckOptions) => {
    // The work, and all it needs, loads only when the command runs, so `--help` and `--version` stay instant.
    await (await import('../actions/check.js')).checkAction(paths, options, io, outcome);
  });
}
