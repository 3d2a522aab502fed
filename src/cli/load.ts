/** Reads what a command works on: the configuration, and the logs it was given, parsed. */

import { relative, resolve } from 'node:path';
import { buildCalendar } from '../calendar/build.js';
import type { WorkCalendar } from '../calendar/working-days.js';
import { loadConfig } from '../config/load.js';
import { expandPaths } from '../io/paths.js';
import { readLogFile } from '../io/read-log.js';
import type { WorklogConfig } from '../model/config.js';
import type { WorkLog } from '../model/log.js';
import { parseLog } from '../parse/log.js';
import { withExtraHeaders } from '../parse/staffing-headers.js';
import { writeError, type CliIO } from './io.js';
import type { CommonOptions } from './options.js';
import { todayFrom } from './today.js';

export interface Inputs {
  config: WorklogConfig;
  calendar: WorkCalendar;
  logs: WorkLog[];
}

/** No path means the configuration's log directory, else the current directory. */
export async function readInputs(paths: readonly string[], options: CommonOptions, io: CliIO): Promise<Inputs> {
  const config = await loadConfig({ cwd: io.cwd, path: options.config });
  for (const deprecation of config.deprecations) writeError(io, deprecation);
  const defaultPath = config.logDir ? relative(io.cwd, config.logDir) || '.' : '.';
  const files = await expandPaths(paths.length > 0 ? paths : [defaultPath], io.cwd);
  const calendar = buildCalendar(config.calendar);
  const headerAliases = withExtraHeaders(config.staffing.headers);
  const today = todayFrom(io.env);
  const logs: WorkLog[] = [];
  for (const file of files) {
    const text = await readLogFile(resolve(io.cwd, file), file);
    logs.push(parseLog(text, { file, date: options.date ?? null, calendar, headerAliases, today, nestingDepth: config.limits.nestingDepth }));
  }
  return { config, calendar, logs };
}
