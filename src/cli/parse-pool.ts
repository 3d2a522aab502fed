/** Parses a run's logs: in-process when they are few, else in batches on the main thread and a pool of worker threads, with the same result either way. */

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkCalendar } from '../calendar/working-days.js';
import type { WorkLog } from '../model/log.js';
import { parseLog } from '../parse/log.js';
import { batchesOf, inOrder, poolSize, unpack, type Batch, type BatchReply, type BatchTask, type ParseEntry } from './parse-plan.js';

export interface PoolSettings {
  /** How many logs may be parsed at once (`--jobs`); 1 parses every log in-process, null lets the pool decide. */
  jobs: number | null;
  /** The run's working calendar, sent to each worker once. */
  calendar: WorkCalendar;
  /** The worker's script; by default the one built beside the CLI, none when running from source. */
  workerUrl?: URL | null;
}

/** The worker built beside the CLI (`dist/parse-worker.js`), from the bundle's entry or one of its chunks; none from source. */
function builtWorker(): URL | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return null;
  return new URL(here.includes('/chunks/') ? '../parse-worker.js' : './parse-worker.js', here);
}

const parseEntry = ({ text, options }: ParseEntry, calendar: WorkCalendar): WorkLog => parseLog(text, { ...options, calendar });

function parseHere(entries: readonly ParseEntry[], calendar: WorkCalendar): WorkLog[] {
  return entries.map((entry) => parseEntry(entry, calendar));
}

/** Every entry's log, in the order given; what throws in-process throws here too. */
export async function parseAll(entries: readonly ParseEntry[], settings: PoolSettings): Promise<WorkLog[]> {
  const threads = poolSize(settings.jobs, availableParallelism(), entries.map((entry) => entry.text.length));
  const url = settings.workerUrl === undefined ? builtWorker() : settings.workerUrl;
  if (threads === 0 || url === null) return parseHere(entries, settings.calendar);
  const batches = batchesOf(entries.map((entry) => entry.text.length), threads);
  const parsed = await parseInThreads(entries, batches, threads - 1, settings.calendar, url);
  // A batch a worker could not parse (it threw, or the worker died) is parsed here, in order, so the first
  // log that throws is the one the in-process path would have thrown on.
  return inOrder(batches.map((batch, index) => parsed[index] ?? parseHere(entries.slice(batch.start, batch.end), settings.calendar)));
}

/** The next turn of the event loop, when messages that came in meanwhile have been handled. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Each batch's logs, parsed by the main thread and `count` workers taking batches in turn, or null for a batch that
 * could not be parsed; settles once the main thread is done and every worker has exited.
 */
function parseInThreads(entries: readonly ParseEntry[], batches: readonly Batch[], count: number, calendar: WorkCalendar, url: URL): Promise<(WorkLog[] | null)[]> {
  const parsed: (WorkLog[] | null)[] = batches.map(() => null);
  let next = 0;
  // The main thread counts as one more worker: it parses too rather than wait, one worker's start-up and hand-back fewer.
  let running = count + 1;
  return new Promise((resolve) => {
    const finish = (): void => {
      running -= 1;
      if (running === 0) resolve(parsed);
    };
    const parseOnMain = async (): Promise<void> => {
      for (let index = next++; index < batches.length; index = next++) {
        const batch = batches[index] ?? { start: 0, end: 0 };
        const logs: WorkLog[] = [];
        try {
          for (const entry of entries.slice(batch.start, batch.end)) {
            logs.push(parseEntry(entry, calendar));
            // A worker's reply is handled between two logs, so that it gets its next batch without waiting for this one.
            await nextTurn();
          }
          parsed[index] = logs;
        } catch {
          // Left to be parsed again at the end, in order, so that the first log that throws is the one the in-process path throws on.
        }
      }
    };
    const start = (): void => {
      const worker = new Worker(url, { workerData: { calendar } });
      const feed = (): void => {
        const index = next;
        const batch = batches[index];
        if (!batch) {
          void worker.terminate();
          return;
        }
        next += 1;
        const task: BatchTask = { batch: index, entries: entries.slice(batch.start, batch.end) };
        try {
          worker.postMessage(task);
        } catch {
          // A task that cannot be sent is parsed on the main thread, like the batch of a worker that died.
          void worker.terminate();
        }
      };
      worker.on('message', (reply: BatchReply) => {
        if ('logs' in reply) parsed[reply.batch] = unpack(reply.logs);
        feed();
      });
      // A worker that fails to start or dies leaves its batch (and, when it was the last, the queue) to the main thread.
      worker.on('error', () => undefined);
      // A reply that cannot be read would never come: end the worker rather than wait for it.
      worker.on('messageerror', () => void worker.terminate());
      worker.on('exit', finish);
      feed();
    };
    for (let index = 0; index < count; index += 1) {
      try {
        start();
      } catch {
        // No thread to be had: what this worker would have parsed is left to the others, or the main thread.
        running -= 1;
      }
    }
    void parseOnMain().then(finish);
  });
}
