/** A worker that runs worklog on fuzzed inputs one by one, under a memory limit and a time limit per input. */

import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FuzzReply } from './worker.js';

export interface FuzzBudget {
  /** Stop an input after this long: a hang is a failure. */
  milliseconds: number;
  /** The worker's heap limit: an input that needs more is a failure. */
  heapMegabytes: number;
}

export type FuzzOutcome =
  | ({ kind: 'ran' } & FuzzReply)
  | { kind: 'timeout'; milliseconds: number }
  | { kind: 'crashed'; error: string };

export interface FuzzRunner {
  run(text: string, args: string[]): Promise<FuzzOutcome>;
  close(): Promise<void>;
}

/** Bundles the worker once (worker threads do not go through the test runner's TypeScript transform). */
async function bundleWorker(dir: string): Promise<string> {
  const outfile = join(dir, 'worker.mjs');
  await build({
    entryPoints: [new URL('./worker.ts', import.meta.url).pathname],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    define: { WORKLOG_VERSION: '"fuzz"' },
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return outfile;
}

export async function fuzzRunner(budget: FuzzBudget): Promise<FuzzRunner> {
  const dir = mkdtempSync(join(tmpdir(), 'worklog-fuzz-'));
  const script = await bundleWorker(dir);
  let worker: Worker | null = null;
  let nextId = 0;
  const start = () => new Worker(script, { workerData: { dir }, resourceLimits: { maxOldGenerationSizeMb: budget.heapMegabytes } });

  return {
    run(text, args) {
      worker ??= start();
      const current = worker;
      const id = nextId++;
      return new Promise<FuzzOutcome>((resolve) => {
        const done = (outcome: FuzzOutcome, restart: boolean) => {
          clearTimeout(timer);
          current.off('message', onMessage);
          current.off('error', onError);
          current.off('exit', onExit);
          if (restart) {
            void current.terminate();
            worker = null;
          }
          resolve(outcome);
        };
        const onMessage = (reply: FuzzReply) => {
          if (reply.id === id) done({ kind: 'ran', ...reply }, false);
        };
        const onError = (error: Error) => done({ kind: 'crashed', error: `${error.name}: ${error.message}` }, true);
        const onExit = (code: number) => done({ kind: 'crashed', error: `the worker exited with code ${code}` }, true);
        const timer = setTimeout(() => done({ kind: 'timeout', milliseconds: budget.milliseconds }, true), budget.milliseconds);
        current.on('message', onMessage);
        current.on('error', onError);
        current.on('exit', onExit);
        current.postMessage({ id, text, args });
      });
    },
    async close() {
      await worker?.terminate();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
