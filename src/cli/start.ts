/** Runs worklog with the real process and sets its exit code: what both builds of the executable start with. */

import { processIO } from './io.js';
import { run } from './program.js';

export async function start(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), processIO());
}
