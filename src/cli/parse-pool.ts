/** Parses a run's logs: in-process when they are few, else in batches on a pool of worker threads, with the same result either way. */

import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { WorkCalendar } from '../calendar/working-days.js';
import type { WorkLog } from '../model/log.js';
import { logFromParts, parseLog, planLog, readPlanned, type LogPlan } from '../parse/log.js';
import { splitFromChars } from '../parse/big-log.js';
import { readPart, type PartModel, type PartTask } from '../parse/parts.js';
import { batchesOf, hasRun, inOrder, pack, packEach, partHeapLimits, poolSize, unpack, unitSize, withText, type Batch, type BatchReply, type BatchTask, type LogToParse, type OwnRuns, type Packed, type ParsedUnit, type ParseUnit, type PoolUnit, type RanLog, type SentUnit } from './parse-plan.js';
import type { ownRunOf } from './actions/own-run.js';

export interface PoolSettings {
  /** How many logs may be parsed at once (`--jobs`); 1 parses every log in-process, null lets the pool decide. */
  jobs: number | null;
  /** The run's working calendar, sent to each worker once. */
  calendar: WorkCalendar;
  /** The worker's script; by default the one built beside the CLI, none when running from source. */
  workerUrl?: URL | null;
  /** From how many characters a log is cut into parts, and how small a part may be: the parser's own sizes unless a test asks for smaller. */
  split?: { fromChars?: number; minPartChars?: number };
  /**
   * Each whole log parsed by the pool (on a worker or on this thread) has its own rules run right after (`check`), and
   * comes back as that run (a `RanLog`) rather than its model, so that the main thread never holds thousands of models.
   * `store` receives the model of each such log (its index among the entries) as it is read, to keep in the cache; the
   * run keeps none.
   */
  ownRuns?: { config: OwnRuns['config']; store?: (entry: number, log: WorkLog) => void };
}

/** The worker built beside the CLI (`dist/parse-worker.js`), from the bundle's entry or one of its chunks; none from source. */
function builtWorker(): URL | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return null;
  return new URL(here.includes('/chunks/') ? '../parse-worker.js' : './parse-worker.js', here);
}

/** Parses a unit in this thread: a log whole, a part into its part model. */
function parseUnit(unit: ParseUnit, calendar: WorkCalendar): ParsedUnit {
  return 'part' in unit ? readPart(unit.part, calendar) : parseLog(unit.text, { ...unit.options, calendar });
}

/** A big log planned here (small ones are planned where they are parsed); one cut into parts has its parts parsed like logs of their own and merged here. */
function planned(entry: LogToParse, settings: PoolSettings): LogPlan | null {
  if (entry.chars < (settings.split?.fromChars ?? splitFromChars)) return null;
  return planLog(entry.text(), { ...entry.options, calendar: settings.calendar }, settings.split);
}

/** The plan's parts when it is cut into more than one, else null. */
const partsOf = (plan: LogPlan | null): PartTask[] | null => (plan?.head && plan.parts.length > 1 ? plan.parts : null);

/** What a worker needs to run each whole log's own rules: the run's settings and the function that runs them (loaded only by a run that asks for it). */
export interface OwnRunning {
  ownRuns: OwnRuns;
  ownRunOf: typeof ownRunOf;
}

/**
 * What is sent back for a unit: its model, or, when the run asks for it, a whole log's own run in place of its model
 * (the model too when `models`); a log whose run cannot be kept stays its model.
 */
function sentFor(unit: ParseUnit, calendar: WorkCalendar, running: OwnRunning | null): SentUnit {
  const parsed = parseUnit(unit, calendar);
  if (!running || 'part' in unit) return parsed;
  const { ownRuns, ownRunOf } = running;
  const log = parsed as WorkLog;
  const run = ownRunOf(log, ownRuns.config, calendar);
  if (!run) return log;
  return ownRuns.models ? { run, model: log } : { run };
}

