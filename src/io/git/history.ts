/** The commit that last changed each file, found as `git log -1 -- FILE` finds it: following the parent the file is unchanged in. */

import { createHash } from 'node:crypto';
import { boundedCache } from './cache.js';
import type { ObjectStore } from './objects.js';

/** The last commit that changed a file, and the file's blob in HEAD. */
export interface CommittedFile {
  /** Null when the history is longer than the walk reads before finding it. */
  commit: string | null;
  blob: string;
}

/** How many steps back one run walks at most: a long history where a log never changed must not hold up the report. */
const stepBudget = 20_000;

interface Commit {
  tree: string;
  parents: string[];
}

/** The paths asked about as a tree of their names (bytes as Latin-1, as tree entries are compared); a leaf is the path. */
type PathTree = Map<string, PathTree | string>;

const asTreeName = (name: string): string => Buffer.from(name, 'utf8').toString('latin1');

function pathTree(paths: readonly string[]): PathTree {
  const root: PathTree = new Map();
  for (const path of paths) {
    const names = path.split('/').map(asTreeName);
    let node = root;
    names.forEach((name, index) => {
      if (index === names.length - 1) node.set(name, path);
      else {
        const next = node.get(name);
        const child = next instanceof Map ? next : new Map<string, PathTree | string>();
        node.set(name, child);
        node = child;
      }
    });
  }
  return root;
}

/** Where the entry at `start` of a tree (`mode name\0` and a 20-byte id) ends, or -1. */
function entryEnd(tree: Buffer, start: number): number {
  const nul = tree.indexOf(0, start);
  return nul < 0 || nul + 21 > tree.length ? -1 : nul + 21;
}

/** A tree's entries from `start` on, by name: mode and id, as Latin-1 so that comparing them compares bytes. */
function entriesFrom(tree: Buffer, start: number): Map<string, string> {
  const entries = new Map<string, string>();
  for (let at = start, end = entryEnd(tree, at); end !== -1; at = end, end = entryEnd(tree, at)) {
    const space = tree.indexOf(0x20, at);
    entries.set(tree.toString('latin1', space + 1, end - 21), tree.toString('latin1', at, space) + tree.toString('latin1', end - 20, end));
  }
  return entries;
}

/** The length of the bytes two buffers start with alike, by halving: each step is one native comparison. */
function commonPrefix(a: Buffer, b: Buffer): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (a.compare(b, 0, middle, 0, middle) === 0) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The names whose entries differ between two versions of a tree. Entries before the first differing byte are skipped
 * unread: a log folder gains one file a day, and its new name sorts last.
 */
function changedNames(a: Buffer, b: Buffer): Set<string> {
  const prefix = commonPrefix(a, b);
  let start = 0;
  for (let end = entryEnd(a, 0); end !== -1 && end <= prefix; end = entryEnd(a, end)) start = end;
  const before = entriesFrom(a, start);
  const after = entriesFrom(b, start);
  const changed = new Set<string>();
  for (const [name, entry] of before) if (after.get(name) !== entry) changed.add(name);
  for (const name of after.keys()) if (!before.has(name)) changed.add(name);
  return changed;
}

