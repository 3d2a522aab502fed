/** Parses a run's logs: in-process when they are few, else in batches on a pool of worker threads, with the same result either way. */

import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { WorkCalendar } from '../calendar/working-days.js';
import type { WorkLog } from '../model/log.js';
import { logFromParts, parseLog, planLog, readPlanned, type LogPlan } from '../parse/log.js';
import { splitFromChars } from '../parse/big-log.js';
import { readPart, type PartModel, type PartTask } from '../parse/parts.js';
import { batchesOf, inOrder, partHeapLimits, poolSize, unpack, unitSize, type Batch, type BatchReply, type BatchTask, type ParsedUnit, type ParseEntry, type ParseUnit } from './parse-plan.js';

export interface PoolSettings {
  /** How many logs may be parsed at once (`--jobs`); 1 parses every log in-process, null lets the pool decide. */
  jobs: number | null;
  /** The run's working calendar, sent to each worker once. */
  calendar: WorkCalendar;
  /** The worker's script; by default the one built beside the CLI, none when running from source. */
  workerUrl?: URL | null;
  /** From how many characters a log is cut into parts, and how small a part may be: the parser's own sizes unless a test asks for smaller. */
  split?: { fromChars?: number; minPartChars?: number };
}

/** The worker built beside the CLI (`dist/parse-worker.js`), from the bundle's entry or one of its chunks; none from source. */
function builtWorker(): URL | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return null;
  return new URL(here.includes('/chunks/') ? '../parse-worker.js' : './parse-worker.js', here);
}

/** Parses units in this thread: a log whole, a part into its part model. */
export function parseUnits(units: readonly ParseUnit[], calendar: WorkCalendar): ParsedUnit[] {
  return units.map((unit) => ('part' in unit ? readPart(unit.part, calendar) : parseLog(unit.text, { ...unit.options, calendar })));
}

/** A big log planned here (small ones are planned where they are parsed); one cut into parts has its parts parsed like logs of their own and merged here. */
function planned(entry: ParseEntry, settings: PoolSettings): LogPlan | null {
  if (entry.text.length < (settings.split?.fromChars ?? splitFromChars)) return null;
  return planLog(entry.text, { ...entry.options, calendar: settings.calendar }, settings.split);
}

/** The plan's parts when it is cut into more than one, else null. */
const partsOf = (plan: LogPlan | null): PartTask[] | null => (plan?.head && plan.parts.length > 1 ? plan.parts : null);

/** Every entry's log, in the order given; what throws in-process throws here too. */
export async function parseAll(entries: readonly ParseEntry[], settings: PoolSettings): Promise<WorkLog[]> {
  const plans = entries.map((entry) => planned(entry, settings));
  const units = entries.flatMap((entry, index): ParseUnit[] => partsOf(plans[index] ?? null)?.map((part) => ({ part })) ?? [entry]);
  const cut = plans.some((plan) => partsOf(plan) !== null);
  const workers = poolSize(settings.jobs, availableParallelism(), units.map(unitSize), cut);
  const url = settings.workerUrl === undefined ? builtWorker() : settings.workerUrl;
  // In-process, a big log is read part after part: no part's tree outlives its part.
  if (workers === 0 || url === null) return entries.map((entry, index) => readHere(entry, plans[index] ?? null, settings.calendar));
  const batches = batchesOf(units.map(unitSize), workers);
  const parsed = await parseInWorkers(units, batches, workers, settings.calendar, url, cut ? partHeapLimits(Math.max(...units.map(unitSize))) : undefined);
  // A batch a worker could not parse (it threw, or the worker died) is parsed here, in order, so the first
  // log that throws is the one the in-process path would have thrown on.
  const results = inOrder(batches.map((batch, index) => parsed[index] ?? parseUnits(units.slice(batch.start, batch.end), settings.calendar)));
  let next = 0;
  return plans.map((plan) => {
    const parts = partsOf(plan);
    const count = parts?.length ?? 1;
    const mine = results.slice(next, next + count);
    next += count;
    return plan?.head && parts ? logFromParts(plan, plan.head, mine as PartModel[]) : (mine[0] as WorkLog);
  });
}

function readHere(entry: ParseEntry, plan: LogPlan | null, calendar: WorkCalendar): WorkLog {
  return plan ? readPlanned(plan) : parseLog(entry.text, { ...entry.options, calendar });
}

/** Each batch's logs from the workers, or null for a batch they could not parse; settles once every worker has exited. */
function parseInWorkers(entries: readonly ParseUnit[], batches: readonly Batch[], count: number, calendar: WorkCalendar, url: URL, resourceLimits?: ResourceLimits): Promise<(ParsedUnit[] | null)[]> {
  const parsed: (ParsedUnit[] | null)[] = batches.map(() => null);
  let next = 0;
  let running = count;
  return new Promise((resolve) => {
    const start = (): void => {
      const worker = new Worker(url, { workerData: { calendar }, ...(resourceLimits ? { resourceLimits } : {}) });
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
