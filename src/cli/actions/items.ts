/** What `worklog items` does: today's open items grouped by section, highest priority first, with their ages. */

import { newestLog } from '../../analyze/findings.js';
import { isOpen } from '../../analyze/items.js';
import { buildHistory } from '../../history/aging.js';
import { exitCodes } from '../../errors.js';
import { formats } from '../../render/formats.js';
import type { Invocation } from '../commands.js';
import { writeFormatted } from '../format.js';
import { readInputs, warnUnreadable } from '../load.js';
import type { CommonOptions } from '../options.js';

export interface ItemsOptions extends CommonOptions {
  all?: boolean;
  allLogs?: boolean;
}

export async function itemsAction({ paths, options, io }: Invocation<ItemsOptions>): Promise<number> {
  const { logs, unreadable, calendar } = await readInputs(paths, options, io, { needsLog: true });
  warnUnreadable(io, unreadable);
  // One day at a time: the older logs give today's items their ages; `--all-logs` lists every log.
  const today = newestLog(logs);
  const shown = options.allLogs ? logs : logs.filter((log) => log === today);
  const selected = shown.map((log) => {
    const history = buildHistory(logs, log, calendar);
    return { log, items: options.all ? log.items : log.items.filter(isOpen), ages: history.ages, hasPrevious: history.previous !== null };
  });
  await writeFormatted(io, options, formats.items, selected);
  return exitCodes.ok;
}
