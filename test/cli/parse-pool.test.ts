import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/build.js';
import { ownRunOf } from '../../src/cli/actions/own-run.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { WorkLog } from '../../src/model/log.js';
import { batchesOf, pack, toParse, unpack, type ParseEntry } from '../../src/cli/parse-plan.js';
import { parseAll } from '../../src/cli/parse-pool.js';
import { parseLog, planLog, readPlanned } from '../../src/parse/log.js';
import type { HeaderAliases } from '../../src/parse/staffing-headers.js';
import { filesUnder, fixturesDir, root, temporaryDirectory } from '../helpers.js';
import { manyDays } from '../parse/split-inputs.js';

const calendar = buildCalendar({ china: true, holidays: ['2024-01-03'], workdays: [] });
const entriesOf = (paths: string[]): ParseEntry[] => paths.map((path) => ({
  text: readFileSync(path, 'utf8'),
  options: { file: relative(root, path), today: '2024-01-02', nestingDepth: 100 },
}));
const parseHere = (some: ParseEntry[]) => some.map(({ text, options }) => parseLog(text, { ...options, calendar }));

describe('a model sent from a worker', () => {
  it('arrives as it was parsed: every fixture survives the JSON text a worker packs its models into', () => {
    const models = parseHere(entriesOf(filesUnder(fixturesDir, '.md').filter((path) => !path.includes('/fuzz/'))));
    expect(unpack(pack(models))).toStrictEqual(models);
    expect(structuredClone(calendar)).toStrictEqual(calendar);
  }, 120_000);
});

// Enough logs for several batches a worker, few enough to parse many times over.
const entries = entriesOf(filesUnder(join(fixturesDir, 'realworld'), '.md').slice(0, 24));
const inProcess = parseHere(entries);

describe('parseAll in-process', () => {
  it('parses in-process from source and with --jobs 1', async () => {
    expect(await parseAll(entries.map(toParse), { jobs: 4, calendar })).toStrictEqual(inProcess);
    expect(await parseAll(entries.map(toParse), { jobs: 1, calendar, workerUrl: new URL('./workers/exits.mjs', import.meta.url) })).toStrictEqual(inProcess);
  });
});

