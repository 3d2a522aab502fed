/** Whether git ignores a path in a work tree, from its `.gitignore` files and `info/exclude`, read as data: git never runs. */

import { isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readSmallFile } from './files.js';
import type { Repository } from './repository.js';

const ignoreFileBytes = 1024 * 1024;

function matcher(path: string): Ignore | null {
  const text = readSmallFile(path, ignoreFileBytes)?.toString('utf8');
  return text === undefined ? null : ignore().add(text);
}

/** A test of an absolute path in `repository`'s work tree; paths outside it are never ignored. */
export function gitIgnored(repository: Repository): (absolute: string, isDirectory: boolean) => boolean {
  const exclude = matcher(join(repository.commondir, 'info', 'exclude'));
  const perFolder = new Map<string, Ignore | null>();
  const gitignoreIn = (folder: string): Ignore | null => {
    if (!perFolder.has(folder)) perFolder.set(folder, matcher(join(repository.worktree, folder, '.gitignore')));
    return perFolder.get(folder) ?? null;
  };

  // As git decides: info/exclude first, then each .gitignore from the top down, the last pattern that matches wins.
  const ignoredHere = (parts: readonly string[], isDirectory: boolean): boolean => {
    let ignored = false;
    const apply = (rules: Ignore | null, path: string) => {
      const result = rules?.test(isDirectory ? `${path}/` : path);
      if (result?.ignored) ignored = true;
      else if (result?.unignored) ignored = false;
    };
    apply(exclude, parts.join('/'));
    for (let level = 0; level < parts.length; level += 1) apply(gitignoreIn(parts.slice(0, level).join('/')), parts.slice(level).join('/'));
    return ignored;
  };

  return (absolute, isDirectory) => {
    const path = relative(repository.worktree, absolute);
    if (path === '' || path.startsWith('..') || isAbsolute(path)) return false;
    const parts = path.split(sep);
    // Git never looks inside an ignored folder, so nothing in it can be taken back by a `!` pattern.
    return parts.some((_, at) => ignoredHere(parts.slice(0, at + 1), at < parts.length - 1 || isDirectory));
  };
}
