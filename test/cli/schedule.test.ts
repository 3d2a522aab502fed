import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { width } from '../../src/render/terminal.js';
import { fixturesDir, runCli } from '../helpers.js';

const reference = 'fixtures/2023-11-12.md';

describe('worklog schedule', () => {
  it('prints the findings and a load chart per plan', async () => {
    const result = await runCli(['schedule', reference]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    await expect(result.stdout).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.schedule.txt'));
  });

  it('fits 100 columns, wrapping the 54-day chart by weeks, even on a wide terminal', async () => {
    for (const columns of [200, 100]) {
      const { stdout } = await runCli(['schedule', '--no-color', reference], { isTTY: true, columns });
      const chart = stdout.slice(stdout.indexOf('Staffing table (line 63)'));
      expect(Math.max(...chart.split('\n').map(width))).toBeLessThanOrEqual(100);
      expect(chart.match(/^ {10}M T W T F/gm)?.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('marks free, booked and double-booked days with distinct characters without colour', async () => {
    const { stdout } = await runCli(['schedule', reference], { env: { NO_COLOR: '1' } });
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(stdout).toMatch(/^ {2}张迪 {4}# # # # # {2}# # # # X {2}X # # # # {2}# # # # # {2}20\/20$/m);
    expect(stdout).toContain('^ today 2023-11-12');
    expect(stdout).toContain('. free  # booked  X double-booked  ^ today');
  });

  it('colours the chart on a terminal', async () => {
    const { stdout } = await runCli(['schedule', reference], { isTTY: true, columns: 100 });
    expect(stdout).toMatch(/\u001b\[1m\u001b\[31mX/);
  });

  it('prints markdown and JSON', async () => {
    const markdown = (await runCli(['schedule', '--format', 'markdown', reference])).stdout;
    await expect(markdown).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.schedule.md'));
    const document = JSON.parse((await runCli(['schedule', '--format', 'json', reference])).stdout);
    expect(document.summary.warnings).toBe(13);
    expect(document.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'schedule/overlap')).toHaveLength(5);
    expect(document.schedule.load[0]).toMatchObject({ plan: 0, days: expect.arrayContaining(['2023-11-06', '2023-12-01']) });
  });

  it('charts a staffing table without a cycle over the days its rows book', async () => {
    const { stdout } = await runCli(['schedule', '--no-color', 'fixtures/schedule/no-cycle.md'], { env: { WORKLOG_TODAY: '2025-09-12' } });
    expect(stdout).toContain('schedule/days-mismatch');
    expect(stdout).not.toContain('No staffing table or gantt chart');
    expect(stdout).toContain('Staffing table (line 6) · 中秋国庆版本排期 — 2025-09-12 · 2025-09-28 – 2025-10-14 · 8 working days');
    // 柯俊 and 温馨 share one row: both are booked on it.
    expect(stdout).toMatch(/^ {2}柯俊 +# {2}# # {2}\. \. \./m);
    expect(stdout).toMatch(/^ {2}温馨 +# {2}# # {2}\. \. \./m);
  });

  it('says a plan has no dates yet rather than that there is no plan', async () => {
    const log = '# 排期 2025-09-01\n\n## 下个迭代\n\n|项目|人员|时间|\n|--|--|--|\n|灰度|刘洋|第2周|\n|压测|TBD|待定|\n';
    const { stdout } = await runCli(['schedule', '--no-color', '-'], { stdin: log });
    expect(stdout).toContain('schedule/unassigned');
    expect(stdout).toContain('No plan has dates to chart yet.');
    expect(stdout).not.toContain('No staffing table or gantt chart');
  });

  it('reads no meeting table as a plan', async () => {
    const { stdout } = await runCli(['schedule', '--no-color', 'fixtures/parse/meeting-tables-en.md']);
    expect(stdout).toBe('No schedule problems.\n\nNo staffing table or gantt chart to chart.\n');
  });

  it('says so when the log has no plan', async () => {
    const { stdout } = await runCli(['schedule', 'fixtures/parse/priorities.md']);
    expect(stdout).toBe('No schedule problems.\n\nNo staffing table or gantt chart to chart.\n');
  });
});
