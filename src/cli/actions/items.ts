/** What `worklog items` does: open items grouped by section, highest priority first. */

import { isOpen } from '../../analyze/items.js';
import { exitCodes } from '../../errors.js';
import { formats } from '../../render/formats.js';
import type { Invocation } from '../commands.js';
import { writeFormatted } from '../format.js';
import { readInputs, warnUnreadable } from '../load.js';
import type { CommonOptions } from '../options.js';

export interface ItemsOptions extends CommonOptions {
  all?: boolean;
}

export async function itemsAction({ paths, options, io }: Invocation<ItemsOptions>): Promise<number> {
  const { logs, unreadable } = await readInputs(paths, options, io);
  warnUnreadable(io, unreadable);
  const selected = logs.map((log) => ({ log, items: options.all ? log.items : log.items.filter(isOpen) }));
  await writeFormatted(io, options, formats.items, selected);
  return exitCodes.ok;
}