/** Reads a batch of units as a worker does, each packed as soon as it is read, so that the worker holds one unit's model at a time. */
export function readBatch(units: readonly ParseUnit[], calendar: WorkCalendar, running: OwnRunning | null): Packed<SentUnit[]> {
  return packEach(units, (unit) => sentFor(unit, calendar, running));
}

/**
 * Every entry's log (or its own run, see `ownRuns`), in the order given; what throws in-process throws here too. The
 * main thread reads batches too, beside one worker fewer: a run holds one heap fewer, and the main thread starts on the
 * logs while the workers start. It keeps what it and the workers read as it was packed (bytes, outside its heap) until
 * the workers have all exited, and reads it only then: its heap, which V8 lets grow to several times what it holds,
 * stays small while the workers' are large.
 */
export async function parseAll(entries: readonly LogToParse[], settings: PoolSettings): Promise<(WorkLog | RanLog)[]> {
  const plans = entries.map((entry) => planned(entry, settings));
  const units = entries.flatMap((entry, index): PoolUnit[] => partsOf(plans[index] ?? null)?.map((part) => ({ part })) ?? [entry]);
  // The entry each unit belongs to.
  const entryOf = plans.flatMap((plan, index) => Array.from({ length: partsOf(plan)?.length ?? 1 }, () => index));
  const cut = plans.some((plan) => partsOf(plan) !== null);
  const threads = poolSize(settings.jobs, availableParallelism(), units.map(unitSize), cut);
  const url = settings.workerUrl === undefined ? builtWorker() : settings.workerUrl;
  // In-process, a big log is read part after part: no part's tree outlives its part.
  if (threads === 0 || url === null) return entries.map((entry, index) => readHere(entry, plans[index] ?? null, settings.calendar));
  const batches = batchesOf(units.map(unitSize), threads);
  const unitsOf = (batch: number): ParseUnit[] => units.slice(batches[batch]?.start ?? 0, batches[batch]?.end ?? 0).map(withText);
  const { calendar, ownRuns } = settings;
  const store = ownRuns?.store;
  const sentRuns: OwnRuns | undefined = ownRuns ? { config: ownRuns.config, models: store !== undefined } : undefined;
  // This thread reads its batches as a worker does.
  const running: OwnRunning | null = sentRuns ? { ownRuns: sentRuns, ownRunOf: (await import('./actions/own-run.js')).ownRunOf } : null;
  // A model read with its run is stored as it is read, and only the run is kept.
  const stored = (sent: SentUnit, unit: number): SentUnit => {
    const entry = entryOf[unit];
    if (!hasRun(sent) || !sent.model || !store || entry === undefined) return sent;
    store(entry, sent.model);
    return { run: sent.run };
  };
  // What a worker sent is unpacked to store its models, and packed again.
  const kept = (packed: Packed<SentUnit[]>, batch: number): Packed<SentUnit[]> => {
    if (!store) return packed;
    const first = batches[batch]?.start ?? 0;
    return pack(unpack(packed).map((unit, index) => stored(unit, first + index)));
  };
  // This thread stores the models it reads before packing what it keeps.
  const readOnThisThread = (batch: number): Packed<SentUnit[]> => {
    const first = batches[batch]?.start ?? 0;
    return packEach(unitsOf(batch), (unit, index) => stored(sentFor(unit, calendar, running), first + index));
  };
  const parsed = await parseInWorkers(batches, {
    workers: threads - 1,
    url,
    workerData: { calendar, ...(sentRuns ? { ownRuns: sentRuns } : {}) },
    ...(cut ? { resourceLimits: partHeapLimits(Math.max(...units.map(unitSize))) } : {}),
    task: (batch) => ({ batch, entries: unitsOf(batch) }),
    received: (reply) => ('logs' in reply ? kept(reply.logs, reply.batch) : null),
    here: (batch) => {
      try {
        return readOnThisThread(batch);
      } catch {
        // Read again below, in order, so that what throws is what the in-process path throws first.
        return null;
      }
    },
  });
  // A batch that could not be read (it threw, or its worker died) is read here, in order, so the first log that
  // throws is the one the in-process path would have thrown on.
  const results = inOrder(batches.map((_, index) => {
    const packed = parsed[index] ?? readOnThisThread(index);
    // Each batch's bytes go once it is read back.
    parsed[index] = null;
    return unpack(packed);
  }));
  let next = 0;
  return plans.map((plan) => {
    const parts = partsOf(plan);
    const count = parts?.length ?? 1;
    const mine = results.slice(next, next + count);
    next += count;
    return plan?.head && parts ? logFromParts(plan, plan.head, mine as PartModel[]) : (mine[0] as WorkLog | RanLog);
  });
}