describe('parseAll when the workers fail', () => {
  it.each(['exits.mjs', 'fails.mjs', 'broken.mjs', 'missing.mjs'])('parses what %s left on the main thread, in order', async (worker) => {
    const workerUrl = new URL(`./workers/${worker}`, import.meta.url);
    expect(await parseAll(entries.map(toParse), { jobs: 3, calendar, workerUrl })).toStrictEqual(inProcess);
  });

  it('starts one worker fewer than the threads asked for, and reads batches on the main thread beside them', async () => {
    const log = join(temporaryDirectory('worklog-pool-'), 'workers.log');
    process.env.WORKLOG_TEST_WORKER_LOG = log;
    try {
      const workerUrl = new URL('./workers/counts.mjs', import.meta.url);
      expect(await parseAll(entries.map(toParse), { jobs: 3, calendar, workerUrl })).toStrictEqual(inProcess);
    } finally {
      delete process.env.WORKLOG_TEST_WORKER_LOG;
    }
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.filter((line) => line === 'started')).toHaveLength(2);
    const sent = lines.filter((line) => line.startsWith('batch ')).length;
    const batches = batchesOf(entries.map(({ text }) => text.length), 3).length;
    expect(sent).toBeGreaterThan(0);
    // The main thread took the batch after the two sent ahead to each worker, at least.
    expect(sent).toBeLessThan(batches);
  });

  it('throws what the in-process path throws on the first log that cannot be parsed', async () => {
    // Header names that are not lists: reading a staffing table then throws.
    const unparseable = { text: '# 2024-01-02\n\n| 任务 | 负责人 |\n| --- | --- |\n| a | b |\n', options: { file: 'bad.md', headerAliases: { project: 5, owner: 5 } as unknown as HeaderAliases } };
    const withBad = [...entries.slice(0, 5), unparseable, ...entries.slice(5), unparseable];
    const thrown = (() => {
      try {
        parseLog(unparseable.text, { ...unparseable.options, calendar });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(Error);
    await expect(parseAll(withBad.map(toParse), { jobs: 2, calendar, workerUrl: new URL('./workers/fails.mjs', import.meta.url) })).rejects.toStrictEqual(thrown);
  });
});

describe('parseAll running the own rules of each log where it is parsed (check)', { timeout: 120_000 }, () => {
  const builtWorker = new URL('../../dist/parse-worker.js', import.meta.url);
  const config = { ...defaultConfig, calendar: { china: true, holidays: ['2024-01-03'], workdays: [] } };
  // What the run is, worked out on this thread from the model as a worker sends it (its JSON text).
  const expectedRuns = inProcess.map((log) => ({ run: unpack(pack(ownRunOf(log, config, calendar))) }));

  it.each([2, 4])('gives the run of each log, not its model, on %i threads', async (jobs) => {
    expect(expectedRuns.every(({ run }) => run !== null && run.summary.file !== '')).toBe(true);
    expect(unpack(pack(await parseAll(entries.map(toParse), { jobs, calendar, workerUrl: builtWorker, ownRuns: { config } })))).toStrictEqual(expectedRuns);
  });

  it('hands each model to the store as it arrives, by its place among the entries, and keeps only the run', async () => {
    const stored = new Map<number, WorkLog>();
    const store = (entry: number, log: WorkLog) => {
      expect(stored.has(entry)).toBe(false);
      stored.set(entry, log);
    };
    const ran = await parseAll(entries.map(toParse), { jobs: 2, calendar, workerUrl: builtWorker, ownRuns: { config, store } });
    expect(unpack(pack(ran))).toStrictEqual(expectedRuns);
    expect(unpack(pack(inProcess.map((_, index) => stored.get(index))))).toStrictEqual(unpack(pack(inProcess)));
  });

  it('reads here what dead workers left, in order, as the runs a worker would have sent', async () => {
    const workerUrl = new URL('./workers/exits.mjs', import.meta.url);
    expect(unpack(pack(await parseAll(entries.map(toParse), { jobs: 3, calendar, workerUrl, ownRuns: { config } })))).toStrictEqual(expectedRuns);
  });
});

describe('parseAll on logs cut into parts', { timeout: 300_000 }, () => {
  // The worker built beside the CLI (`npm test` builds before it tests): parts go to workers only from the bundle.
  const builtWorker = new URL('../../dist/parse-worker.js', import.meta.url);
  // Cut as small as the splitter allows, so that most fixtures are read in many parts.
  const split = { minPartChars: 1, fromChars: 0 };
  const generated = [3, 7, 11, 14, 20].map((seed): ParseEntry => ({ text: manyDays(seed, 20), options: { file: `days-${seed}.md`, today: '2024-01-02' } }));
  const logs = [...entriesOf(filesUnder(fixturesDir, '.md').filter((path) => !path.includes('/fuzz/'))), ...generated];
  const whole = logs.map(({ text, options }) => readPlanned(planLog(text, { ...options, calendar }, { fromChars: Number.POSITIVE_INFINITY })));

  it('gives every fixture and generated many-day logs the whole-file model, part by part in-process and on workers', async () => {
    expect(logs.filter(({ text, options }) => planLog(text, options, split).parts.length > 1).length).toBeGreaterThan(logs.length / 3);
    expect(await parseAll(logs.map(toParse), { jobs: 1, calendar, split })).toStrictEqual(whole);
    expect(await parseAll(logs.map(toParse), { jobs: 2, calendar, split, workerUrl: builtWorker })).toStrictEqual(whole);
  });

  it('parses on the main thread the parts a dead worker left', async () => {
    const some = [...logs.slice(0, 10), ...generated];
    const expected = [...whole.slice(0, 10), ...whole.slice(-generated.length)];
    expect(await parseAll(some.map(toParse), { jobs: 2, calendar, split, workerUrl: new URL('./workers/exits.mjs', import.meta.url) })).toStrictEqual(expected);
  });
});
