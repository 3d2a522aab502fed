import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { median, readmeEnd, readmeStart, renderResults, summarise, updateReadme, type BenchResults } from '../../bench/readme.mjs';
import { fixturesDir, root } from '../helpers.js';

const results = JSON.parse(readFileSync(join(fixturesDir, 'bench', 'results.json'), 'utf8')) as BenchResults;
const runsOf = (seconds: number[], rssMB: number[] = seconds.map(() => 100)) => seconds.map((value, index) => ({ seconds: value, cpuSeconds: value, rssMB: rssMB[index] ?? 0 }));

describe('benchmark arithmetic', () => {
  it('takes the middle value, the mean of the two middle ones for an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('gives the ratio of the medians and the median of the ratios run by run, which differ', () => {
    const summary = summarise({ id: 'corpus-cold', group: 'corpus', command: 'a', baseline: 'b', target: { ratio: 0.6, rssMB: 300 }, samples: runsOf([1, 3, 2], [310, 200, 250]), baselineSamples: runsOf([2, 2, 4]) });
    expect(summary).toMatchObject({
      median: { command: 2, baseline: 2 },
      ratio: { ofMedians: 1, medianOfPairs: 0.5 },
      peakRssMB: { command: 310, baseline: 100 },
      met: { ratio: false, rss: false, all: false },
    });
  });

  it('compares a command run five times with a baseline run once, pair by pair only where both ran', () => {
    const summary = summarise({ id: 'file-10mb', group: '10mb', command: 'a', baseline: 'b', target: { ratio: 0.04 }, samples: runsOf([7, 6, 8, 7, 9]), baselineSamples: runsOf([200]) });
    expect(summary).toMatchObject({ runs: { command: 5, baseline: 1 }, ratio: { ofMedians: 0.035, medianOfPairs: 0.035 }, met: { ratio: true, rss: null, all: true } });
  });
});

describe('the README table', () => {
  it('renders results.json as the table the README shows', async () => {
    await expect(`${renderResults(results)}\n`).toMatchFileSnapshot(join(fixturesDir, 'bench', 'results.table.txt'));
  });

  it('replaces only what is between the markers, the same on a second run', () => {
    const readme = `# Title\n\nBefore.\n\n${readmeStart}\nold table\n${readmeEnd}\n\nAfter.\n`;
    const updated = updateReadme(readme, results);
    expect(updated.startsWith(`# Title\n\nBefore.\n\n${readmeStart}\nMeasured 2026-11-30 on AMD EPYC 7B13 × 2`)).toBe(true);
    expect(updated.endsWith(`runs.\n${readmeEnd}\n\nAfter.\n`)).toBe(true);
    expect(updated).not.toContain('old table');
    expect(updateReadme(updated, results)).toBe(updated);
  });

  it('has its markers in the project README, and says so when they are missing', () => {
    expect(() => updateReadme(readFileSync(join(root, 'README.md'), 'utf8'), results)).not.toThrow();
    expect(() => updateReadme('# Title\n', results)).toThrow(/bench:start/);
  });
});
