/** Reads and parses the logs a command was given. */

import { resolve } from 'node:path';
import { expandPaths } from '../io/paths.js';
import { readLogFile } from '../io/read-log.js';
import type { IsoDate, WorkLog } from '../model/log.js';
import { parseLog } from '../parse/log.js';

export interface LoadOptions {
  cwd: string;
  date?: IsoDate;
}

/** No path means the current directory. */
export async function loadLogs(paths: readonly string[], options: LoadOptions): Promise<WorkLog[]> {
  const files = await expandPaths(paths.length > 0 ? paths : ['.'], options.cwd);
  const logs: WorkLog[] = [];
  for (const file of files) {
    const text = await readLogFile(resolve(options.cwd, file), file);
    logs.push(parseLog(text, { file, date: options.date ?? null }));
  }
  return logs;
}
