/**
 * The cache of parsed logs on disk: one file per log's content and the settings that shape its parse, beside it one per
 * set of results worked out from that model, and per set of paths a run was asked to read, the index of their files'
 * stats; written atomically, bounded in size.
 */

import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { isAbsolute, join, posix, resolve, win32 } from 'node:path';
import { stringify } from 'safe-stable-stringify';
import { WorklogError } from '../errors.js';
import type { WorkLog } from '../model/log.js';
import { writeFileAtomically } from './atomic-write.js';
import { fileIndex, fileIndexMarker, isStoredFileIndex, type FileIndex } from './file-index.js';
import { jsonPieces } from './json-pieces.js';
import { readModelEntry, writeModelEntry, type EntryHead } from './model-entry.js';
import { readOpenFile } from './read-log.js';

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
  /** The model's key: what results worked out from several logs' models are keyed by. */
  readonly key: string;
  /** Read from its entry on first use: a run that keeps what it needs of a log beside its model need not read the model. */
  readonly log: WorkLog | null;
  /**
   * Stores the model; `log` then hands it out without reading it back, unless `hold` is false (a run that keeps only
   * what it needs of thousands of logs): then it is read from its entry if asked for.
   */
  store(log: WorkLog, options?: { hold?: boolean }): void;
  /** What was worked out from this model under `settings` (from `resultSettings`): kept in an entry of its own, keyed by the model's key and them. */
  results(settings: ResultSettings): CachedResults;
}

/** Results kept beside a model: the value stored (plain JSON, for the caller to check), or null; looked up when first read, so storing alone reads nothing. */
export interface CachedResults {
  readonly value: unknown;
  store(value: unknown): void;
}

/** Everything besides the model that results depend on, written once per run so that thousands of logs do not each write it again. */
export interface ResultSettings {
  readonly written: string;
}

/** The settings results are keyed by, in a stable form (keys in any order, every value that is there), digested once rather than once a log. */
export const resultSettings = (settings: unknown): ResultSettings => ({ written: createHash('sha256').update(String(stringify(settings))).digest('hex') });

/**
 * The day a run is about, which few logs' models depend on: a model that `readsToday` is kept for that day only, any other
 * for every day, so a new day's first run does not read every unchanged log again.
 */
export interface RunDay {
  today: string;
  readsToday(log: WorkLog): boolean;
}

export interface ModelCache {
  /** The entry for this text (or its bytes, UTF-8, which key it alike) read under this name, with the settings the cache was opened with. */
  entry(text: string | Uint8Array, file: string): CachedLog;
  /** The entry of the key a log had (`CachedLog.key`) when read under this name. */
  entryOfKey(key: string, file: string): CachedLog;
  /**
   * The keys of log files as runs with these settings over the same `scope` (what they were asked to read) read them,
   * by their stat: read from the cache on first use, stored again on `close` when noted anew.
   */
  files(scope: string): FileIndex;
  /** After a run (or a step of one) that read or stored entries: stores what the file index noted, and drops the least recently used entries when the cache may have grown past its cap. */
  close(): void;
}

const marker = 'worklog parsed log';
const resultsMarker = 'worklog log results';
// Temporary files older than this were left by a run that died between write and rename.
const staleTemporaryMs = 10 * 60 * 1000;
// Evicting down to a little under the cap, so the next few runs need not scan again.
const evictTo = 0.8;
const sizeFile = 'size';
const entryName = /^[0-9a-f]{62}\.json$/;
const temporaryName = /^[0-9a-f]{62}\.json\.\d+\.\d+\.tmp$/;
// Eviction goes by an entry's last use, which only needs to be known to the hour: an entry used within the hour is not
// marked again, so a run that reads thousands of entries does not rewrite thousands of timestamps.
const markUseAfterMs = 60 * 60 * 1000;

/** An entry's bytes and when it was last marked used, from one open file; null when it cannot be read. */
function readEntry(path: string): { bytes: Buffer; used: number } | null {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const { size, mtimeMs } = fstatSync(descriptor);
    const bytes = readOpenFile(descriptor, size);
    return bytes && { bytes, used: mtimeMs };
  } catch {
    return null;
  } finally {
    closeSync(descriptor);
  }
}

interface ResultsEntry {
  cache: typeof resultsMarker;
  key: string;
  results: unknown;
}

