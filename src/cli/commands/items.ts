/** `worklog items`: open items grouped by section, highest priority first. */

import type { Command } from 'commander';
import { isOpen } from '../../analyze/items.js';
import { renderItemsJson } from '../../render/json.js';
import { renderItemsMarkdown } from '../../render/markdown/items.js';
import { renderItemsText } from '../../render/text/items.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { addFormatOption, addReadingOptions, writeFormatted, type CommonOptions } from '../options.js';

interface ItemsOptions extends CommonOptions {
  all?: boolean;
}

export function registerItems(program: Command, io: CliIO): void {
  const command = program
    .command('items')
    .description('list open items by section, highest priority first')
    .argument('[paths...]', 'log files, directories or globs')
    .option('-a, --all', 'list done and cancelled items too');
  addFormatOption(command, ['text', 'markdown', 'json']);
  addReadingOptions(command).action(async (paths: string[], options: ItemsOptions) => {
    const { logs } = await readInputs(paths, options, io);
    const selected = logs.map((log) => ({ log, items: options.all ? log.items : log.items.filter(isOpen) }));
    writeFormatted(io, options, {
      json: () => renderItemsJson(selected),
      markdown: () => renderItemsMarkdown(selected),
      text: (style) => renderItemsText(selected, style),
    });
  });
}
