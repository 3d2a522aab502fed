/** What `worklog rules` does: lists every rule worklog can report, with the severity the configuration gives it. */

import { loadConfig } from '../../config/load.js';
import { exitCodes } from '../../errors.js';
import { formats } from '../../render/formats.js';
import { ruleCatalog } from '../../rules/catalog.js';
import type { Invocation } from '../commands.js';
import { writeError } from '../io.js';
import { writeFormatted } from '../format.js';

export async function rulesAction({ options, io }: Invocation): Promise<number> {
  const config = await loadConfig({ cwd: io.cwd, path: options.config });
  for (const deprecation of config.deprecations) writeError(io, deprecation);
  await writeFormatted(io, options, formats.rules, { rules: ruleCatalog, configured: config.rules });
  return exitCodes.ok;
}
