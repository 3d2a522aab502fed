/** The commit that last changed each file, found as `git log -1 -- FILE` finds it: following the parent the file is unchanged in. */

import { createHash } from 'node:crypto';
import type { ObjectStore } from './objects.js';

/** The last commit that changed a file, and the file's blob in HEAD; null when HEAD does not have the file. */
export interface CommittedFile {
  /** Null when the history is longer than the walk reads before finding it. */
  commit: string | null;
  blob: string;
}

/** How many commits one run reads at most: a long history where a log never changed must not hold up the report. */
const commitBudget = 20_000;

interface Commit {
  tree: string;
  parents: string[];
}

/** Reads commits and the trees they name, each once. */
function historyReader(store: ObjectStore) {
  const commits = new Map<string, Commit | null>();
  const trees = new Map<string, Map<string, string> | null>();

  const commit = (id: string): Commit | null => {
    if (!commits.has(id)) {
      const object = store.read(id);
      const header = object?.type === 'commit' ? object.body.toString('utf8', 0, object.body.indexOf('\n\n')) : null;
      const tree = header ? /^tree ([0-9a-f]{40})$/m.exec(header)?.[1] : undefined;
      commits.set(id, tree && header ? { tree, parents: [...header.matchAll(/^parent ([0-9a-f]{40})$/gm)].map((match) => match[1] ?? '') } : null);
    }
    return commits.get(id) ?? null;
  };

  /** A tree's entries by name: `mode name\0` and 20 bytes of id each. */
  const tree = (id: string): Map<string, string> | null => {
    if (!trees.has(id)) {
      const object = store.read(id);
      let entries: Map<string, string> | null = null;
      if (object?.type === 'tree') {
        entries = new Map();
        for (let at = 0; at < object.body.length;) {
          const space = object.body.indexOf(0x20, at);
          const nul = object.body.indexOf(0, space);
          if (space < 0 || nul < 0) break;
          entries.set(object.body.toString('utf8', space + 1, nul), object.body.toString('hex', nul + 1, nul + 21));
          at = nul + 21;
        }
      }
      trees.set(id, entries);
    }
    return trees.get(id) ?? null;
  };

  /** The id at `path` (`/`-separated, from the top of the work tree) in a commit, or null. */
  const at = (commitId: string, path: string): string | null => {
    let id: string | null = commit(commitId)?.tree ?? null;
    for (const name of path.split('/')) id = id === null ? null : tree(id)?.get(name) ?? null;
    return id;
  };

  return { commit, at, commitsRead: () => commits.size };
}

/**
 * For each path, its blob in `head` and the newest commit that changed it. Like git's history simplification, a commit in
 * which the file is the same as in one of its parents did not change it, and the walk goes on through that parent.
 */
export function lastCommits(store: ObjectStore, head: string, paths: readonly string[]): Map<string, CommittedFile> {
  const reader = historyReader(store);
  const found = new Map<string, CommittedFile>();
  for (const path of paths) {
    const blob = reader.at(head, path);
    if (blob === null) continue;
    let current = head;
    let commit: string | null = null;
    while (commit === null && reader.commitsRead() <= commitBudget) {
      const parents = reader.commit(current)?.parents ?? [];
      // A parent missing from a shallow clone ends the history as a root commit does.
      const same = parents.find((parent) => reader.commit(parent) !== null && reader.at(parent, path) === blob);
      if (same === undefined) commit = current;
      else current = same;
    }
    found.set(path, { commit, blob });
  }
  return found;
}

/** The id git gives a file's content: SHA-1 of `blob <size>\0` and the bytes. */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
