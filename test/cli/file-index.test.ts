import { cpSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ReadLog from '../../src/io/read-log.js';
import { filesUnder, fixturesDir, runCli, temporaryDirectory } from '../helpers.js';

/** The log files the run read, by base name. */
const reads = vi.hoisted(() => ({ files: [] as string[] }));

vi.mock('../../src/io/read-log.js', async (importOriginal) => {
  const real = await importOriginal<typeof ReadLog>();
  return {
    ...real,
    readLogBytes: (origin: ReadLog.LogOrigin, megabytes: number) => {
      if ('path' in origin) reads.files.push(String(origin.path).split('/').pop() ?? '');
      return real.readLogBytes(origin, megabytes);
    },
  };
});

const today = '2024-06-12';

/** More logs than a run needs to keep an index of them. */
const logCount = 20;

function corpusCopy(): string {
  const dir = temporaryDirectory('worklog-logs-');
  for (const path of filesUnder(join(fixturesDir, 'realworld'), '.md').slice(0, logCount)) cpSync(path, join(dir, basename(path)));
  return dir;
}

const check = async (logs: string, cacheDir: string | null) => {
  reads.files = [];
  const result = await runCli(['check', '--format', 'json', logs], { env: { WORKLOG_TODAY: today, ...(cacheDir ? { WORKLOG_CACHE_DIR: cacheDir } : {}) } });
  return { ...result, read: [...reads.files].sort() };
};

describe('finding unchanged logs in the cache by their stat', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads no log a run read before and that has not changed since, and reports what a run without the cache does', async () => {
    const logs = corpusCopy();
    const cacheDir = temporaryDirectory('worklog-cache-');
    const uncached = await check(logs, null);
    // The files were written just now: as far as the index is concerned, a minute has passed.
    vi.setSystemTime(Date.now() + 60_000);
    const cold = await check(logs, cacheDir);
    expect(cold.read).toHaveLength(logCount);
    const warm = await check(logs, cacheDir);
    expect(warm.read).toEqual([]);
    expect({ ...warm, read: [] }).toEqual({ ...uncached, read: [] });
  });

  it('reads a log again when its file changed, even to text of the same size with its modification time put back', async () => {
    const logs = corpusCopy();
    const cacheDir = temporaryDirectory('worklog-cache-');
    const log = join(logs, '02-standup-en-terse.md');
    // A time in whole seconds, which can be put back exactly.
    const written = new Date('2024-06-11T18:00:00Z');
    utimesSync(log, written, written);
    vi.setSystemTime(Date.now() + 60_000);
    await check(logs, cacheDir);
    const text = readFileSync(log, 'utf8');
    writeFileSync(log, text.replace('- [ ]', '- [x]'));
    utimesSync(log, written, written);
    expect(statSync(log).mtimeMs).toBe(written.getTime());
    vi.setSystemTime(Date.now() + 60_000);
    const warm = await check(logs, cacheDir);
    expect(warm.read).toEqual(['02-standup-en-terse.md']);
    expect({ ...warm, read: [] }).toEqual({ ...(await check(logs, null)), read: [] });
  });

  it('keeps no index for a few logs, which cost less to read than it', async () => {
    const logs = temporaryDirectory('worklog-logs-');
    for (const path of filesUnder(join(fixturesDir, 'realworld'), '.md').slice(0, 3)) cpSync(path, join(logs, basename(path)));
    const cacheDir = temporaryDirectory('worklog-cache-');
    vi.setSystemTime(Date.now() + 60_000);
    await check(logs, cacheDir);
    expect((await check(logs, cacheDir)).read).toHaveLength(3);
  });

  it('does not trust the stat of a file changed within the last seconds', async () => {
    const logs = corpusCopy();
    const cacheDir = temporaryDirectory('worklog-cache-');
    await check(logs, cacheDir);
    expect((await check(logs, cacheDir)).read).toHaveLength(logCount);
  });
});
