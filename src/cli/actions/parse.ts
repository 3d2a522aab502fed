/** What `worklog parse` does: the typed model as JSON. */

import { renderParseJson } from '../../render/json.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { type CommonOptions } from '../options.js';

export async function parseAction(paths: string[], options: CommonOptions, io: CliIO): Promise<void> {
  const { logs } = await readInputs(paths, options, io);
  io.stdout.write(renderParseJson(logs));
}