const isResultsEntry = (value: unknown, key: string): value is ResultsEntry => {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<ResultsEntry>;
  return entry.cache === resultsMarker && entry.key === key && 'results' in entry;
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
export function openModelCache(settings: CacheSettings, version: string, parsing: unknown, note: (message: string) => void, day?: RunDay): ModelCache {
  const { dir, maxBytes } = settings;
  const shape = `${JSON.stringify(version)}\0${stringify(parsing)}\0`;
  const shards = new Set<string>();
  let written = 0;
  let writable = true;

  const pathOf = (key: string): string => join(dir, key.slice(0, 2), `${key.slice(2)}.json`);

  const fail = (error: unknown): void => {
    if (!writable) return;
    writable = false;
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    note(`cannot write the cache in ${dir} (${reason}); going on without it (set WORKLOG_CACHE_DIR, or pass --no-cache)`);
  };

  /** Marks an entry read as used, for eviction, unless it was marked within the hour. */
  const touch = (path: string, used: number): void => {
    const now = Date.now();
    if (now - used < markUseAfterMs) return;
    try {
      utimesSync(path, now / 1000, now / 1000);
    } catch {
      // A read-only cache still serves.
    }
  };

  /** The entry at `path` when it is whole JSON and `fits`. */
  const read = <Kept>(path: string, fits: (value: unknown) => value is Kept): Kept | null => {
    const entry = readEntry(path);
    if (!entry) return null;
    let value: unknown;
    try {
      value = JSON.parse(entry.bytes.toString('utf8'));
    } catch {
      return null;
    }
    if (!fits(value)) return null;
    touch(path, entry.used);
    return value;
  };

  const store = (key: string, text: string | Iterable<string>): void => {
    if (!writable) return;
    try {
      const shard = key.slice(0, 2);
      if (!shards.has(shard)) {
        mkdirSync(join(dir, shard), { recursive: true });
        shards.add(shard);
      }
      written += writeFileAtomically(pathOf(key), text);
    } catch (error) {
      fail(error);
    }
  };

  /** The day an entry of this log is kept for: this run's when the model depends on it, else none. */
  const dayOf = (log: WorkLog): string | null => (day?.readsToday(log) ? day.today : null);

  // Results depend on the day when their model does. Before the model is read that is not known: results kept for every
  // day are looked for first (a model that reads no day reads none on any day), then this day's.
  const resultsKey = (modelKey: string, settings: ResultSettings, modelDay: string | null | undefined): string =>
    createHash('sha256').update(modelKey).update('\0').update(settings.written).update('\0').update(modelDay === undefined ? day?.today ?? '' : modelDay ?? '').digest('hex');
  const results = (modelKey: string, days: readonly (string | null | undefined)[], settings: ResultSettings): unknown => {
    for (const modelDay of days) {
      const key = resultsKey(modelKey, settings, modelDay);
      const entry = read(pathOf(key), (value) => isResultsEntry(value, key));
      if (entry) return entry.results;
    }
    return null;
  };
  const storeResults = (modelKey: string, settings: ResultSettings, modelDay: string | null | undefined, value: unknown): void => {
    const key = resultsKey(modelKey, settings, modelDay);
    store(key, jsonPieces({ cache: resultsMarker, key, results: value } satisfies ResultsEntry));
  };

  // One index of files for each scope runs with these settings were asked to read.
  const indexes = new Map<string, FileIndex>();
  const files = (scope: string): FileIndex => {
    const key = createHash('sha256').update(shape).update(fileIndexMarker).update('\0').update(scope).digest('hex');
    let index = indexes.get(key);
    if (!index) {
      index = fileIndex(read(pathOf(key), (value) => isStoredFileIndex(value, key)), key);
      indexes.set(key, index);
    }
    return index;
  };

  const entryOfKey = (key: string, file: string): CachedLog => {
    const path = pathOf(key);
    let modelDay: string | null | undefined;
    let model: { log: WorkLog | null } | undefined;
    // Results found are the same all run: a command that looks for them before reading the model finds them again after.
    const found = new Map<string, unknown>();
    const load = (): WorkLog | null => {
      const entry = readEntry(path);
      // A spoiled entry, or one kept for another day, is missing: the log is parsed again and stored again.
      let headDay: string | null = null;
      const fits = (head: EntryHead): boolean => {
        headDay = head.today;
        return head.cache === marker && head.key === key && (head.today === null || head.today === day?.today);
      };
      const log = entry && readModelEntry(entry.bytes, fits, file);
      if (!entry || !log) return null;
      touch(path, entry.used);
      modelDay = headDay;
      return log;
    };
    return {
      key,
      get log() {
        model ??= { log: load() };
        return model.log;
      },
      store(log, { hold = true } = {}) {
        model = hold ? { log } : undefined;
        modelDay = dayOf(log);
        store(key, writeModelEntry({ cache: marker, key, today: modelDay }, log));
      },
      results(settings) {
        let looked: { value: unknown } | undefined;
        return {
          get value() {
            looked ??= { value: found.get(settings.written) ?? results(key, modelDay === undefined && day ? [null, day.today] : [modelDay], settings) };
            if (looked.value !== null) found.set(settings.written, looked.value);
            return looked.value;
          },
          // Kept for the model's day as known when stored: every day's, or this day's when the model was not read.
          store: (kept) => storeResults(key, settings, modelDay, kept),
        };
      },
    };
  };

  return {
    entry(text, file) {
      // The name is in the key: the model carries it, and the log's date may come from it.
      return entryOfKey(createHash('sha256').update(shape).update(JSON.stringify(file)).update('\0').update(text).digest('hex'), file);
    },
    entryOfKey,
    files,
    close() {
      for (const [key, index] of indexes) {
        const changed = index.changed();
        if (!changed) continue;
        store(key, JSON.stringify(changed));
        indexes.set(key, fileIndex(changed, key));
      }
      if (written === 0 || !writable) return;
      try {
        // A running estimate of the cache's size, so that most runs need not list it; runs that share it may lose each other's share.
        const estimate = Number(readFileSync(join(dir, sizeFile), { encoding: 'utf8', flag: 'a+' })) || 0;
        const total = estimate + written > maxBytes ? evict(dir, maxBytes) : estimate + written;
        writeFileAtomically(join(dir, sizeFile), String(total));
        written = 0;
      } catch (error) {
        fail(error);
      }
    },
  };
}
