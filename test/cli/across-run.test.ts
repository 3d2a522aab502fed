import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Analyze from '../../src/analyze/index.js';
import type { RuleRun } from '../../src/analyze/index.js';
import { fromKeptAcross, toKeptAcross } from '../../src/cli/actions/across-run.js';
import type { Suppression, WorkLog } from '../../src/model/log.js';
import { filesUnder, fixturesDir, runCli, temporaryDirectory } from '../helpers.js';

/** How many times the analyses across logs ran (the rule set run without a log's parser diagnostics). */
const runs = vi.hoisted(() => ({ across: 0 }));

vi.mock('../../src/analyze/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof Analyze>();
  return {
    ...real,
    runRuleSet: (...args: Parameters<typeof real.runRuleSet>) => {
      if (args[2] === false) runs.across += 1;
      return real.runRuleSet(...args);
    },
  };
});

const suppression = (line: number): Suppression => ({ kind: 'disable-next-line', rules: ['coverage/alarm'], line, column: 1, covers: [line + 1, line + 1] } as unknown as Suppression);

describe('the run across logs as kept', () => {
  const logs = [
    { file: 'a.md', suppressions: [suppression(3), suppression(9)] },
    { file: 'b.md' },
    { file: 'c.md', suppressions: [suppression(4)] },
  ] as unknown as WorkLog[];
  const [a, , c] = logs;
  const run: RuleRun = {
    findings: [{ ruleId: 'coverage/gap', severity: 'warning', file: 'c.md', line: 5, column: 1, message: 'gap', data: {} } as never],
    used: [a?.suppressions?.[1], c?.suppressions?.[0]] as Suppression[],
    ran: new Map([['a.md', { rules: new Set(['coverage/alarm' as const]), diagnostics: false }], ['c.md', { rules: new Set(), diagnostics: false }]]),
  };

  it('comes back through JSON as the run it was, its suppressions the logs\' own objects', () => {
    const kept = JSON.parse(JSON.stringify(toKeptAcross(run, logs))) as unknown;
    const back = fromKeptAcross(kept, logs);
    expect(back).toEqual(run);
    expect(back?.used[0]).toBe(a?.suppressions?.[1]);
    expect(back?.used[1]).toBe(c?.suppressions?.[0]);
  });

  it('is not kept when it used a suppression no log holds, and a spoiled one is none', () => {
    expect(toKeptAcross({ ...run, used: [suppression(7)] }, logs)).toBeNull();
    const kept = JSON.parse(JSON.stringify(toKeptAcross(run, logs))) as { used: unknown[]; ran: unknown[] };
    expect(fromKeptAcross({ ...kept, used: [[5, 0]] }, logs)).toBeNull();
    expect(fromKeptAcross({ ...kept, ran: [['a.md', 'coverage/alarm', false]] }, logs)).toBeNull();
    expect(fromKeptAcross({ findings: 'none', used: [], ran: [] }, logs)).toBeNull();
    expect(fromKeptAcross(null, logs)).toBeNull();
  });
});

describe('check, over logs the cache holds', () => {
  beforeEach(() => {
    runs.across = 0;
  });

  it('runs the analyses across logs once, until a log, the configuration or the day changes, and reports what a run without the cache does', async () => {
    const logs = temporaryDirectory('worklog-logs-');
    for (const path of filesUnder(join(fixturesDir, 'realworld'), '.md').slice(0, 6)) cpSync(path, join(logs, basename(path)));
    const cacheDir = temporaryDirectory('worklog-cache-');
    const check = async (day: string, ...more: string[]) => {
      const before = runs.across;
      const result = await runCli(['check', '--format', 'json', ...more, logs], { env: { WORKLOG_TODAY: day, WORKLOG_CACHE_DIR: cacheDir } });
      return { result, ran: runs.across - before };
    };
    const same = async (day: string, ...more: string[]) => {
      const uncached = await check(day, '--no-cache', ...more);
      expect(uncached.ran).toBe(1);
      return uncached.result;
    };

    const uncached = await same('2024-06-12');
    expect(await check('2024-06-12')).toEqual({ result: uncached, ran: 1 });
    expect(await check('2024-06-12')).toEqual({ result: uncached, ran: 0 });
    // Another day.
    expect(await check('2024-06-13')).toEqual({ result: await same('2024-06-13'), ran: 1 });
    // A log changed.
    const [first = ''] = filesUnder(logs, '.md');
    writeFileSync(first, `${readFileSync(first, 'utf8')}\n- [ ] 钱包内存放火\n`);
    expect(await check('2024-06-13')).toEqual({ result: await same('2024-06-13'), ran: 1 });
    // Another configuration.
    const config = join(logs, 'worklog.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'coverage/gap': 'error' } }));
    expect(await check('2024-06-13', '--config', config)).toEqual({ result: await same('2024-06-13', '--config', config), ran: 1 });
    expect(await check('2024-06-13', '--config', config)).toEqual({ result: await same('2024-06-13', '--config', config), ran: 0 });
  });
});
