// A parse worker that notes its start and each batch it is sent in the file WORKLOG_TEST_WORKER_LOG names, and fails
// every batch, so that the main thread reads it.
import { appendFileSync } from 'node:fs';
import process from 'node:process';
import { parentPort } from 'node:worker_threads';

const log = process.env.WORKLOG_TEST_WORKER_LOG;
if (log) appendFileSync(log, 'started\n');
parentPort.on('message', ({ batch }) => {
  if (log) appendFileSync(log, `batch ${batch}\n`);
  parentPort.postMessage({ batch, failed: true });
});
