// Benchmark: start-up and end-to-end run times of the built CLI, and parse time of a large log.
// Usage: npm run build && node scripts/bench.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const runs = Number(process.argv[2] ?? 15);
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/worklog.js');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeCommand(args) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - start);
    if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  }
  return median(times);
}

// A large log: the reference log's body repeated, as a year of logs pasted into one file would be.
const reference = readFileSync(join(root, 'fixtures/2023-11-12.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'worklog-bench-'));
const large = join(dir, '2023-11-12.md');
writeFileSync(large, Array.from({ length: 100 }, () => reference).join('\n'));

const rows = [
  ['node -e ""  (baseline)', timeCommand(['-e', ''])],
  ['worklog --version', timeCommand([bin, '--version'])],
  ['worklog status reference log', timeCommand([bin, 'status', 'fixtures/2023-11-12.md'])],
  ['worklog parse reference log', timeCommand([bin, 'parse', 'fixtures/2023-11-12.md'])],
  [`worklog parse ${(reference.length * 100 / 1024).toFixed(0)} KiB log`, timeCommand([bin, 'parse', large])],
];
console.log(`median of ${runs} runs, node ${process.version}`);
for (const [name, ms] of rows) console.log(`${name.padEnd(36)} ${ms.toFixed(1).padStart(8)} ms`);
