/** `worklog init`: writes a starter worklog.config.json with every key at its default. */

import { join } from 'node:path';
import type { Command } from 'commander';
import { configFileName } from '../../config/load.js';
import { starterConfig } from '../../config/starter.js';
import { writeNewFile } from '../../io/write-new.js';
import type { CliIO } from '../io.js';

export function registerInit(program: Command, io: CliIO): void {
  program
    .command('init')
    .description(`write a starter ${configFileName} in the current directory, every key at its default`)
    .action(async () => {
      await writeNewFile(join(io.cwd, configFileName), `${JSON.stringify(starterConfig(), null, 2)}\n`, configFileName);
      io.stdout.write(`wrote ${configFileName}: edit it, or delete the keys you keep at their defaults\n`);
    });
}
