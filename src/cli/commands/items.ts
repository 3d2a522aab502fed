/** `worklog items`: open items grouped by section, highest priority first. */

import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import type { ItemsOptions } from '../actions/items.js';
import { addFormatOption, addReadingOptions } from '../options.js';

export function registerItems(program: Command, io: CliIO): void {
  const command = program
    .command('items')
    .description('list open items by section, highest priority first')
    .argument('[paths...]', 'log files, directories or globs')
    .option('-a, --all', 'list done and cancelled items too');
  addFormatOption(command, ['text', 'markdown', 'json']);
  addReadingOptions(command).action(async (paths: string[], options: ItemsOptions) => {
    // The work, and all it needs, loads only when the command runs, so `--help` and `--version` stay instant.
    await (await import('../actions/items.js')).itemsAction(paths, options, io);
  });
}