/** Reads commits and trees, each commit once; trees are kept only while recent, since the walk moves on from them. */
function historyReader(store: ObjectStore) {
  const commits = new Map<string, Commit | null>();
  // Only recent trees are kept: a walk goes back in time and seldom returns.
  const trees = boundedCache<Buffer | null>(256, 64 * 1024 * 1024, (tree) => tree?.length ?? 0);
  const parsed = boundedCache<Map<string, string>>(64, 64 * 1024 * 1024, (entries) => entries.size * 64);

  const commit = (id: string): Commit | null => {
    if (!commits.has(id)) {
      const object = store.read(id);
      const header = object?.type === 'commit' ? object.body.toString('utf8', 0, object.body.indexOf('\n\n')) : '';
      const tree = /^tree ([0-9a-f]{40})$/m.exec(header)?.[1];
      commits.set(id, tree ? { tree, parents: [...header.matchAll(/^parent ([0-9a-f]{40})$/gm)].map((match) => match[1] ?? '') } : null);
    }
    return commits.get(id) ?? null;
  };

  const tree = (id: string | null): Buffer | null => {
    if (id === null) return null;
    if (trees.has(id)) return trees.get(id) ?? null;
    const object = store.read(id);
    return trees.set(id, object?.type === 'tree' ? object.body : null);
  };

  /** The id (hex) of entry `name` in a tree, or null. */
  const entry = (treeId: string | null, name: string): string | null => {
    const body = tree(treeId);
    if (!body || treeId === null) return null;
    const found = (parsed.get(treeId) ?? parsed.set(treeId, entriesFrom(body, 0))).get(name);
    return found === undefined ? null : Buffer.from(found.slice(-20), 'latin1').toString('hex');
  };

  return { commit, tree, entry };
}

type Reader = ReturnType<typeof historyReader>;

/** The paths of `active` under `node` whose entries differ between two trees; identical subtrees are not opened. */
function changedPaths(reader: Reader, child: string | null, parent: string | null, node: PathTree, active: ReadonlySet<string>, out: Set<string>): void {
  if (child === parent) return;
  const [childTree, parentTree] = [reader.tree(child), reader.tree(parent)];
  const differ = childTree && parentTree ? changedNames(childTree, parentTree) : null;
  for (const [name, next] of node) {
    if (differ && !differ.has(name)) continue;
    if (typeof next === 'string') {
      if (active.has(next)) out.add(next);
    } else changedPaths(reader, reader.entry(child, name), reader.entry(parent, name), next, active, out);
  }
}

/**
 * For each path, its blob in `head` and the newest commit that changed it. Like git's history simplification, a commit in
 * which a file is the same as in one of its parents did not change it, and the walk goes on through the first such parent.
 * All paths walk together, so each commit and tree is read once however many logs there are.
 */
export function lastCommits(store: ObjectStore, head: string, paths: readonly string[]): Map<string, CommittedFile> {
  const reader = historyReader(store);
  const found = new Map<string, CommittedFile>();
  const blobs = new Map<string, string>();
  for (const path of paths) {
    let id: string | null = reader.commit(head)?.tree ?? null;
    for (const name of path.split('/')) id = reader.entry(id, asTreeName(name));
    if (id !== null) blobs.set(path, id);
  }
  const tree = pathTree([...blobs.keys()]);
  const walks = [{ commit: head, paths: new Set(blobs.keys()) }];
  // Steps, not commits, are counted: objects whose ids are forged can make a history go round in a circle.
  let steps = 0;
  for (let walk = walks.pop(); walk; walk = walks.pop()) {
    let { commit, paths: active } = walk;
    while (active.size > 0) {
      if ((steps += 1) > stepBudget) {
        for (const path of active) found.set(path, { commit: null, blob: blobs.get(path) ?? '' });
        break;
      }
      // A parent missing from a shallow clone ends the history as a root commit does.
      const parents = (reader.commit(commit)?.parents ?? []).filter((parent) => reader.commit(parent) !== null);
      const remaining = new Set(active);
      const through = parents.map((parent) => {
        const changed = new Set<string>();
        changedPaths(reader, reader.commit(commit)?.tree ?? null, reader.commit(parent)?.tree ?? null, tree, remaining, changed);
        const same = new Set([...remaining].filter((path) => !changed.has(path)));
        for (const path of same) remaining.delete(path);
        return { commit: parent, paths: same };
      }).filter((next) => next.paths.size > 0);
      for (const path of remaining) found.set(path, { commit, blob: blobs.get(path) ?? '' });
      const [next, ...others] = through;
      for (const other of others) walks.push(other);
      if (!next) break;
      ({ commit, paths: active } = next);
    }
  }
  return found;
}

/** The id git gives a file's content: SHA-1 of `blob <size>\0` and the bytes. */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
