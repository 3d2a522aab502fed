/** How a run spreads parsing over threads: how many, which logs each batch holds, and the messages between the main thread and its workers. */

import { WorklogError } from '../errors.js';
import type { WorklogConfig } from '../model/config.js';
import type { WorkLog } from '../model/log.js';
import type { ParseOptions } from '../parse/log.js';
import type { PartModel, PartTask } from '../parse/parts.js';
import type { KeptRun } from './actions/own-run.js';

/** One log to parse: its text and how to read it; the calendar is the run's, given to each worker once. */
export interface ParseEntry {
  text: string;
  options: Omit<ParseOptions, 'calendar'>;
}

/**
 * A log given to the pool: how many characters it holds, its text, worked out each time it is asked for (so that the
 * caller may keep the log's bytes rather than the text while the pool runs), and how to read it.
 */
export interface LogToParse {
  chars: number;
  text: () => string;
  options: ParseEntry['options'];
}

/** A log whose text is at hand, given to the pool. */
export const toParse = ({ text, options }: ParseEntry): LogToParse => ({ chars: text.length, text: () => text, options });

/** What a worker is sent to read: a whole log, or one part of a big log cut at its days. */
export type ParseUnit = ParseEntry | { part: PartTask };

/** A unit as the pool holds it before it is sent: a log's text is worked out only then. */
export type PoolUnit = LogToParse | { part: PartTask };

/** The unit to send or read: the log with its text. */
export const withText = (unit: PoolUnit): ParseUnit => ('part' in unit ? unit : { text: unit.text(), options: unit.options });

/** What a unit reads as: a log's model, or a part's model for the main thread to merge. */
export type ParsedUnit = WorkLog | PartModel;

/**
 * A run that works out each log's own rules where the log is parsed (`check`): with the configuration they read, and
 * whether the models are sent back too (to be stored in the cache).
 */
export interface OwnRuns {
  config: WorklogConfig;
  models: boolean;
}

/** A log as a worker sends it back when its own rules ran there: that run as kept (which holds the log's summary), and its model when asked for. */
export interface RanLog {
  run: KeptRun;
  model?: WorkLog;
}

/** What a worker sends back for a unit. */
export type SentUnit = ParsedUnit | RanLog;

export const hasRun = (unit: SentUnit): unit is RanLog => 'run' in unit;

/** The characters a unit holds, which is what its parse costs. */
export const unitSize = (unit: PoolUnit): number => ('part' in unit ? unit.part.text.length : unit.chars);

/** The logs `entries[start]` to `entries[end - 1]`: a batch keeps its logs together and in order. */
export interface Batch {
  start: number;
  end: number;
}

/** What the pool sends a worker. */
export interface BatchTask {
  batch: number;
  entries: ParseUnit[];
}

/** What a worker sends back: the batch's logs, or that parsing one of them threw (the run then parses it in-process). */
export type BatchReply = { batch: number; logs: Packed<SentUnit[]> } | { batch: number; failed: true };

/** A value as one thread sends it to another, and as the main thread keeps it until the pool is done: its JSON text in UTF-8. */
export type Packed<Value> = Uint8Array<ArrayBuffer> & { readonly unpacked?: Value };

// A model is plain JSON data (the model cache stores it so). Sent as one buffer it is moved in one piece; the object
// graph of a few thousand models would be cloned node by node, which costs more on both sides and more memory. Kept
// as bytes, what the main thread holds of the logs read so far lies outside its heap, which V8 lets grow to several
// times what it holds.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The value to send to another thread. */
export function pack<Value>(value: Value): Packed<Value> {
  return encoder.encode(JSON.stringify(value));
}

/** A list packed one value at a time as each is made, the same bytes as `pack(values.map(make))`: the maker holds one made value at a time. */
export function packEach<Given, Value extends object>(values: readonly Given[], make: (value: Given, index: number) => Value): Packed<Value[]> {
  return encoder.encode(`[${values.map((value, index) => JSON.stringify(make(value, index))).join(',')}]`);
}

/** The value another thread sent. */
export function unpack<Value>(packed: Packed<Value>): Value {
  return JSON.parse(decoder.decode(packed)) as Value;
}

