/** Runs worklog with the real process and sets its exit code: what both builds of the executable start with. */

import { processIO } from './io.js';
import { run } from './program.js';

export async function start(): Promise<void> {
  // A reader that stops early (`worklog report | head`) closes the pipe: that is the end of the run, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await run(process.argv.slice(2), processIO());
}
