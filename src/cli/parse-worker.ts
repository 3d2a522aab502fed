/** The parse worker's entry: parses the batches of logs (and parts of big logs) the pool sends, with the run's calendar, and sends their models back. */

import { parentPort, workerData } from 'node:worker_threads';
import type { WorkCalendar } from '../calendar/working-days.js';
import { pack, type BatchReply, type BatchTask } from './parse-plan.js';
import { parseUnits } from './parse-pool.js';

const { calendar } = workerData as { calendar: WorkCalendar };

parentPort?.on('message', ({ batch, entries }: BatchTask) => {
  let reply: BatchReply;
  try {
    reply = { batch, logs: pack(parseUnits(entries, calendar)) };
  } catch {
    // The main thread parses this batch again, so what throws is reported as the in-process path reports it.
    reply = { batch, failed: true };
  }
  parentPort?.postMessage(reply);
});