// Measured in CPU seconds on 2 cores (generated daily logs of about 1,150 characters): a worker's start-up (its
// thread, the parser's chunk) costs about 0.12 s, parsing runs at about 100,000 characters a second, and sending
// texts and models between threads adds a quarter to a third to the parsing. Two workers save wall time once the
// parsing alone takes about half a second; below ~100,000 characters the pool saves nothing worth its start-up.
export const poolThreshold = { characters: 100_000, logs: 8 };

// Enough batches per thread that one slow batch (a big file) does not leave the other threads idle at the end,
// few enough that messages stay a small part of the work.
const batchesPerThread = 8;

// At most this much text a batch: a batch's models (about seven times its text as JSON) are held whole by the
// worker that reads them and by the main thread that reads them back, so small batches keep both heaps smaller
// (measured on 2,600 daily logs: the run's peak memory from about 445 MB to about 345 MB at 40,000). Half that keeps
// the end of a run even: the main thread, out of batches, waits on what the workers still have in hand.
const batchMostCharacters = 20_000;

/** `--jobs`, else `WORKLOG_JOBS`: how many logs may be parsed at once; null when neither is given (the pool decides). */
export function jobsFrom(option: number | undefined, env: string | undefined): number | null {
  if (option !== undefined) return option;
  if (env === undefined || env === '') return null;
  if (!/^\d+$/.test(env) || Number(env) < 1) throw new WorklogError(`WORKLOG_JOBS is ${JSON.stringify(env)}: expected a whole number, 1 or more`);
  return Number(env);
}

/**
 * On how many threads to read logs (or parts of big logs, `cut`) of these sizes (in characters): the main thread and
 * workers beside it; 0 reads them in-process alone. Unasked, one per core once the logs are many and big enough to pay
 * for the workers' start-up, or a big log is cut into parts; asked (`--jobs N`), N for any two logs or parts or more.
 */
export function poolSize(jobs: number | null, cores: number, sizes: readonly number[], cut = false): number {
  if (jobs !== null) return jobs < 2 || sizes.length < 2 ? 0 : Math.min(jobs, sizes.length);
  const characters = sizes.reduce((sum, size) => sum + size, 0);
  const enough = cut ? sizes.length >= 2 : sizes.length >= poolThreshold.logs;
  if (cores < 2 || !enough || characters < poolThreshold.characters) return 0;
  return Math.min(cores, sizes.length);
}

/**
 * A worker's heap when a big log is cut into parts: unbounded, V8 lets each worker's heap grow to several times what
 * it holds, as the markdown reader leaves much garbage. Measured: reading 64,000 characters at once needs less than
 * 48 MB, 8,000 a few. A worker that runs out all the same dies, and the main thread reads what it left.
 */
export function partHeapLimits(largestUnit: number): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: 48 + Math.ceil(largestUnit / 1000), maxYoungGenerationSizeMb: 16 };
}

// A thread out of batches at the end of a long run waits for those the others still hold (two sent ahead to each
// worker): the last `tailShare` batches' worth of text per thread is cut in batches a quarter of the size, so that
// what is left in hand at the end is short.
const tailShare = 4;

/**
 * Consecutive batches of about equal text, `batchesPerThread` per thread or more when the text is long (then the last
 * ones smaller), each holding at least one log.
 */
export function batchesOf(sizes: readonly number[], threads: number): Batch[] {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const target = Math.min(batchMostCharacters, total / Math.max(1, threads * batchesPerThread));
  const tail = target === batchMostCharacters ? threads * tailShare * target : 0;
  const batches: Batch[] = [];
  let start = 0;
  let filled = 0;
  let done = 0;
  sizes.forEach((size, index) => {
    filled += size;
    if (filled >= (total - done <= tail ? target / tailShare : target)) {
      batches.push({ start, end: index + 1 });
      start = index + 1;
      done += filled;
      filled = 0;
    }
  });
  if (start < sizes.length) batches.push({ start, end: sizes.length });
  return batches;
}

/** Each batch's logs, in batch order: the logs in the order they were given. */
export function inOrder<Parsed>(results: readonly (readonly Parsed[])[]): Parsed[] {
  return results.flat();
}
