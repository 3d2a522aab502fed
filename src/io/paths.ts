/** Expands the paths a user gives (files, directories, globs, `-` for standard input) into the logs to read. */

import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { WorklogError } from '../errors.js';
import { firstInvalidUtf8 } from './decode.js';

/** A log to read: the name findings give it, and where its bytes are (a Buffer for a name that is not UTF-8, null for standard input). */
export interface LogEntry {
  file: string;
  path: string | Buffer | null;
}

/** The path that means standard input. */
export const stdinPath = '-';

const isMarkdown = (name: string): boolean => /\.(md|markdown)$/i.test(name);

/** A file name as reports show it: UTF-8 as it is, every other byte written `<E9>`, as `less` shows it (a backslash would read as a separator). */
export function displayName(name: Uint8Array): string {
  let text = '';
  let rest = name;
  for (let invalid = firstInvalidUtf8(rest); invalid; invalid = firstInvalidUtf8(rest)) {
    text += `${Buffer.from(rest.subarray(0, invalid.offset)).toString('utf8')}<${(rest[invalid.offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}>`;
    rest = rest.subarray(invalid.offset + 1);
  }
  return text + Buffer.from(rest).toString('utf8');
}

/** An entry of directory `absolute` (shown as `shown`), opened by its bytes when its name is not UTF-8. */
function entryIn(shown: string, absolute: string, name: Buffer): LogEntry {
  const decoded = displayName(name);
  if (firstInvalidUtf8(name) === null) return { file: join(shown, decoded), path: join(absolute, decoded) };
  return { file: join(shown, decoded), path: Buffer.concat([Buffer.from(absolute + sep), name]) };
}

/** The directory's markdown entries, whatever they are: a link, a FIFO or a directory named `*.md` is reported when read. */
async function listDirectory(path: string, absolute: string): Promise<LogEntry[]> {
  let names: Buffer[];
  try {
    names = await readdir(absolute, { encoding: 'buffer' });
  } catch {
    throw new WorklogError(`${path}: cannot list the directory (permission denied)`);
  }
  // The suffix is ASCII, so the bytes read as Latin-1 end in it exactly when the name does.
  const logs = names.filter((name) => isMarkdown(name.toString('latin1'))).map((name) => entryIn(path, absolute, name));
  if (logs.length === 0) throw new WorklogError(`${path}: no markdown logs (*.md) in this directory`);
  return logs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * A name that is not UTF-8 reaches us, from the command line or a glob, with U+FFFD in place of its stray bytes: the
 * entry of its directory whose name decodes to it, found by its bytes.
 */
async function entryByDecodedName(path: string, cwd: string): Promise<LogEntry | null> {
  if (!path.includes('\uFFFD')) return null;
  const names = await readdir(resolve(cwd, dirname(path)), { encoding: 'buffer' }).catch(() => []);
  const name = names.find((candidate) => candidate.toString('utf8') === basename(path));
  return name ? entryIn(dirname(path), resolve(cwd, dirname(path)), name) : null;
}

const exists = (path: string): Promise<boolean> => lstat(path).then(() => true, () => false);

async function expandOne(path: string, cwd: string, stdinName: string): Promise<LogEntry[]> {
  if (path === stdinPath) return [{ file: stdinName, path: null }];
  const absolute = resolve(cwd, path);
  // A dangling link or a FIFO named on the command line exists: it is read, and reported, like any file.
  if (await exists(absolute)) {
    const isDirectory = await stat(absolute).then((info) => info.isDirectory(), () => false);
    return isDirectory ? listDirectory(path, absolute) : [{ file: path, path: absolute }];
  }
  const byBytes = await entryByDecodedName(path, cwd);
  if (byBytes) return [byBytes];
  // The glob library loads only for a path that is not a file or directory.
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (isDynamicPattern(path)) {
    const matches = (await glob(path, { cwd, onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0) throw new WorklogError(`${path}: no files match this pattern`);
    return Promise.all(matches.map(async (match) => (await entryByDecodedName(match, cwd)) ?? { file: match, path: resolve(cwd, match) }));
  }
  throw new WorklogError(`${path}: no such file or directory`);
}

/** The logs to read, in the order given, each once; `stdinName` is what standard input is called in findings. */
export async function expandPaths(paths: readonly string[], cwd: string, stdinName: string = stdinPath): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  for (const path of paths) {
    for (const entry of await expandOne(path, cwd, stdinName)) {
      if (!entries.some((seen) => seen.file === entry.file)) entries.push(entry);
    }
  }
  return entries;
}
