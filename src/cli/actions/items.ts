/** What `worklog items` does: open items grouped by section, highest priority first. */

import { isOpen } from '../../analyze/items.js';
import { renderItemsJson } from '../../render/json.js';
import { renderItemsMarkdown } from '../../render/markdown/items.js';
import { renderItemsText } from '../../render/text/items.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { writeFormatted, type CommonOptions } from '../options.js';

export interface ItemsOptions extends CommonOptions {
  all?: boolean;
}

export async function itemsAction(paths: string[], options: ItemsOptions, io: CliIO): Promise<void> {
  const { logs } = await readInputs(paths, options, io);
  const selected = logs.map((log) => ({ log, items: options.all ? log.items : log.items.filter(isOpen) }));
  writeFormatted(io, options, {
    json: () => renderItemsJson(selected),
    markdown: () => renderItemsMarkdown(selected),
    text: (style) => renderItemsText(selected, style),
  });
}
