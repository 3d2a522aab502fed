import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runCli, temporaryDirectory } from '../helpers.js';

const days = 'fixtures/history/days';
const overTime = ['fixtures/coverage/over-time', '--config', 'fixtures/coverage/over-time/worklog.config.json'];
const expected = (name: string) => join(fixturesDir, 'trend', name);

describe('worklog trend', () => {
  it.each(['text', 'markdown', 'html', 'json'])('draws the three weeks around Labour Day 2025 as %s', async (format) => {
    const result = await runCli(['trend', '--format', format, days]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    // Inline styles only: mail clients and wikis drop style sheets and scripts.
    if (format === 'html') expect(result.stdout).not.toMatch(/<style|<script|<link|<svg/);
    await expect(result.stdout).toMatchFileSnapshot(expected(`days.${{ text: 'txt', markdown: 'md', html: 'html', json: 'json' }[format] ?? format}`));
  });

  it.each(['text', 'markdown', 'html', 'json'])('draws coverage over Qingming 2024 as %s, drills expiring by the folder\'s configuration', async (format) => {
    const result = await runCli(['trend', '--format', format, ...overTime]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    await expect(result.stdout).toMatchFileSnapshot(expected(`over-time.${{ text: 'txt', markdown: 'md', html: 'html', json: 'json' }[format] ?? format}`));
  });

  it('shows the rows from --since to --until, the earlier logs still giving them their history', async () => {
    const result = await runCli(['trend', '--format', 'markdown', '--since', '2025-04-24', '--until', '2025-04-30', days]);
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(expected('days-since-until.md'));
    // 2025-04-24 is not a first day here: its done and dropped come from 2025-04-23.
    expect(result.stdout).toContain('| 2025-04-24 | 6 | 1 | 0 | 0 | 1 | 0 | 25% (1/4) |');
    expect(result.stdout).not.toContain('2025-04-23');
  });

  it('counts every day of the National Day folder as its hand-written expectations have it', async () => {
    const folder = 'fixtures/history/weeks';
    const hand = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Record<string, {
      open: Record<string, { carriedOver: boolean }>; doneSincePrevious: unknown[]; cancelledSincePrevious: unknown[]; dropped: unknown[];
      overdue: unknown[]; coverage: { score: { done: number; required: number } };
    }>;
    const trend = JSON.parse((await runCli(['trend', '--format', 'json', '--config', join(folder, 'worklog.config.json'), folder])).stdout);
    expect(trend.days.map((day: { date: string }) => day.date)).toEqual(Object.keys(hand));
    for (const day of trend.days) {
      const want = hand[day.date];
      if (!want) throw new Error(`no expectation for ${day.date}`);
      expect(day, day.date).toMatchObject({
        open: Object.keys(want.open).length,
        done: want.doneSincePrevious.length,
        cancelled: want.cancelledSincePrevious.length,
        added: Object.values(want.open).filter((item) => !item.carriedOver).length,
        dropped: want.dropped.length,
        overdue: want.overdue.length,
        coverage: { done: want.coverage.score.done, required: want.coverage.score.required },
      });
    }
  });

  it('names the undated logs on stderr, in one line, and leaves them out', async () => {
    const result = await runCli(['trend', 'fixtures/trend/undated']);
    expect(result).toMatchObject({ code: 0, stderr: 'worklog: no date, so not in the trend: fixtures/trend/undated/会议记录.md\n' });
    await expect(result.stdout).toMatchFileSnapshot(expected('undated.txt'));
    const json = JSON.parse((await runCli(['trend', '--format', 'json', 'fixtures/trend/undated'])).stdout);
    expect(json.undated).toEqual(['fixtures/trend/undated/会议记录.md']);
    expect(json.days.at(-1)).toMatchObject({ date: '2025-06-05', open: 3, done: 0, cancelled: 1, added: 1, dropped: 1, overdue: 2 });
  });

  it('draws a single log as one day', async () => {
    const result = await runCli(['trend', 'fixtures/2023-11-12.md']);
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(expected('single.txt'));
  });

  it('shows the latest days that fit a narrow terminal, and says so', async () => {
    const result = await runCli(['trend', '--no-color', days], { isTTY: true, columns: 30 });
    await expect(result.stdout).toMatchFileSnapshot(expected('days-narrow.txt'));
    expect(result.stdout).toContain('the latest 12 of 13 days fit');
    expect(result.stdout).toContain('from 2025-04-22');
    const { width } = await import('../../src/render/terminal.js');
    for (const line of result.stdout.split('\n')) expect(width(line), line).toBeLessThanOrEqual(30);
  });

  it.each([
    [['--since', '2025-02-30'], "worklog: option '--since <YYYY-MM-DD>' argument '2025-02-30' is invalid. expected a date written YYYY-MM-DD\n"],
    [['--until', 'yesterday'], "worklog: option '--until <YYYY-MM-DD>' argument 'yesterday' is invalid. expected a date written YYYY-MM-DD\n"],
    [['--since', '2025-05-01', '--until', '2025-04-01'], 'worklog: --since 2025-05-01 is after --until 2025-04-01\n'],
    [['--since', '2025-06-01'], 'worklog: no dated log on or after 2025-06-01\n'],
    [['--since', '2025-05-01', '--until', '2025-05-05'], 'worklog: no dated log from 2025-05-01 to 2025-05-05\n'],
  ])('refuses %j in one line, exit 2', async (options, stderr) => {
    expect(await runCli(['trend', ...options, days])).toEqual({ code: 2, stdout: '', stderr });
  });

  it('says in one line, exit 2, when no log has a date', async () => {
    expect(await runCli(['trend', 'fixtures/trend/undated/会议记录.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'worklog: no date, so not in the trend: fixtures/trend/undated/会议记录.md\nworklog: no dated log to show a trend of\n',
    });
  });

  it('keeps file names inert in HTML and on a terminal', async () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, '<img src=x onerror=alert(1)>\u001b[2J.md'), '# 2025-06-02\n\n- [ ] 整理回归用例\n');
    const page = (await runCli(['trend', '--format', 'html', '.'], { cwd: dir })).stdout;
    expect(page).not.toContain('<img');
    expect(page).toContain('title="&lt;img src=x onerror=alert(1)&gt;␛[2J.md"');
    const text = (await runCli(['trend', '.'], { cwd: dir })).stdout;
    expect(text).not.toContain('\u001b');
    expect(text).toContain('latest: 2025-06-02 (<img src=x onerror=alert(1)>␛[2J.md)');
  });
});
