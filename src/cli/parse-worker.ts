/**
 * The parse worker's entry: parses the batches of logs (and parts of big logs) the pool sends, with the run's calendar,
 * and sends their models back; in a run that asks for it (`check`), each whole log's own rule run instead.
 */

import { parentPort, workerData } from 'node:worker_threads';
import type { WorkCalendar } from '../calendar/working-days.js';
import { type BatchReply, type BatchTask, type OwnRuns } from './parse-plan.js';
import { readBatch } from './parse-pool.js';

const { calendar, ownRuns } = workerData as { calendar: WorkCalendar; ownRuns?: OwnRuns };
// The rules load only in a worker that runs them.
const running = ownRuns ? { ownRuns, ownRunOf: (await import('./actions/own-run.js')).ownRunOf } : null;

parentPort?.on('message', ({ batch, entries }: BatchTask) => {
  let reply: BatchReply;
  try {
    reply = { batch, logs: readBatch(entries, calendar, running) };
  } catch {
    // The main thread parses this batch again, so what throws is reported as the in-process path reports it.
    reply = { batch, failed: true };
  }
  // The packed logs are moved, not copied.
  parentPort?.postMessage(reply, 'logs' in reply ? [reply.logs.buffer] : []);
});
