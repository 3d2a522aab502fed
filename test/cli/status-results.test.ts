import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/analyze/index.js';
import { analyseStatus } from '../../src/analyze/status-analysis.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { filesUnder, fixturesDir, parseFixture, referenceLog, runCli, temporaryDirectory } from '../helpers.js';

describe("the status report's kept analysis", () => {
  it('reads back from JSON as it was worked out, for logs with plans, charts, drills and findings', () => {
    const plans = ['long-task', 'day-planner', 'endless-cycle', 'cross-year', 'unassigned'].map((name) => join(fixturesDir, 'schedule', `${name}.md`));
    const single = [referenceLog, ...plans];
    const together = filesUnder(join(fixturesDir, 'coverage', 'over-time'), '.md').map((path) => parseFixture(path));
    const contexts = [...single.map((path) => createContext([parseFixture(path)], defaultConfig)), createContext(together, defaultConfig)];
    for (const context of contexts) {
      const analysis = analyseStatus(context);
      expect(JSON.parse(JSON.stringify(analysis)), context.today.file).toStrictEqual(analysis);
    }
  });

  it('gives the same report cold, warm and with --no-cache, and works it out again for another log, day or configuration', async () => {
    const logs = temporaryDirectory('worklog-logs-');
    cpSync(join(fixturesDir, 'schedule', 'aliases.md'), join(logs, '2023-11-12.md'));
    const older = join(logs, '2023-11-10.md');
    writeFileSync(older, '# 2023-11-10\n\n- [ ] Ledger\n');
    const config = join(logs, 'worklog.config.json');
    const people: unknown = JSON.parse(readFileSync(join(fixturesDir, 'schedule', 'aliases.config.json'), 'utf8'));
    writeFileSync(config, JSON.stringify(people));
    const cacheDir = temporaryDirectory('worklog-cache-');
    const run = async (cache: string | null, format = 'text', today = '2023-11-12') => (await runCli(
      ['status', '--format', format, '--config', config, logs],
      { env: { WORKLOG_TODAY: today, ...(cache ? { WORKLOG_CACHE_DIR: cache } : {}) } },
    )).stdout;

    const uncached = await run(null);
    expect(uncached).toContain('schedule/overlap');
    expect(await run(cacheDir), 'cold').toBe(uncached);
    expect(await run(cacheDir), 'warm').toBe(uncached);
    expect(await run(cacheDir, 'json'), 'warm json').toBe(await run(null, 'json'));
    // One analysis for both formats, and it is read back: a changed entry shows.
    const kept = () => filesUnder(cacheDir, '.json').filter((path) => readFileSync(path, 'utf8').includes('"cache":"worklog log results"'));
    const spoil = () => {
      for (const path of kept()) writeFileSync(path, readFileSync(path, 'utf8').replaceAll('"schedule/overlap"', '"schedule/overlap-kept"'));
    };
    expect(kept()).toHaveLength(1);
    spoil();
    expect(await run(cacheDir)).toContain('schedule/overlap-kept');
    // A change to any log, another day or another configuration is another analysis.
    writeFileSync(older, '# 2023-11-10\n\n- [x] Ledger\n');
    expect(await run(cacheDir)).toBe(await run(null));
    spoil();
    expect(await run(cacheDir, 'text', '2023-11-13')).not.toContain('schedule/overlap-kept');
    spoil();
    writeFileSync(config, JSON.stringify({ ...Object(people), rules: { 'schedule/overlap': 'error' } }));
    const configured = await run(cacheDir);
    expect(configured).toBe(await run(null));
    expect(configured).toMatch(/error +schedule\/overlap /);
  });
});