function readHere(entry: LogToParse, plan: LogPlan | null, calendar: WorkCalendar): WorkLog {
  return plan ? readPlanned(plan) : parseLog(entry.text(), { ...entry.options, calendar });
}

/** What each worker is given once: the run's calendar, and the configuration when it runs each log's own rules. */
interface WorkerData {
  calendar: WorkCalendar;
  ownRuns?: OwnRuns;
}

/** How the batches are read, on worker threads and on this one. */
interface Workers {
  /** How many workers to start beside this thread. */
  workers: number;
  url: URL;
  workerData: WorkerData;
  resourceLimits?: ResourceLimits;
  /** The message that sends a worker this batch. */
  task: (batch: number) => BatchTask;
  /** What is kept of a worker's reply, or null when it could not parse its batch. */
  received: (reply: BatchReply) => Packed<SentUnit[]> | null;
  /** This thread's reading of a batch, or null when it could not read it. */
  here: (batch: number) => Packed<SentUnit[]> | null;
}

// Batches a worker is sent before it has replied: this thread answers a reply only between two of its own batches, and
// a worker with a second batch in hand does not wait for it meanwhile. Three in hand kept a worker from ever waiting
// (it waited about 0.35 s over 2,600 logs with two) but raised the run's peak memory by about 20 MB.
const batchesAhead = 2;

/**
 * Each batch's units as kept, or null for a batch that could not be read; settles once every worker has exited and
 * this thread has no batch left to take. Batches are taken in order by whichever thread is free.
 */
function parseInWorkers(batches: readonly Batch[], pool: Workers): Promise<(Packed<SentUnit[]> | null)[]> {
  const parsed: (Packed<SentUnit[]> | null)[] = batches.map(() => null);
  let next = 0;
  const take = (): number | null => (next < batches.length ? next++ : null);
  let running = pool.workers;
  let readingHere = true;
  return new Promise((resolve) => {
    const settle = (): void => {
      if (running === 0 && !readingHere) resolve(parsed);
    };
    const start = (): void => {
      const worker = new Worker(pool.url, { workerData: pool.workerData, ...(pool.resourceLimits ? { resourceLimits: pool.resourceLimits } : {}) });
      let sent = 0;
      const feed = (): void => {
        const index = take();
        if (index === null) {
          if (sent === 0) void worker.terminate();
          return;
        }
        try {
          worker.postMessage(pool.task(index));
          sent += 1;
        } catch {
          // A task that cannot be sent is read on this thread, like the batches of a worker that died.
          void worker.terminate();
        }
      };
      worker.on('message', (reply: BatchReply) => {
        sent -= 1;
        parsed[reply.batch] = pool.received(reply);
        feed();
      });
      // A worker that fails to start or dies leaves its batches to this thread.
      worker.on('error', () => undefined);
      // A reply that cannot be read would never come: end the worker rather than wait for it.
      worker.on('messageerror', () => void worker.terminate());
      worker.on('exit', () => {
        running -= 1;
        settle();
      });
      for (let ahead = 0; ahead < batchesAhead; ahead += 1) feed();
    };
    for (let index = 0; index < pool.workers; index += 1) {
      try {
        start();
      } catch {
        // No thread to be had: what this worker would have read is left to the others, and this thread.
        running -= 1;
      }
    }
    // One batch at a time, letting the workers' replies in between.
    const readNext = (): void => {
      const index = take();
      if (index === null) {
        readingHere = false;
        settle();
        return;
      }
      parsed[index] = pool.here(index);
      setImmediate(readNext);
    };
    setImmediate(readNext);
  });
}
