import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, fixturesDir, root, runCli, temporaryDirectory } from '../helpers.js';

const today = '2024-06-12';

/** A copy of some realworld logs, so a test may edit them. */
function corpusCopy(): string {
  const dir = temporaryDirectory('worklog-logs-');
  for (const path of filesUnder(join(fixturesDir, 'realworld'), '.md').slice(0, 8)) cpSync(path, join(dir, basename(path)));
  return dir;
}

const check = (logs: string, cacheDir: string | null, ...more: string[]) =>
  runCli(['check', '--format', 'json', ...more, logs], { env: { WORKLOG_TODAY: today, ...(cacheDir ? { WORKLOG_CACHE_DIR: cacheDir } : {}) } });

/** Runs the built CLI as its own process. */
function worklog(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/worklog.js'), ...args], { cwd: root, env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the cache of parsed logs', () => {
  it('gives the same findings cold, warm and with --no-cache, and --no-cache writes nothing', async () => {
    const logs = corpusCopy();
    const cacheDir = join(temporaryDirectory('worklog-cache-'), 'worklog');
    const uncached = await check(logs, null);
    const cold = await check(logs, cacheDir);
    // The index of files by their stat is an entry too, once the files are a few seconds old.
    const entries = filesUnder(cacheDir, '.json').filter((path) => !readFileSync(path, 'utf8').startsWith('{"cache":"worklog file index"'));
    // Each log's model, beside it what its own rules found, and beside today's model what the rules across logs found.
    expect(entries).toHaveLength(2 * filesUnder(logs, '.md').length + 1);
    const warm = await check(logs, cacheDir);
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
    expect(uncached.stderr).toBe('');

    const unused = join(temporaryDirectory('worklog-cache-'), 'worklog');
    expect(await check(logs, unused, '--no-cache')).toEqual(uncached);
    expect(existsSync(unused)).toBe(false);
  });

  it('gives each log\'s own findings and the suppressions they used back from the cache as a run without it reports them', async () => {
    const logs = temporaryDirectory('worklog-logs-');
    // The reference log's overlaps silenced by one comment, and a comment for a rule that finds nothing there.
    const reference = readFileSync(join(fixturesDir, '2023-11-12.md'), 'utf8');
    writeFileSync(join(logs, '2023-11-12.md'), `${reference}\n<!-- worklog-disable-file schedule/overlap -->\n\n<!-- worklog-disable-file schedule/unassigned -->\n`);
    cpSync(join(fixturesDir, 'parse', 'suppressions.md'), join(logs, '2023-11-10.md'));
    const config = join(logs, 'worklog.config.json');
    const cacheDir = temporaryDirectory('worklog-cache-');
    const run = (cache: string | null, format: string, env: Record<string, string> = {}) => runCli(
      ['check', '--format', format, '--config', config, logs],
      { env: { WORKLOG_TODAY: '2023-11-12', ...(cache ? { WORKLOG_CACHE_DIR: cache } : {}), ...env } },
    );
    const same = async (format: string, env: Record<string, string> = {}) => {
      const uncached = await run(null, format, env);
      expect(await run(cacheDir, format, env), `cold ${format}`).toEqual(uncached);
      expect(await run(cacheDir, format, env), `warm ${format}`).toEqual(uncached);
      return uncached.stdout;
    };

    writeFileSync(config, '{}');
    const text = await same('text');
    expect(text).toContain('`worklog-disable-file schedule/unassigned` suppresses nothing');
    expect(text).toContain('suppresses nothing: no parse/lenient-checkbox finding on line 9');
    expect(text).toMatch(/schedule\/drift/);
    expect(text).not.toMatch(/schedule\/overlap\n/);
    // Another configuration, or another day, is another set of results.
    writeFileSync(config, JSON.stringify({ rules: { 'schedule/drift': 'error', 'parse/lenient-checkbox': 'off' } }));
    const configured = await same('text');
    expect(configured).not.toEqual(text);
    expect(configured).toMatch(/ error .* schedule\/drift\n/);
    await same('json', { WORKLOG_TODAY: '2023-11-13' });
  });

  it('reads a warm check from each log\'s kept run and summary and today\'s log whole, as a run without it reports every rule across logs and every suppression', async () => {
    // Two older logs: one where coverage is reported, one with a comment for a rule reported in today's, which suppresses nothing.
    const logs = temporaryDirectory('worklog-logs-');
    for (const name of ['01-qa-daily-zh-long.md', '02-standup-en-terse.md']) cpSync(join(fixturesDir, 'realworld', name), join(logs, name));
    writeFileSync(join(logs, '02-standup-en-terse.md'), `${readFileSync(join(logs, '02-standup-en-terse.md'), 'utf8')}\n<!-- worklog-disable-file coverage/gap -->\n`);
    writeFileSync(join(logs, '2026-01-05.md'), [
      '# 放火周记 2026-01-05', '', '## 今日', '', '- [ ] 对账差错修复上线 📅 2026-01-02', '- [ ] Reply to the bank about the file format 📅 2026-01-05', '',
      '## 本周放火清单', '', '- [ ] 钱包内存放火', '<!-- worklog-disable-next-line coverage/alarm -->', '- [x] 收银台内存放火，告警未触发，已提单给监控组',
      '- [x] 收银台CPU放火，告警未触发', '- [x] 今天磁盘演练', '<!-- worklog-disable-next-line coverage/pending -->', '- [ ] 账户中心磁盘放火',
      '<!-- worklog-disable-next-line items/overdue -->', '- [ ] 钱包磁盘放火', '',
    ].join('\n'));
    const cacheDir = temporaryDirectory('worklog-cache-');
    const run = (...more: string[]) => runCli(['check', '--format', 'json', ...more, logs], { env: { WORKLOG_TODAY: '2026-01-05', WORKLOG_CACHE_DIR: cacheDir } });
    const uncached = await run('--no-cache');
    expect(await run(), 'cold').toEqual(uncached);
    expect(await run(), 'warm').toEqual(uncached);
    const { findings } = JSON.parse(uncached.stdout) as { findings: { ruleId: string; file: string; line: number }[] };
    const found = (ruleId: string, file: string) => findings.filter((finding) => finding.ruleId === ruleId && finding.file.endsWith(file)).map((finding) => finding.line);
    for (const ruleId of ['coverage/gap', 'coverage/pending', 'coverage/alarm', 'coverage/unattributed', 'items/overdue', 'items/due-today']) expect(found(ruleId, '2026-01-05.md'), ruleId).not.toEqual([]);
    // Coverage reported where an older log's drill decides the cell, and the comments that silenced or missed.
    expect(found('coverage/alarm', '01-qa-daily-zh-long.md')).not.toEqual([]);
    expect(found('coverage/alarm', '2026-01-05.md')).toEqual([13]);
    expect(found('worklog/unused-disable', '2026-01-05.md')).toEqual([17]);
    expect(found('worklog/unused-disable', '02-standup-en-terse.md')).not.toEqual([]);

    // With every model gone from the cache, a warm run reads no log: each log's run and the run across them are kept.
    const models = () => filesUnder(cacheDir, '.json').filter((path) => readFileSync(path, 'utf8').startsWith('{"cache":"worklog parsed log"'));
    for (const path of models()) rmSync(path);
    expect(await run(), 'warm without models').toEqual(uncached);
    expect(models()).toHaveLength(0);
    // Without the run across them too, it reads today's log again, and no other.
    const acrossRuns = filesUnder(cacheDir, '.json').filter((path) => readFileSync(path, 'utf8').includes('"ran":[['));
    expect(acrossRuns).toHaveLength(1);
    for (const path of acrossRuns) rmSync(path);
    expect(await run(), 'warm without models and the run across logs').toEqual(uncached);
    expect(models()).toHaveLength(1);

    // A summary spoiled in its entry is a miss: the log is read and checked again, and its entry written again.
    const kept = filesUnder(cacheDir, '.json').filter((path) => readFileSync(path, 'utf8').includes('"summary":{"file":'));
    expect(kept).toHaveLength(filesUnder(logs, '.md').length);
    const [spoiled = ''] = kept;
    const whole = readFileSync(spoiled, 'utf8');
    writeFileSync(spoiled, whole.replace('"summary":{"file":', '"summary":{"name":'));
    expect(await run(), 'warm with a spoiled summary').toEqual(uncached);
    expect(readFileSync(spoiled, 'utf8')).toBe(whole);
  });

  it('never serves a model for text that has changed by one character', async () => {
    const logs = corpusCopy();
    const cacheDir = temporaryDirectory('worklog-cache-');
    const parse = (cache: string | null) =>
      runCli(['parse', '--format', 'json', logs], { env: { WORKLOG_TODAY: today, ...(cache ? { WORKLOG_CACHE_DIR: cache } : {}) } });
    const before = await parse(cacheDir);
    const log = join(logs, '02-standup-en-terse.md');
    const text = readFileSync(log, 'utf8');
    expect(text).toContain('- [ ]');
    writeFileSync(log, text.replace('- [ ]', '- [x]'));
    const after = await parse(cacheDir);
    expect(after).toEqual(await parse(null));
    expect(after.stdout).not.toEqual(before.stdout);
  });

  it('keys on the options that change the parse: --date and the name a log is read under', async () => {
    const cacheDir = temporaryDirectory('worklog-cache-');
    const text = '# Standup\n\n- [ ] ship the release\n';
    const parse = (...args: string[]) =>
      runCli(['parse', '--format', 'json', ...args, '-'], { stdin: text, env: { WORKLOG_TODAY: today, WORKLOG_CACHE_DIR: cacheDir } });
    const first = await parse('--date', '2024-06-11');
    expect(first.code).toBe(0);
    expect(await parse('--date', '2024-06-11')).toEqual(first);
    const otherDay = await parse('--date', '2024-06-10');
    expect(otherDay.stdout).toContain('2024-06-10');
    expect(otherDay.stdout).not.toContain('2024-06-11');
    const otherName = await parse('--date', '2024-06-11', '--stdin-filename', '2024-06-09.md');
    expect(otherName.stdout).toContain('2024-06-09.md');
  });

  it('keeps a model for every day, unless it reads the day worklog runs on: a Day Planner chart is read again the next day', async () => {
    const cacheDir = temporaryDirectory('worklog-cache-');
    const plain = '# Standup 2024-06-11\n\n- [ ] ship the release\n';
    const planner = '# Standup 2024-06-11\n\n```mermaid\ngantt\ndateFormat HH:mm\nsection Day\nStand-up :09:00, 15m\n```\n';
    const parse = (text: string, day: string, cache: string | null = cacheDir) =>
      runCli(['parse', '--format', 'json', ...(cache ? [] : ['--no-cache']), '-'], { stdin: text, env: { WORKLOG_TODAY: day, ...(cache ? { WORKLOG_CACHE_DIR: cache } : {}) } });
    const entries = () => filesUnder(cacheDir, '.json').length;

    const plainFirst = await parse(plain, '2024-06-11');
    expect(entries()).toBe(1);
    // The next day's run finds it: no entry is added, and it is what a run without the cache reads.
    expect(await parse(plain, '2024-06-12')).toEqual(plainFirst);
    expect(entries()).toBe(1);
    expect(await parse(plain, '2024-06-12', null)).toEqual(plainFirst);

    const plannerFirst = await parse(planner, '2024-06-11');
    expect(plannerFirst.stdout).toContain('2024-06-11T09:00:00');
    const plannerNext = await parse(planner, '2024-06-12');
    expect(plannerNext.stdout).toContain('2024-06-12T09:00:00');
    expect(plannerNext).toEqual(await parse(planner, '2024-06-12', null));
    // Kept in one entry, for the day last read.
    expect(entries()).toBe(2);
    expect(await parse(planner, '2024-06-12')).toEqual(plannerNext);
  });

  it('keys on the time zone, where mermaid reads dates written without one', async () => {
    const cacheDir = temporaryDirectory('worklog-cache-');
    const text = '# Standup 2024-06-11\n\n- [ ] ship the release\n';
    const parse = (env: Record<string, string>) =>
      runCli(['parse', '--format', 'json', '-'], { stdin: text, env: { WORKLOG_TODAY: today, WORKLOG_CACHE_DIR: cacheDir, ...env } });
    const utc = await parse({ TZ: 'UTC' });
    expect(utc.code).toBe(0);
    await parse({ TZ: 'Asia/Shanghai' });
    expect(filesUnder(cacheDir, '.json')).toHaveLength(2);
    expect(await parse({ TZ: 'UTC' })).toEqual(utc);
    expect(filesUnder(cacheDir, '.json')).toHaveLength(2);
  });

  it('goes on without the cache, with one note, when it cannot be written', async () => {
    const logs = corpusCopy();
    const notAFolder = join(temporaryDirectory('worklog-cache-'), 'file');
    writeFileSync(notAFolder, '');
    const uncached = await check(logs, null);
    const result = await check(logs, notAFolder);
    expect({ ...result, stderr: '' }).toEqual(uncached);
    expect(result.stderr).toMatch(/^worklog: cannot write the cache in .*file \(ENOTDIR\); going on without it \(set WORKLOG_CACHE_DIR, or pass --no-cache\)\n$/);
  });

  it('is safe for runs that share it: two processes filling one cache at once report what an uncached run does', async () => {
    // The built CLI, as the bin test uses it.
    expect(existsSync(join(root, 'dist/cli.js')), 'run `npm run build` first').toBe(true);
    const logs = corpusCopy();
    const uncached = await worklog(['check', '--format', 'json', '--no-cache', logs], { WORKLOG_TODAY: today });
    for (let round = 0; round < 3; round++) {
      const env = { WORKLOG_TODAY: today, WORKLOG_CACHE_DIR: temporaryDirectory('worklog-cache-') };
      const both = await Promise.all([worklog(['check', '--format', 'json', logs], env), worklog(['check', '--format', 'json', logs], env)]);
      for (const result of both) expect(result).toEqual(uncached);
      expect(filesUnder(env.WORKLOG_CACHE_DIR, '.tmp')).toEqual([]);
      expect(await worklog(['check', '--format', 'json', logs], env)).toEqual(uncached);
    }
  }, 120_000);
});
