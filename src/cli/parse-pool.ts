/** Parses a run's logs: in-process when they are few, else in batches on a pool of worker threads, with the same result either way. */

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

function parseHere(entries: readonly ParseEntry[], calendar: WorkCalendar): WorkLog[] {
  return entries.map(({ text, options }) => parseLog(text, { ...options, calendar }));
}

/** Every entry's log, in the order given; what throws in-process throws here too. */
export async function parseAll(entries: readonly ParseEntry[], settings: PoolSettings): Promise<WorkLog[]> {
  const workers = poolSize(settings.jobs, availableParallelism(), entries.map((entry) => entry.text.length));
  const url = settings.workerUrl === undefined ? builtWorker() : settings.workerUrl;
  if (workers === 0 || url === null) return parseHere(entries, settings.calendar);
  const batches = batchesOf(entries.map((entry) => entry.text.length), workers);
  const parsed = await parseInWorkers(entries, batches, workers, settings.calendar, url);
  // A batch a worker could not parse (it threw, or the worker died) is parsed here, in order, so the first
  // log that throws is the one the in-process path would have thrown on.
  return inOrder(batches.map((batch, index) => parsed[index] ?? parseHere(entries.slice(batch.start, batch.end), settings.calendar)));
}

/** Each batch's logs from the workers, or null for a batch they could not parse; settles once every worker has exited. */
function parseInWorkers(entries: readonly ParseEntry[], batches: readonly Batch[], count: number, calendar: WorkCalendar, url: URL): Promise<(WorkLog[] | null)[]> {
  const parsed: (WorkLog[] | null)[] = batches.map(() => null);
  let next = 0;
  let running = count;
  return new Promise((resolve) => {
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
      worker.on('exit', () => {
        running -= 1;
        if (running === 0) resolve(parsed);
      });
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
    if (running === 0) resolve(parsed);
  });
}
