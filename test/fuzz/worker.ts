/** Runs worklog on one input at a time inside a worker thread, so a runaway input can be stopped and measured. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';

export interface FuzzRequest {
  id: number;
  text: string;
  args: string[];
}

export interface FuzzReply {
  id: number;
  code: number;
  stdout: string;
  stderr: string;
  milliseconds: number;
}

const { dir } = workerData as { dir: string };

parentPort?.on('message', async ({ id, text, args }: FuzzRequest) => {
  const file = join(dir, '2023-11-12.md');
  writeFileSync(file, text);
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (chunk) => void (stdout += chunk), isTTY: false },
    stderr: { write: (chunk) => void (stderr += chunk), isTTY: false },
    stdin: (async function* nothing() {})(),
    env: { WORKLOG_TODAY: '2023-11-12' },
    cwd: dir,
  };
  const start = performance.now();
  const code = await run([...args, file], io);
  const reply: FuzzReply = { id, code, stdout, stderr, milliseconds: performance.now() - start };
  parentPort?.postMessage(reply);
});
