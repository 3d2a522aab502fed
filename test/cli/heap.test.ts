import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { scheduleAnalyses } from '../../src/analyze/index.js';
import { severityIn } from '../../src/analyze/severity.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { heapFor, heapGrowthFlag } from '../../src/cli/heap.js';
import { splitFromChars } from '../../src/parse/big-log.js';
import { referenceLog, runCli, temporaryDirectory } from '../helpers.js';

describe('heapGrowthFlag', () => {
  it('keeps the heap close to what it holds on a run with a log big enough to be cut into parts', () => {
    expect(heapGrowthFlag([1_000, splitFromChars])).toBe('--heap-growing-percent=20');
  });

  it('leaves V8 to grow the heap as it likes on runs over small logs, however many', () => {
    expect(heapGrowthFlag(Array.from({ length: 3_000 }, () => splitFromChars - 1))).toBeNull();
    expect(heapGrowthFlag([])).toBeNull();
  });
});

/** How many full collections were asked for (not made by V8 of itself) on this thread while the work ran. */
async function fullCollectionsAskedFor(work: () => Promise<unknown>): Promise<number> {
  let asked = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // A 'gc' entry's detail (Node's typings leave it out of PerformanceEntry).
      const { kind, flags } = (entry as unknown as { detail: { kind: number; flags: number } }).detail;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR && (flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0) asked += 1;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  await work();
  // Entries reach the observer after the collection, on a later turn.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return asked;
}

describe('the end of a phase', () => {
  it('is a full collection on a run over a big log, and nothing on other runs', async () => {
    const big = await heapFor([1_000, splitFromChars]);
    expect(await fullCollectionsAskedFor(async () => big())).toBe(1);
    const small = await heapFor([splitFromChars - 1]);
    expect(await fullCollectionsAskedFor(async () => small())).toBe(0);
  });

  it('lets check over a big log start each phase from what is alive; check over a small log is left to V8', async () => {
    const dir = temporaryDirectory('worklog-heap-');
    const file = join(dir, '2023-11-12.md');
    // The reference log with a long write-up below it: big, but quick to read.
    const text = `${readFileSync(referenceLog, 'utf8')}\n${'the drill filled the disk of each node and the alarm fired in time\n'.repeat(4_000)}`;
    expect(text.length).toBeGreaterThanOrEqual(splitFromChars);
    writeFileSync(file, text);
    const env = { WORKLOG_TODAY: '2029-01-01' };
    // The log read, between each two of its own rules and after the last, the models let go, the fixes worked out.
    const ownRules = scheduleAnalyses.filter((rule) => severityIn(defaultConfig, rule.id) !== 'off').length;
    expect(ownRules).toBeGreaterThan(1);
    expect(await fullCollectionsAskedFor(() => runCli(['check', '--no-cache', file], { env }))).toBe(1 + (ownRules - 1) + 1 + 1 + 1);
    expect(await fullCollectionsAskedFor(() => runCli(['check', '--no-cache', referenceLog], { env }))).toBe(0);
  });
});
