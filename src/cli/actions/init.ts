/** What `worklog init` does: writes a starter worklog.config.json with every key at its default. */

import { join } from 'node:path';
import { configFileName } from '../../config/load.js';
import { starterConfig } from '../../config/starter.js';
import { exitCodes } from '../../errors.js';
import { writeNewFile } from '../../io/write-new.js';
import type { Invocation } from '../commands.js';

export async function initAction({ io }: Invocation): Promise<number> {
  await writeNewFile(join(io.cwd, configFileName), `${JSON.stringify(starterConfig(), null, 2)}\n`, configFileName);
  io.stdout.write(`wrote ${configFileName}: edit it, or delete the keys you keep at their defaults\n`);
  return exitCodes.ok;
}
