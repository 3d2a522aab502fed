/**
 * The git commit each log file was last committed in, for reports to name what they were made from. It reads the
 * object store itself: no git process runs, so nothing a repository configures (fsmonitor, filters, hooks) is executed,
 * and no lock is taken, so a `git add` running meanwhile is never refused.
 */

import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { blobId, lastCommits } from './git/history.js';
import { openObjectStore } from './git/objects.js';
import { findRepository, headCommit, type Repository } from './git/repository.js';

/** A log file to name a commit for: its absolute path and the text that was read from it. */
export interface CommitQuery {
  path: string;
  text: string;
}

/** Which repositories are read: the one the working directory is in (the default), or each file's own. */
export type ProvenanceScope = 'working-directory' | 'any';

/** The path without links in its directories (the file itself may be a link: git commits the link, not its target). */
function realPath(path: string): string {
  try {
    return join(realpathSync(dirname(path)), basename(path));
  } catch {
    return path;
  }
}

/** Whether the file's blob differs from the committed one; a file git stores with LF endings may have CRLF on disk. */
function changed(text: string, committed: string): boolean {
  const bytes = new TextEncoder().encode(text);
  if (blobId(bytes) === committed) return false;
  return !text.includes('\r\n') || blobId(new TextEncoder().encode(text.replace(/\r\n/g, '\n'))) !== committed;
}

/** `a1b2c3d` for each file in one repository, `a1b2c3d+` when it has changes not committed; null outside HEAD. */
function commitsIn(repository: Repository, queries: readonly CommitQuery[]): (string | null)[] {
  const head = headCommit(repository);
  if (!head) return queries.map(() => null);
  const store = openObjectStore(join(repository.commondir, 'objects'));
  try {
    const worktree = realPath(join(repository.worktree, '.'));
    const pathOf = (query: CommitQuery) => relative(worktree, realPath(query.path)).split(sep).join('/');
    const found = lastCommits(store, head, queries.map(pathOf));
    return queries.map((query) => {
      const file = found.get(pathOf(query));
      if (!file?.commit) return null;
      return `${file.commit.slice(0, 7)}${changed(query.text, file.blob) ? '+' : ''}`;
    });
  } finally {
    store.close();
  }
}

/** The commit of each file, in order: files outside the repositories in scope, untracked or unreadable ones get null. */
export function commitsOf(queries: readonly CommitQuery[], cwd: string, scope: ProvenanceScope): (string | null)[] {
  const own = scope === 'working-directory' ? findRepository(cwd) : null;
  const inside = (repository: Repository, path: string) => !relative(realPath(join(repository.worktree, '.')), realPath(path)).startsWith('..');
  const byRepository = new Map<string, { repository: Repository; queries: CommitQuery[] }>();
  for (const query of queries) {
    const repository = scope === 'any' ? findRepository(dirname(query.path)) : own;
    if (!repository || !inside(repository, query.path)) continue;
    const group = byRepository.get(repository.worktree) ?? { repository, queries: [] };
    group.queries.push(query);
    byRepository.set(repository.worktree, group);
  }
  const commits = new Map<CommitQuery, string | null>();
  for (const group of byRepository.values()) {
    const found = commitsIn(group.repository, group.queries);
    group.queries.forEach((query, at) => commits.set(query, found[at] ?? null));
  }
  return queries.map((query) => commits.get(query) ?? null);
}
