/** Expands the paths a user gives (files, directories, globs, `-` for standard input) into the logs to read. */

// Synchronous calls: node:fs/promises would load readline and file watchers at every start.
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
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

/** Where entry `name` of directory `absolute` is: a string while every name on the way is UTF-8, else its bytes. */
function childOf(absolute: string | Buffer, name: Buffer): string | Buffer {
  if (typeof absolute === 'string' && firstInvalidUtf8(name) === null) return join(absolute, name.toString('utf8'));
  return Buffer.concat([Buffer.from(absolute), Buffer.from(sep), name]);
}

/** An entry of directory `absolute` (shown as `shown`), opened by its bytes when its name is not UTF-8. */
function entryIn(shown: string, absolute: string | Buffer, name: Buffer): LogEntry {
  return { file: join(shown, displayName(name)), path: childOf(absolute, name) };
}

/** What is skipped among the logs found in folders and by globs; a file named on the command line is always read. */
export interface Skips {
  /** The user's `ignores` and `--ignore-pattern`, by absolute path (a folder's path skips what is in it). */
  ignored?: (absolute: string) => boolean;
  /** Git's ignore rules for the work tree holding a path, or null outside one; `--no-gitignore` passes none. */
  gitIgnored?: (absolute: string, isDirectory: boolean) => boolean;
}

const byFile = (a: LogEntry, b: LogEntry): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

// Folders no one keeps logs in, as markdownlint-cli2 and ESLint skip them: installed packages, and `.git`, `.github`, `.obsidian`.
const isSkippedFolder = (name: string): boolean => name === 'node_modules' || name.startsWith('.');

/** What a walk found: the logs, and how many markdown files the skips left out. */
interface Found {
  logs: LogEntry[];
  skipped: number;
}

/**
 * The markdown entries of a folder and, recursively, of the folders in it, whatever they are: a link, a FIFO or a
 * folder named `*.md` is listed, to be reported when read; a link to a folder is not followed.
 */
async function walk(shown: string, absolute: string | Buffer, skips: Skips, found: Found): Promise<void> {
  let names: Buffer[];
  try {
    names = readdirSync(absolute, { encoding: 'buffer' });
  } catch {
    throw new WorklogError(`${shown}: cannot list the directory (permission denied)`);
  }
  for (const name of names) {
    const at = childOf(absolute, name);
    const entry: LogEntry = { file: join(shown, displayName(name)), path: at };
    // Ignore rules are globs over text: a name that is not UTF-8 is matched as reports show it.
    const decoded = typeof at === 'string' ? at : join(displayName(Buffer.from(absolute)), displayName(name));
    // The suffix is ASCII, so the bytes read as Latin-1 end in it exactly when the name does.
    if (isMarkdown(name.toString('latin1'))) {
      if (skips.ignored?.(decoded) || skips.gitIgnored?.(decoded, false)) found.skipped += 1;
      else found.logs.push(entry);
      continue;
    }
    if (isSkippedFolder(name.toString('latin1')) || skips.ignored?.(decoded) || skips.gitIgnored?.(decoded, true)) continue;
    const isFolder = lstatOf(at)?.isDirectory() ?? false;
    if (isFolder) await walk(entry.file, at, skips, found);
  }
}

/** A folder with no markdown file to read; a run given no path says instead how to point worklog at its logs. */
export class NoMarkdownError extends WorklogError {
  /** How many markdown files the ignores and .gitignore left out. */
  readonly skipped: number;

  constructor(message: string, skipped: number) {
    super(message);
    this.skipped = skipped;
  }
}

/** Every log in a folder and the folders in it, sorted by name. */
async function listDirectory(path: string, absolute: string, skips: Skips): Promise<LogEntry[]> {
  const found: Found = { logs: [], skipped: 0 };
  await walk(path, absolute, skips, found);
  if (found.logs.length === 0) {
    const skipped = found.skipped > 0 ? ` (${found.skipped} skipped by ignores or .gitignore)` : '';
    throw new NoMarkdownError(`${path}: no markdown logs (*.md, *.markdown) in this directory or the ones in it${skipped}; for other files pass a quoted glob, e.g. '${join(path, '**', '*.txt')}'`, found.skipped);
  }
  return found.logs.sort(byFile);
}

/** What a path is itself (a link not followed), or undefined when it is nothing or cannot be looked at. */
function lstatOf(path: string | Buffer): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The names in a folder as bytes, none when it cannot be listed. */
function namesIn(folder: string): Buffer[] {
  try {
    return readdirSync(folder, { encoding: 'buffer' });
  } catch {
    return [];
  }
}

/** Whether a path leads, through links, to a folder (false when it leads nowhere or cannot be looked at). */
function isDirectoryAt(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/**
 * A name that is not UTF-8 reaches us, from the command line or a glob, with U+FFFD in place of its stray bytes: the
 * entry of its directory whose name decodes to it, found by its bytes.
 */
async function entryByDecodedName(path: string, cwd: string): Promise<LogEntry | null> {
  if (!path.includes('\uFFFD')) return null;
  const names = namesIn(resolve(cwd, dirname(path)));
  const name = names.find((candidate) => candidate.toString('utf8') === basename(path));
  return name ? entryIn(dirname(path), resolve(cwd, dirname(path)), name) : null;
}

const exists = (path: string): boolean => lstatOf(path) !== undefined;

/** Whether a file a glob found is skipped: by a pattern, or by git, itself or a folder it is in. */
const isSkipped = (absolute: string, skips: Skips): boolean => skips.ignored?.(absolute) === true || skips.gitIgnored?.(absolute, false) === true;

async function expandOne(path: string, cwd: string, stdinName: string, skips: Skips): Promise<LogEntry[]> {
  if (path === stdinPath) return [{ file: stdinName, path: null }];
  const absolute = resolve(cwd, path);
  // A dangling link or a FIFO named on the command line exists: it is read, and reported, like any file.
  if (exists(absolute)) {
    const isDirectory = isDirectoryAt(absolute);
    return isDirectory ? listDirectory(path, absolute, skips) : [{ file: path, path: absolute }];
  }
  const byBytes = await entryByDecodedName(path, cwd);
  if (byBytes) return [byBytes];
  // The glob library loads only for a path that is not a file or directory.
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (isDynamicPattern(path)) {
    const all = (await glob(path, { cwd, onlyFiles: true, expandDirectories: false })).sort();
    if (all.length === 0) throw new WorklogError(`${path}: no files match this pattern`);
    const matches = all.filter((match) => !isSkipped(resolve(cwd, match), skips));
    if (matches.length === 0) throw new WorklogError(`${path}: every file it matches is skipped by ignores or .gitignore`);
    return Promise.all(matches.map(async (match) => (await entryByDecodedName(match, cwd)) ?? { file: match, path: resolve(cwd, match) }));
  }
  throw new WorklogError(`${path}: no such file or directory`);
}

/** How paths are expanded: what standard input is called in findings, and what found logs are skipped. */
export interface ExpandOptions extends Skips {
  stdinName?: string;
}

/** The logs to read, in the order given, each once. */
export async function expandPaths(paths: readonly string[], cwd: string, options: ExpandOptions = {}): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  // A set of the names seen: comparing each entry with every earlier one grows with the square of a folder's logs.
  const seen = new Set<string>();
  for (const path of paths) {
    for (const entry of await expandOne(path, cwd, options.stdinName ?? stdinPath, options)) {
      if (seen.has(entry.file)) continue;
      seen.add(entry.file);
      entries.push(entry);
    }
  }
  return entries;
}
