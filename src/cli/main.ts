/** The executable's entry: run with the real process, exit with its code. */

import { processIO } from './io.js';
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2), processIO());
