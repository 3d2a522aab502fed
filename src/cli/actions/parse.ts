/** What `worklog parse` does: the typed model as JSON. */

import { exitCodes } from '../../errors.js';
import { formats } from '../../render/formats.js';
import type { Invocation } from '../commands.js';
import { writeFormatted } from '../format.js';
import { readInputs, warnUnreadable } from '../load.js';

export async function parseAction({ paths, options, io }: Invocation): Promise<number> {
  const { logs, unreadable } = await readInputs(paths, options, io);
  warnUnreadable(io, unreadable);
  await writeFormatted(io, options, formats.parse, logs);
  return exitCodes.ok;
}
