/** The cache of parsed logs on disk: one file per log's content and the settings that shape its parse, written atomically, bounded in size. */

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, posix, resolve, win32 } from 'node:path';
import { stringify } from 'safe-stable-stringify';
import { WorklogError } from '../errors.js';
import type { WorkLog } from '../model/log.js';

/** Where the cache lives and how large it may grow. */
export interface CacheSettings {
  dir: string;
  maxBytes: number;
}

export const defaultCacheMegabytes = 200;

/**
 * `WORKLOG_CACHE_DIR`, else the user's cache directory as each system names it; null when the environment names no home.
 * Read from the environment given (not `process.env`), so a run with a pinned environment writes nowhere it did not say.
 */
export function cacheDirectory(env: Readonly<Record<string, string | undefined>>, cwd: string, platform: NodeJS.Platform = process.platform): string | null {
  if (env.WORKLOG_CACHE_DIR) return resolve(cwd, env.WORKLOG_CACHE_DIR);
  if (platform === 'win32') return env.LOCALAPPDATA ? win32.join(env.LOCALAPPDATA, 'worklog', 'Cache') : null;
  if (platform === 'darwin') return env.HOME ? posix.join(env.HOME, 'Library', 'Caches', 'worklog') : null;
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and to be ignored.
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return posix.join(env.XDG_CACHE_HOME, 'worklog');
  return env.HOME ? posix.join(env.HOME, '.cache', 'worklog') : null;
}

/** The cache's place and size cap (`WORKLOG_CACHE_MEGABYTES`), or null when there is nowhere to put it. */
export function cacheSettings(env: Readonly<Record<string, string | undefined>>, cwd: string, platform?: NodeJS.Platform): CacheSettings | null {
  const dir = cacheDirectory(env, cwd, platform);
  if (dir === null) return null;
  const given = env.WORKLOG_CACHE_MEGABYTES;
  const megabytes = given === undefined || given === '' ? defaultCacheMegabytes : Number(given);
  if (!Number.isFinite(megabytes) || megabytes < 0) {
    throw new WorklogError(`WORKLOG_CACHE_MEGABYTES must be a number of megabytes, not ${JSON.stringify(given)}`);
  }
  return { dir, maxBytes: Math.floor(megabytes * 1024 * 1024) };
}

/** A log's place in the cache: its entry when one was there, and how to store one when not. */
export interface CachedLog {
  log: WorkLog | null;
  store(log: WorkLog): void;
}

export interface ModelCache {
  /** The entry for this text read under this name, with the settings the cache was opened with. */
  entry(text: string, file: string): CachedLog;
  /** After a run that stored entries: drops the least recently used ones when the cache may have grown past its cap. */
  close(): void;
}

const marker = 'worklog parsed log';
// Temporary files older than this were left by a run that died between write and rename.
const staleTemporaryMs = 10 * 60 * 1000;
// Evicting down to a little under the cap, so the next few runs need not scan again.
const evictTo = 0.8;
const sizeFile = 'size';
const entryName = /^[0-9a-f]{62}\.json$/;
const temporaryName = /^[0-9a-f]{62}\.json\.\d+\.\d+\.tmp$/;

interface Entry {
  cache: typeof marker;
  key: string;
  log: WorkLog;
}

const isEntry = (value: unknown, key: string, file: string): value is Entry => {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Entry>;
  return entry.cache === marker && entry.key === key && typeof entry.log === 'object' && entry.log !== null && entry.log.file === file;
};

