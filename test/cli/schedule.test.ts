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

  it('says so when the log has no plan', async () => {
    const { stdout } = await runCli(['schedule', 'fixtures/parse/priorities.md']);
    expect(stdout).toBe('No schedule problems.\n\nNo staffing table or gantt chart to chart.\n');
  });
});
