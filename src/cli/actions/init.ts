/** What `worklog init` does: writes a small starter worklog.config.json, or with `--full` every key at its default. */

import { join } from 'node:path';
import { configFileName } from '../../config/load.js';
import { fullConfig, starterConfig } from '../../config/starter.js';
import { exitCodes } from '../../errors.js';
import { writeNewFile } from '../../io/write-new.js';
import type { Invocation } from '../commands.js';
import type { CommonOptions } from '../options.js';

export interface InitOptions extends CommonOptions {
  full?: boolean;
}

export async function initAction({ options, io }: Invocation<InitOptions>): Promise<number> {
  const full = options.full === true;
  await writeNewFile(join(io.cwd, configFileName), `${JSON.stringify(full ? fullConfig() : starterConfig(), null, 2)}\n`, configFileName);
  io.stdout.write(full
    ? `wrote ${configFileName} with every key at its default: edit it, or delete the keys you keep at their defaults\n`
    : `wrote ${configFileName}: set logDir and coverage.systems; every other key keeps its built-in default (init --full lists them all)\n`);
  return exitCodes.ok;
}
