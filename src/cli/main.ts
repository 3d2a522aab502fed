/** The executable's entry: run with the real process, exit with its code. */

import { start } from './start.js';

await start();
