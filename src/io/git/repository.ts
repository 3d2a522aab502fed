/** Finds the git repository a directory is in and the commit its HEAD names, by reading files: git itself never runs. */

import { lstatSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { readSmallFile } from './files.js';

export interface Repository {
  /** The top of the work tree: paths in commits are relative to it. */
  worktree: string;
  /** Where HEAD is (a linked work tree has its own). */
  gitdir: string;
  /** Where the objects and the shared refs are: the main repository's for a linked work tree, else `gitdir`. */
  commondir: string;
}

const smallFile = 64 * 1024;
const objectId = /^[0-9a-f]{40}$/;

const text = (path: string): string | null => readSmallFile(path, smallFile)?.toString('utf8') ?? null;

/** The git directory a `.git` entry stands for: the directory itself, or where a `.git` file (`gitdir: …`) points. */
function gitdirOf(dotGit: string): string | null {
  let isDirectory: boolean;
  try {
    isDirectory = lstatSync(dotGit).isDirectory();
  } catch {
    return null;
  }
  if (isDirectory) return dotGit;
  const pointer = /^gitdir: (.+)$/m.exec(text(dotGit) ?? '')?.[1]?.trim();
  if (!pointer) return null;
  return isAbsolute(pointer) ? pointer : resolve(dirname(dotGit), pointer);
}

/**
 * The repository whose work tree holds `directory`: the nearest `.git` above it. A bare repository is never
 * discovered (like git's `safe.bareRepository=explicit`), so a folder laid out as one is only a folder.
 */
export function findRepository(directory: string): Repository | null {
  for (let current = resolve(directory); ; current = dirname(current)) {
    const gitdir = gitdirOf(join(current, '.git'));
    if (gitdir && text(join(gitdir, 'HEAD')) !== null) {
      const common = text(join(gitdir, 'commondir'))?.trim();
      return { worktree: current, gitdir, commondir: common ? resolve(gitdir, common) : gitdir };
    }
    if (dirname(current) === current) return null;
  }
}

/** The object id a ref names: a loose ref file, else a line of `packed-refs`; a symbolic ref is followed a few steps. */
function resolveRef(repository: Repository, name: string, depth = 0): string | null {
  if (depth > 5 || name.includes('..')) return null;
  const loose = text(join(name === 'HEAD' ? repository.gitdir : repository.commondir, name))?.trim();
  if (loose !== undefined) {
    const target = /^ref: (\S+)$/.exec(loose)?.[1];
    if (target) return resolveRef(repository, target, depth + 1);
    return objectId.test(loose) ? loose : null;
  }
  for (const line of (text(join(repository.commondir, 'packed-refs')) ?? '').split('\n')) {
    const [id, ref] = line.trim().split(' ');
    if (ref === name && id && objectId.test(id)) return id;
  }
  return null;
}

/** The commit HEAD names, or null (no commit yet, a SHA-256 repository, an unreadable ref). */
export function headCommit(repository: Repository): string | null {
  return resolveRef(repository, 'HEAD');
}
