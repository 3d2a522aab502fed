/** What a command run without paths says when the folder it looked in holds no logs: how to point it at them. */

import { configFileName } from '../config/load.js';
import { WorklogError } from '../errors.js';
import type { WorkLog } from '../model/log.js';

/** Whether a file reads as a work log at all: a README or a page of notes has no date and nothing worklog reads. */
export function readsAsLog(log: WorkLog): boolean {
  return log.date !== null || log.items.length > 0 || log.staffing.length > 0 || log.diagrams.length > 0;
}

/** Where the logs were looked for: the configuration's `logDir`, or the current directory. */
export interface LookedIn {
  folder: string;
  fromLogDir: boolean;
}

/** One line: where worklog looked, what it found instead of logs, and the three ways to point it at them. */
export function noLogsError({ folder, fromLogDir }: LookedIn, notLogs: readonly string[], skipped = 0): WorklogError {
  const where = fromLogDir ? `${folder} (logDir in ${configFileName})` : folder === '.' ? 'the current directory' : folder;
  const more = notLogs.length > 3 ? ` and ${notLogs.length - 3} more` : '';
  const found = notLogs.length === 0 ? '' : ` (${notLogs.slice(0, 3).join(', ')}${more}: no date, no items)`;
  const ignored = skipped > 0 ? ` (${skipped} skipped by ignores or .gitignore)` : '';
  const logDir = fromLogDir ? `fix "logDir" in ${configFileName}` : `set "logDir" in ${configFileName} (worklog init writes one)`;
  return new WorklogError(`no logs in ${where}${found}${ignored}; pass a log, a folder or a quoted glob (e.g. logs/ or 'logs/**/*.md'), or ${logDir}`);
}