/** The entries on disk with their size and last use, and the temporary files a dead run left behind. */
function listEntries(dir: string): { path: string; bytes: number; used: number }[] {
  const found: { path: string; bytes: number; used: number }[] = [];
  const now = Date.now();
  for (const shard of readdirSync(dir, { withFileTypes: true })) {
    if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
    for (const name of readdirSync(join(dir, shard.name))) {
      // Only names worklog writes: a WORKLOG_CACHE_DIR shared with other tools keeps their files.
      const kind = entryName.test(name) ? 'entry' : temporaryName.test(name) ? 'temporary' : null;
      const path = join(dir, shard.name, name);
      const info = kind ? statSync(path, { throwIfNoEntry: false }) : undefined;
      if (!info?.isFile()) continue;
      if (kind === 'entry') found.push({ path, bytes: info.size, used: info.mtimeMs });
      else if (now - info.mtimeMs > staleTemporaryMs) rmSync(path, { force: true });
    }
  }
  return found;
}

/** Deletes the least recently used entries until the cache is under `evictTo` of its cap; returns the bytes left. */
export function evict(dir: string, maxBytes: number): number {
  const entries = listEntries(dir).sort((a, b) => a.used - b.used);
  let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  if (total <= maxBytes) return total;
  for (const entry of entries) {
    if (total <= maxBytes * evictTo) break;
    try {
      unlinkSync(entry.path);
    } catch {
      // Another run evicted it first.
    }
    total -= entry.bytes;
  }
  return total;
}

/**
 * Opens the cache for one run. `parsing` is everything besides a log's text and name that shapes its parse; it goes into
 * every key, with worklog's version, so an entry is only ever read back by a run that would have parsed the same model.
 * A cache that cannot be written never fails the run: `note` hears why once, and the run goes on without storing.
 */
export function openModelCache(settings: CacheSettings, version: string, parsing: unknown, note: (message: string) => void): ModelCache {
  const { dir, maxBytes } = settings;
  const shape = `${JSON.stringify(version)}\0${stringify(parsing)}\0`;
  const shards = new Set<string>();
  let written = 0;
  let writable = true;
  let temporaries = 0;

  const fail = (error: unknown): void => {
    if (!writable) return;
    writable = false;
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    note(`cannot write the cache in ${dir} (${reason}); going on without it (set WORKLOG_CACHE_DIR, or pass --no-cache)`);
  };

  /** Writes under a name no other run uses, then renames: a reader sees the whole entry or none. */
  const writeAtomically = (path: string, text: string): void => {
    const temporary = `${path}.${process.pid}.${temporaries++}.tmp`;
    writeFileSync(temporary, text);
    try {
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  };

  const read = (path: string, key: string, file: string): WorkLog | null => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return null;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return null;
    }
    if (!isEntry(value, key, file)) return null;
    try {
      // The last use, for eviction.
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // A read-only cache still serves.
    }
    return value.log;
  };

  const store = (path: string, shard: string, key: string, log: WorkLog): void => {
    if (!writable) return;
    try {
      if (!shards.has(shard)) {
        mkdirSync(join(dir, shard), { recursive: true });
        shards.add(shard);
      }
      const text = JSON.stringify({ cache: marker, key, log } satisfies Entry);
      writeAtomically(path, text);
      written += Buffer.byteLength(text);
    } catch (error) {
      fail(error);
    }
  };

  return {
    entry(text, file) {
      // The name is in the key: the model carries it, and the log's date may come from it.
      const key = createHash('sha256').update(shape).update(JSON.stringify(file)).update('\0').update(text).digest('hex');
      const shard = key.slice(0, 2);
      const path = join(dir, shard, `${key.slice(2)}.json`);
      return { log: read(path, key, file), store: (log) => store(path, shard, key, log) };
    },
    close() {
      if (written === 0 || !writable) return;
      try {
        // A running estimate of the cache's size, so that most runs need not list it; runs that share it may lose each other's share.
        const estimate = Number(readFileSync(join(dir, sizeFile), { encoding: 'utf8', flag: 'a+' })) || 0;
        const total = estimate + written > maxBytes ? evict(dir, maxBytes) : estimate + written;
        writeAtomically(join(dir, sizeFile), String(total));
      } catch (error) {
        fail(error);
      }
    },
  };
}
