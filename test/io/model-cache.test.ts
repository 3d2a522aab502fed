import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirectory, cacheSettings, evict, openModelCache, resultSettings, type CacheSettings } from '../../src/io/model-cache.js';
import type { WorkLog } from '../../src/model/log.js';
import { filesUnder, fixturesDir, parseFixture, referenceLog, temporaryDirectory } from '../helpers.js';

const parsing = {
  date: null,
  today: '2023-11-12',
  statuses: { '?': 'open' },
  nestingDepth: 100,
  headerAliases: { project: ['Project'], person: ['Owner', 'Name'] },
  calendar: { region: 'cn', daysOff: ['2023-11-13'] },
  timeZone: 'UTC',
};

const settingsIn = (dir: string): CacheSettings => ({ dir, maxBytes: 200 * 1024 * 1024 });

const entryFiles = (dir: string): string[] => filesUnder(dir, '.json');

const noNotes = (message: string): never => {
  throw new Error(`unexpected note: ${message}`);
};

/**
 * Stores `log` under its text and name in a fresh cache, then reads it back through another opening of the same directory
 * by the text's UTF-8 bytes, as a run that has not decoded them looks it up.
 */
function roundTrip(log: WorkLog, text: string): WorkLog | null {
  const settings = settingsIn(temporaryDirectory('worklog-cache-'));
  const first = openModelCache(settings, '1.0.0', parsing, noNotes);
  const entry = first.entry(text, log.file);
  expect(entry.log).toBeNull();
  entry.store(log);
  first.close();
  return openModelCache(settings, '1.0.0', parsing, noNotes).entry(Buffer.from(text, 'utf8'), log.file).log;
}

/**
 * A fresh cache folder with the reference log's text and model, and a way to open the cache there (with other parse
 * settings if given), or on a given day for a model that reads the day or not.
 */
function referenceCache() {
  const dir = temporaryDirectory('worklog-cache-');
  const text = readFileSync(referenceLog, 'utf8');
  const log = parseFixture(referenceLog);
  const open = (shape: unknown = parsing) => openModelCache(settingsIn(dir), '1.0.0', shape, noNotes);
  const openOn = (today: string, reads: boolean) => openModelCache(settingsIn(dir), '1.0.0', parsing, noNotes, { today, readsToday: () => reads });
  return { dir, text, log, open, openOn };
}

describe('the index of log files by their stat in the cache', () => {
  const stamp = { size: 10, mtimeMs: 1_000_000, ctimeMs: 1_000_000, ino: 1, dev: 1 };

  it('keeps an index per scope and per settings, stored when the cache closes, and gives each key its entry', () => {
    const { text, log, open } = referenceCache();
    const first = open();
    const entry = first.entry(text, log.file);
    entry.store(log);
    first.files('["/work",["logs"]]').note('/work/logs/a.md', log.file, stamp, entry.key);
    first.close();

    const second = open();
    const key = second.files('["/work",["logs"]]').keyOf('/work/logs/a.md', log.file, stamp);
    expect(key).toBe(entry.key);
    expect(second.entryOfKey(key ?? '', log.file).log).toEqual(log);
    expect(second.files('["/work",["logs/2023"]]').keyOf('/work/logs/a.md', log.file, stamp)).toBeNull();
    expect(open({ ...parsing, nestingDepth: 50 }).files('["/work",["logs"]]').keyOf('/work/logs/a.md', log.file, stamp)).toBeNull();
  });
});

