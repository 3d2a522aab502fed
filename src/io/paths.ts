/** Expands the paths a user gives (files, directories, globs) into the log files to read. */

import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { WorklogError } from '../errors.js';

const isMarkdown = (name: string): boolean => /\.(md|markdown)$/i.test(name);

async function kindOf(path: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

async function expandOne(path: string, cwd: string): Promise<string[]> {
  const kind = await kindOf(resolve(cwd, path));
  if (kind === 'file') return [path];
  if (kind === 'directory') {
    let names: string[];
    try {
      names = await readdir(resolve(cwd, path));
    } catch {
      throw new WorklogError(`${path}: cannot list the directory (permission denied)`);
    }
    const logs = names.filter(isMarkdown).sort().map((name) => join(path, name));
    if (logs.length === 0) throw new WorklogError(`${path}: no markdown logs (*.md) in this directory`);
    return logs;
  }
  // The glob library loads only for a path that is not a file or directory.
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (isDynamicPattern(path)) {
    const matches = (await glob(path, { cwd, onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0) throw new WorklogError(`${path}: no files match this pattern`);
    return matches;
  }
  throw new WorklogError(`${path}: no such file or directory`);
}

/** The files to read, in the order given, each once. */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    for (const file of await expandOne(path, cwd)) {
      if (!files.includes(file)) files.push(file);
    }
  }
  return files;
}
