/** What `worklog new` does: writes the log of today (or `--date`) from the newest log before it, named like its siblings. */

import { lstat, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { exitCodes, WorklogError } from '../../errors.js';
import { nextLog } from '../../history/next-log.js';
import { dateInLogPath, siblingPath } from '../../history/next-name.js';
import { readLog } from '../../io/read-log.js';
import { writeNewFile } from '../../io/write-new.js';
import type { IsoDate } from '../../model/log.js';
import { parseLog } from '../../parse/log.js';
import type { Invocation } from '../commands.js';
import { writeOutput } from '../io.js';
import { unreadableLine } from '../load.js';
import type { CommonOptions } from '../options.js';
import { todayFrom } from '../today.js';

export interface NewOptions extends CommonOptions {
  force?: boolean;
  dryRun?: boolean;
  keepDone?: boolean;
}

interface DatedLog {
  /** `/`-separated, inside the folder. */
  path: string;
  date: IsoDate;
}

/** The folder's logs whose path holds a date, nested folders included, oldest first. */
async function datedLogs(folder: string, shown: string): Promise<DatedLog[]> {
  const isFolder = await lstat(folder).then((info) => info.isDirectory(), () => false);
  if (!isFolder) throw new WorklogError(`${shown}: not a folder of logs`);
  const { glob } = await import('tinyglobby');
  const paths = await glob('**/*.md', { cwd: folder, onlyFiles: true, ignore: ['**/node_modules/**'] });
  return paths
    .flatMap((path) => {
      const date = dateInLogPath(path);
      return date === null ? [] : [{ path, date }];
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : 1));
}

const exists = (path: string): Promise<boolean> => lstat(path).then(() => true, () => false);

export async function newAction({ paths, options, io }: Invocation<NewOptions>): Promise<number> {
  if (paths.length > 1) throw new WorklogError('new takes one folder of logs');
  const config = await loadConfig({ cwd: io.cwd, path: options.config });
  const shownFolder = paths[0] ?? (config.logDir ? relative(io.cwd, config.logDir) || '.' : '.');
  const folder = resolve(io.cwd, shownFolder);
  const day = options.date ?? todayFrom(io.env);
  const logs = await datedLogs(folder, shownFolder);
  const shown = (path: string): string => join(shownFolder, path);

  const newest = logs.filter((log) => log.date < day).at(-1);
  const target = newest ? siblingPath(newest.path, newest.date, day) : null;
  if (!newest || target === null) throw new WorklogError(`${shownFolder}: no log dated before ${day} to start from (name logs like 2024-04-09.md)`);
  // The day's log, once there, is the user's: running again the same day changes nothing.
  const already = logs.find((log) => log.date === day)?.path ?? ((await exists(join(folder, target))) ? target : null);
  if (already !== null && !options.force && !options.dryRun) {
    throw new WorklogError(`${shown(already)}: already exists; worklog never overwrites it (--force writes it again from ${shown(newest.path)})`);
  }
  const targetPath = join(folder, target);

  const text = await readLog({ path: join(folder, newest.path) }, config.limits.fileMegabytes);
  if (typeof text !== 'string') throw new WorklogError(unreadableLine({ file: shown(newest.path), problem: text }));
  const log = parseLog(text, { file: shown(newest.path), date: newest.date, statuses: config.statuses, nestingDepth: config.limits.nestingDepth });
  const next = nextLog(text, { ...log, date: log.date ?? newest.date }, { date: day, keepDone: options.keepDone });
  if (options.dryRun) {
    writeOutput(io, next);
    return exitCodes.ok;
  }
  await mkdir(dirname(targetPath), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new WorklogError(`${shown(dirname(target))}: cannot make the folder (${error.code ?? String(error)})`);
  });
  await writeNewFile(targetPath, next, shown(target), { replace: options.force });
  io.stdout.write(`${shown(target)}\n`);
  return exitCodes.ok;
}
