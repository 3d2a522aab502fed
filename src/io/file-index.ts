/**
 * What a run saw of each log file by its stat, with the cache key its bytes had: a file whose size, modification and
 * change times, inode and device are all as they were need not be read again to find its place in the cache.
 */

import { statSync } from 'node:fs';

/** A regular file's stat, as far as it tells whether the file changed. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
}

/** One file as a run saw it: its path, the name it was read under (the key depends on it), its stamp and its key. */
type FileRecord = [path: string, file: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, dev: number, key: string];

export const fileIndexMarker = 'worklog file index';

/** The index as kept in the cache. */
export interface StoredFileIndex {
  cache: typeof fileIndexMarker;
  key: string;
  files: FileRecord[];
}

// A file changed this recently may change again within its file system's clock step (a second or two on some) and
// keep its times: it is read again next run rather than trusted by its stat.
const settleMs = 3000;

/** The stat of a regular file, or null for anything else or a path that cannot be stat'ed (the reader then says why). */
export function stampOf(path: string): FileStamp | null {
  try {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info?.isFile()) return null;
    return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino, dev: info.dev };
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is FileRecord =>
  Array.isArray(value) && value.length === 8 && typeof value[0] === 'string' && typeof value[1] === 'string' &&
  value.slice(2, 7).every((field) => typeof field === 'number') && typeof value[7] === 'string';

/** Whether a value read from the cache is the index stored under `key` (its records are checked one by one as read). */
export function isStoredFileIndex(value: unknown, key: string): value is StoredFileIndex {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as Partial<StoredFileIndex>;
  return stored.cache === fileIndexMarker && stored.key === key && Array.isArray(stored.files);
}

/** The stored index's records by path, leaving out any spoiled one. */
function recordsIn(stored: StoredFileIndex | null): Map<string, FileRecord> {
  const records = new Map<string, FileRecord>();
  for (const record of stored?.files ?? []) if (isRecord(record)) records.set(record[0], record);
  return records;
}

const sameStamp = (record: FileRecord, stamp: FileStamp): boolean =>
  record[2] === stamp.size && record[3] === stamp.mtimeMs && record[4] === stamp.ctimeMs && record[5] === stamp.ino && record[6] === stamp.dev;

export interface FileIndex {
  /** The key the file had when a run read it under this name, if its stamp is unchanged since. */
  keyOf(path: string, file: string, stamp: FileStamp): string | null;
  /** Notes the key of a file just read, stat'ed before it was read. */
  note(path: string, file: string, stamp: FileStamp, key: string): void;
  /** The index to store (the files this run looked up or noted) when this run noted anything new, else null. */
  changed(): StoredFileIndex | null;
}

/** The index found in the cache under `key` (null when there is none), as of `now`. */
export function fileIndex(stored: StoredFileIndex | null, key: string, now: () => number = Date.now): FileIndex {
  const records = recordsIn(stored);
  const seen = new Set<string>();
  let changed = false;
  return {
    keyOf(path, file, stamp) {
      seen.add(path);
      const record = records.get(path);
      return record && record[1] === file && sameStamp(record, stamp) ? record[7] : null;
    },
    note(path, file, stamp, modelKey) {
      seen.add(path);
      const known = records.get(path);
      if (now() - Math.max(stamp.mtimeMs, stamp.ctimeMs) < settleMs) {
        if (known && records.delete(path)) changed = true;
        return;
      }
      if (known && known[1] === file && known[7] === modelKey && sameStamp(known, stamp)) return;
      records.set(path, [path, file, stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, stamp.dev, modelKey]);
      changed = true;
    },
    changed() {
      if (!changed) return null;
      // A file the run did not meet was removed or moved: its record would only take room.
      return { cache: fileIndexMarker, key, files: [...records.values()].filter(([path]) => seen.has(path)) };
    },
  };
}