describe('the parsed-log cache', () => {
  const logs = filesUnder(fixturesDir, '.md');

  it('has every fixture log to read back', () => {
    expect(logs.length).toBeGreaterThan(100);
  });

  it.each(logs.map((path) => [relative(fixturesDir, path), path]))('gives back exactly the model it was given: %s', (_, path) => {
    const log = parseFixture(path, { today: '2023-11-12' });
    // Strict: an `undefined` property or a -0 that JSON would drop or turn to 0 fails here.
    expect(roundTrip(log, readFileSync(path, 'utf8'))).toStrictEqual(log);
  });

  it('misses when any one thing that shapes the parse changes, and only then', () => {
    const { dir, text, log } = referenceCache();
    const seed = openModelCache(settingsIn(dir), '1.0.0', parsing, noNotes);
    seed.entry(text, log.file).store(log);
    const lookUp = (version: string, shape: unknown, body = text, file = log.file): WorkLog | null =>
      openModelCache(settingsIn(dir), version, shape, noNotes).entry(body, file).log;

    expect(lookUp('1.0.0', parsing)).toStrictEqual(log);
    // The order keys were written in is no change.
    expect(lookUp('1.0.0', Object.fromEntries(Object.entries(parsing).reverse()))).toStrictEqual(log);
    const changes: [string, unknown][] = [
      ['date', '2023-11-13'],
      ['today', '2023-11-13'],
      ['statuses', { '?': 'done' }],
      ['nestingDepth', 99],
      ['headerAliases', { project: ['Project'], person: ['Name', 'Owner'] }],
      ['calendar', { region: 'cn', daysOff: [] }],
      ['timeZone', 'Asia/Shanghai'],
    ];
    for (const [name, value] of changes) expect(lookUp('1.0.0', { ...parsing, [name]: value }), name).toBeNull();
    expect(lookUp('1.0.1', parsing), 'version').toBeNull();
    expect(lookUp('1.0.0', parsing, text, `x/${log.file}`), 'file').toBeNull();
    expect(lookUp('1.0.0', parsing, text.replace('[ ]', '[x]')), 'one character of the log').toBeNull();
    expect(lookUp('1.0.0', parsing, `${text} `), 'a trailing space').toBeNull();
  });

  it('ignores a truncated, corrupt or foreign entry and writes it again', () => {
    const { dir, text, log, open } = referenceCache();
    open().entry(text, log.file).store(log);
    const [path = ''] = entryFiles(dir);
    const whole = readFileSync(path, 'utf8');
    const [head = '', first = '', later = ''] = whole.split('\n');
    const { key } = JSON.parse(head) as { key: string };
    // The plan line is read only later, when the log can no longer be parsed: spoiled there, the entry is missed now.
    const planAt = whole.indexOf('[', whole.lastIndexOf('\n') + 1);
    const spoiled = [
      `${whole.slice(0, planAt)}{${whole.slice(planAt + 1)}`,
      whole.slice(0, whole.length / 2),
      whole.slice(0, -1),
      `${whole} `,
      '',
      whole.replace('worklog parsed log', 'worklog parsed lag'),
      whole.replace(key, '0'.repeat(64)),
      whole.replace(`"file":${JSON.stringify(log.file)}`, '"file":"other.md"'),
      [head, first].join('\n'),
      'null',
      '\u0000\u0001',
    ];
    for (const bad of spoiled) {
      writeFileSync(path, bad);
      const entry = open().entry(text, log.file);
      expect(entry.log, bad.slice(0, 40)).toBeNull();
      entry.store(log);
      expect(readFileSync(path, 'utf8')).toBe(whole);
      expect(open().entry(text, log.file).log).toStrictEqual(log);
    }
    expect(later.length).toBeGreaterThan(1000);
  });

  it('reads a log\'s plan and diagrams only when asked for them', () => {
    const { text, log, open } = referenceCache();
    open().entry(text, log.file).store(log);
    // In the order it was parsed in, as `worklog parse` prints it.
    expect(JSON.stringify(open().entry(text, log.file).log)).toBe(JSON.stringify(log));
    const read = open().entry(text, log.file).log;
    expect(read?.items).toStrictEqual(log.items);
    expect(Object.getOwnPropertyDescriptor(read, 'staffing')?.get).toBeTypeOf('function');
    expect(read?.staffing).toStrictEqual(log.staffing);
    expect(Object.getOwnPropertyDescriptor(read, 'gantts')?.value).toStrictEqual(log.gantts);
  });

  it('keeps results beside a model, keyed by the model and their settings, and ignores a spoiled one', () => {
    const { dir, text, log, open } = referenceCache();
    const settings = resultSettings({ rules: { 'schedule/drift': 'error' }, limits: { horizonYears: 5 } });
    const results = { findings: [{ line: 3, message: 'x', data: { days: ['2023-11-13'] } }], used: [0] };
    open().entry(text, log.file).results(settings).store(results);
    const [path = ''] = entryFiles(dir);
    const whole = readFileSync(path, 'utf8');

    const lookUp = (shape: unknown, given = settings, body = text) => open(shape).entry(body, log.file).results(given).value;
    expect(lookUp(parsing)).toStrictEqual(results);
    expect(lookUp(parsing, resultSettings({ limits: { horizonYears: 5 }, rules: { 'schedule/drift': 'error' } })), 'keys in another order').toStrictEqual(results);
    expect(lookUp(parsing, resultSettings({ rules: { 'schedule/drift': 'warning' }, limits: { horizonYears: 5 } })), 'settings').toBeNull();
    expect(lookUp({ ...parsing, today: '2023-11-13' }), 'the model\'s settings').toBeNull();
    expect(lookUp(parsing, settings, `${text} `), 'the log').toBeNull();
    // No model was stored: results do not stand in for one.
    expect(open().entry(text, log.file).log).toBeNull();

    for (const bad of [whole.slice(0, whole.length / 2), whole.replace('"results"', '"resalts"'), 'null']) {
      writeFileSync(path, bad);
      const entry = open().entry(text, log.file).results(settings);
      expect(entry.value, bad.slice(0, 40)).toBeNull();
      entry.store(results);
      expect(readFileSync(path, 'utf8')).toBe(whole);
    }
  });

  it('keeps a model and its results for every day, or for the day it was read on when the model reads that day', () => {
    const settings = resultSettings({ rules: {} });
    for (const reads of [false, true]) {
      const { text, log, openOn } = referenceCache();
      const open = (today: string) => openOn(today, reads);
      const first = open('2023-11-12').entry(text, log.file);
      first.store(log);
      first.results(settings).store({ day: 'first' });
      const sameDay = open('2023-11-12').entry(text, log.file);
      expect(sameDay.log, `reads today: ${reads}`).toStrictEqual(log);
      expect(sameDay.results(settings).value).toStrictEqual({ day: 'first' });
      const nextDay = open('2023-11-13').entry(text, log.file);
      expect(nextDay.log, `reads today: ${reads}`).toStrictEqual(reads ? null : log);
      if (!reads) {
        expect(nextDay.results(settings).value).toStrictEqual({ day: 'first' });
        continue;
      }
      // Read again on the next day, the model and its results are that day's; the first day's are no longer served.
      nextDay.store(log);
      expect(nextDay.results(settings).value).toBeNull();
      nextDay.results(settings).store({ day: 'next' });
      expect(open('2023-11-13').entry(text, log.file).results(settings).value).toStrictEqual({ day: 'next' });
      expect(open('2023-11-12').entry(text, log.file).log).toBeNull();
    }
  });

  it('stores a model without holding it when asked, reads it back from its entry, and keeps its results for its day', () => {
    const settings = resultSettings({ rules: {} });
    for (const reads of [false, true]) {
      const { text, log, openOn } = referenceCache();
      const open = (today: string) => openOn(today, reads);
      const entry = open('2023-11-12').entry(text, log.file);
      entry.store(log, { hold: false });
      entry.results(settings).store({ kept: reads });
      // Not the object stored, which the cache let go, but the same model read from its entry.
      expect(entry.log).not.toBe(log);
      expect(entry.log).toStrictEqual(log);
      expect(open('2023-11-12').entry(text, log.file).results(settings).value).toStrictEqual({ kept: reads });
      // Results of a model that reads its day are that day's only.
      expect(open('2023-11-13').entry(text, log.file).results(settings).value).toStrictEqual(reads ? null : { kept: reads });
    }
  });

  it('leaves no temporary file, and a dead writer\'s temporary file is never read', () => {
    const { dir, text, log } = referenceCache();
    const entry = openModelCache(settingsIn(dir), '1.0.0', parsing, noNotes).entry(text, log.file);
    entry.store(log);
    const [path = ''] = entryFiles(dir);
    expect(filesUnder(dir, '.tmp')).toEqual([]);
    // A run that died half-way through its write leaves a temporary file beside the entry, never the entry itself.
    writeFileSync(`${path}.999.0.tmp`, readFileSync(path, 'utf8').slice(0, 100));
    expect(openModelCache(settingsIn(dir), '1.0.0', parsing, noNotes).entry(text, log.file).log).toStrictEqual(log);
    // Until it is old enough to be surely dead, eviction leaves it be.
    evict(dir, 1e9);
    expect(filesUnder(dir, '.tmp')).toHaveLength(1);
    const hourAgo = new Date(Date.now() - 3600_000);
    utimesSync(`${path}.999.0.tmp`, hourAgo, hourAgo);
    evict(dir, 1e9);
    expect(filesUnder(dir, '.tmp')).toEqual([]);
  });

  it('notes once, and goes on, when the cache cannot be written', () => {
    const notAFolder = join(temporaryDirectory('worklog-cache-'), 'file');
    writeFileSync(notAFolder, '');
    const notes: string[] = [];
    const cache = openModelCache(settingsIn(notAFolder), '1.0.0', parsing, (message) => notes.push(message));
    const log = parseFixture(referenceLog);
    for (const text of ['a', 'b', 'c']) {
      const entry = cache.entry(text, log.file);
      expect(entry.log).toBeNull();
      entry.store(log);
    }
    cache.close();
    expect(notes).toEqual([expect.stringMatching(/^cannot write the cache in .*file \(ENOTDIR\); going on without it/)]);
  });

  it('leaves no temporary file behind when an entry cannot be renamed into place', () => {
    const dir = temporaryDirectory('worklog-cache-');
    const log = parseFixture(referenceLog);
    const key = keyOf('a', log);
    // A folder where the entry would go: the rename fails.
    mkdirSync(join(dir, key.slice(0, 2), `${key.slice(2)}.json`, 'in-the-way'), { recursive: true });
    const notes: string[] = [];
    openModelCache(settingsIn(dir), '1.0.0', parsing, (message) => notes.push(message)).entry('a', log.file).store(log);
    expect(notes).toHaveLength(1);
    expect(filesUnder(dir, '.tmp')).toEqual([]);
  });

  it('evicts the least recently used entries when it grows past its cap', () => {
    const dir = temporaryDirectory('worklog-cache-');
    const log = parseFixture(referenceLog);
    const texts = Array.from({ length: 10 }, (_, index) => `log ${index}`);
    const seed = openModelCache(settingsIn(dir), '1.0.0', parsing, noNotes);
    for (const text of texts) seed.entry(text, log.file).store(log);
    seed.close();
    const entries = entryFiles(dir);
    const bytes = statSync(entries[0] ?? '').size;
    // Used in order, hours apart: log 0 longest ago.
    texts.forEach((text, index) => {
      const when = new Date(Date.now() - (texts.length - index) * 3_600_000);
      const [path = ''] = entries.filter((file) => readFileSync(file, 'utf8').includes(`"key":"${keyOf(text, log)}"`));
      utimesSync(path, when, when);
    });
    // Reading log 1 again makes it the most recently used.
    expect(openModelCache(settingsIn(dir), '1.0.0', parsing, noNotes).entry('log 1', log.file).log).not.toBeNull();
    // Files of other tools that share the folder are never evicted, however old.
    const foreign = [join(dir, 'ab', 'notes.json'), join(dir, 'cd', 'other-tool.bin')];
    for (const path of foreign) {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, 'x'.repeat(bytes));
      utimesSync(path, new Date(0), new Date(0));
    }
    // One more entry, with room for five: down to four (80 % of the cap), the most recently used.
    const capped = openModelCache({ dir, maxBytes: bytes * 5 }, '1.0.0', parsing, noNotes);
    capped.entry('log 10', log.file).store(log);
    capped.close();
    const left = texts.concat('log 10').filter((text) => cachedText(dir, text, log) !== null);
    expect(left).toEqual(['log 1', 'log 8', 'log 9', 'log 10']);
    for (const path of foreign) expect(existsSync(path), path).toBe(true);
    expect(readdirSync(dir)).toContain('size');
    expect(Number(readFileSync(join(dir, 'size'), 'utf8'))).toBe(4 * bytes);
  });

  it('marks an entry used when it is read, unless it was marked within the hour', () => {
    const dir = temporaryDirectory('worklog-cache-');
    const log = parseFixture(referenceLog);
    const cache = openModelCache(settingsIn(dir), '1.0.0', parsing, noNotes);
    cache.entry('a', log.file).store(log);
    cache.entry('a', log.file).results(resultSettings({})).store({ findings: [] });
    const [model = '', results = ''] = entryFiles(dir).sort((a, b) => statSync(a).size - statSync(b).size).reverse();
    const usedAt = (path: string): number => statSync(path).mtimeMs;
    const setUse = (when: number): void => {
      for (const path of [model, results]) utimesSync(path, when / 1000, when / 1000);
    };
    const readBoth = (): void => {
      const entry = openModelCache(settingsIn(dir), '1.0.0', parsing, noNotes).entry('a', log.file);
      expect(entry.log).not.toBeNull();
      expect(entry.results(resultSettings({})).value).toEqual({ findings: [] });
    };
    const minutesAgo = Date.now() - 50 * 60_000;
    setUse(minutesAgo);
    readBoth();
    expect(usedAt(model)).toBeLessThan(Date.now() - 40 * 60_000);
    expect(usedAt(results)).toBeLessThan(Date.now() - 40 * 60_000);
    const hoursAgo = Date.now() - 2 * 3_600_000;
    setUse(hoursAgo);
    readBoth();
    expect(usedAt(model)).toBeGreaterThan(Date.now() - 60_000);
    expect(usedAt(results)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('lives where each system keeps caches, or where WORKLOG_CACHE_DIR says', () => {
    expect(cacheDirectory({ HOME: '/home/ann' }, '/work', 'linux')).toBe('/home/ann/.cache/worklog');
    expect(cacheDirectory({ HOME: '/home/ann', XDG_CACHE_HOME: '/var/cache/ann' }, '/work', 'linux')).toBe('/var/cache/ann/worklog');
    expect(cacheDirectory({ HOME: '/home/ann', XDG_CACHE_HOME: 'relative' }, '/work', 'linux')).toBe('/home/ann/.cache/worklog');
    expect(cacheDirectory({ HOME: '/Users/ann' }, '/work', 'darwin')).toBe('/Users/ann/Library/Caches/worklog');
    expect(cacheDirectory({ LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, '/work', 'win32')).toBe('C:\\Users\\ann\\AppData\\Local\\worklog\\Cache');
    expect(cacheDirectory({ HOME: '/home/ann', WORKLOG_CACHE_DIR: 'ci-cache' }, '/work', 'linux')).toBe('/work/ci-cache');
    expect(cacheDirectory({}, '/work', 'linux')).toBeNull();
    expect(cacheSettings({ WORKLOG_CACHE_DIR: '/c', WORKLOG_CACHE_MEGABYTES: '1.5' }, '/work')).toEqual({ dir: '/c', maxBytes: 1572864 });
    expect(cacheSettings({ WORKLOG_CACHE_DIR: '/c' }, '/work')?.maxBytes).toBe(200 * 1024 * 1024);
    expect(() => cacheSettings({ WORKLOG_CACHE_DIR: '/c', WORKLOG_CACHE_MEGABYTES: 'lots' }, '/work')).toThrow('WORKLOG_CACHE_MEGABYTES must be a number of megabytes, not "lots"');
  });
});

/** The key an entry for this text is stored under, read from the one entry a fresh cache writes for it. */
function keyOf(text: string, log: WorkLog): string {
  const scratch = temporaryDirectory('worklog-cache-');
  openModelCache(settingsIn(scratch), '1.0.0', parsing, noNotes).entry(text, log.file).store(log);
  const [path = ''] = entryFiles(scratch);
  // The entry's first line says which entry it is.
  return (JSON.parse(readFileSync(path, 'utf8').split('\n')[0] ?? '') as { key: string }).key;
}

/** The cached entry for this text, read without touching it. */
function cachedText(dir: string, text: string, log: WorkLog): string | null {
  const key = keyOf(text, log);
  const path = join(dir, key.slice(0, 2), `${key.slice(2)}.json`);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
