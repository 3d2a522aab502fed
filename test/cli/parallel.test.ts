import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, temporaryDirectory } from '../helpers.js';

// The built launcher, as users run it: workers only start from the bundle (`npm test` builds before it tests).
function worklog(args: string[], env: Record<string, string> = {}) {
  const child = spawnSync(process.execPath, [join(root, 'bin/worklog.js'), ...args], {
    cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, TZ: 'UTC', WORKLOG_TODAY: '2024-12-31', ...env }, maxBuffer: 256 * 1024 * 1024,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

// A seeded folder of daily logs, with files that cannot be read among them.
function generatedLogs(): string {
  const dir = temporaryDirectory('worklog-parallel-');
  const made = spawnSync(process.execPath, [join(root, 'scripts/daily-logs.mjs'), dir, '200'], { encoding: 'utf8' });
  expect(made.status).toBe(0);
  copyFileSync(join(root, 'fixtures/io/gbk.md'), join(dir, '2024-03-01-gbk.md'));
  copyFileSync(join(root, 'fixtures/io/binary.md'), join(dir, '2024-06-01-binary.md'));
  symlinkSync(join(dir, 'gone.md'), join(dir, '2024-09-01-dangling.md'));
  return dir;
}

// The jobs (and the time limit) are generous: parsing on more workers than cores is slower, never different.
describe('parsing on worker threads gives what parsing on the main thread gives', { timeout: 300_000 }, () => {
  const generated = generatedLogs();

  it.each([
    ['check', '--format', 'json'],
    ['parse', '--format', 'json'],
  ])('%s %s %s on 200 generated daily logs and 3 unreadable files', (...command) => {
    const serial = worklog([...command, '--jobs', '1', generated]);
    expect(serial.status).toBe(command[0] === 'check' ? 1 : 0);
    expect(serial.stdout.length).toBeGreaterThan(10_000);
    for (const file of ['gbk', 'binary', 'dangling']) expect(serial.stderr + serial.stdout).toContain(`-${file}.md`);
    if (command[0] === 'check') {
      for (const jobs of ['2', '4']) expect(worklog([...command, '--jobs', jobs, generated])).toStrictEqual(serial);
    } else {
      expect(worklog([...command, '--jobs', '2', generated])).toStrictEqual(serial);
      expect(worklog([...command, generated], { WORKLOG_JOBS: '3' })).toStrictEqual(serial);
    }
  });

  it('check through an empty cache on workers stores every model and run, which a second run reads', () => {
    const serial = worklog(['check', '--format', 'json', '--jobs', '1', generated]);
    const cache = temporaryDirectory('worklog-parallel-cache-');
    const cached = { WORKLOG_CACHE_DIR: cache };
    expect(worklog(['check', '--format', 'json', '--jobs', '2', generated], cached)).toStrictEqual(serial);
    // Each of the 200 readable logs has its model and its run kept, though the run held neither; and the run across them.
    // Beside them, once the files are a few seconds old, the index of their stats.
    const entries = readdirSync(cache, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.json') && !readFileSync(join(cache, path), 'utf8').startsWith('{"cache":"worklog file index"'));
    const runs = entries.filter((path) => readFileSync(join(cache, path), 'utf8').includes('"cache":"worklog log results"'));
    expect([entries.length, runs.length]).toStrictEqual([401, 201]);
    expect(worklog(['check', '--format', 'json', '--jobs', '2', generated], cached)).toStrictEqual(serial);
  });

  it.each(['fixtures/ci/team-logs', 'fixtures/realworld'])('check and status on %s', (folder) => {
    const runs: [string[], string[]][] = [[['check', '--format', 'json'], ['2', '4']], [['status', '--format', 'json', '--all-logs'], ['2']]];
    for (const [command, jobs] of runs) {
      const serial = worklog([...command, '--jobs', '1', folder]);
      expect(serial.stdout.length).toBeGreaterThan(1000);
      for (const each of jobs) expect(worklog([...command, '--jobs', each, folder])).toStrictEqual(serial);
    }
  });
});

describe('--jobs and WORKLOG_JOBS', () => {
  it.each([
    [['--jobs', '0'], {}, "worklog: option '--jobs <n>' argument '0' is invalid. expected a whole number, 1 or more\n"],
    [[], { WORKLOG_JOBS: 'all' }, 'worklog: WORKLOG_JOBS is "all": expected a whole number, 1 or more\n'],
  ])('refuses %j %j with one line and exit 2', async (args, env, stderr) => {
    const result = await runCli(['check', ...args, 'fixtures/2023-11-12.md'], { env });
    expect(result).toMatchObject({ code: 2, stderr });
  });
});
