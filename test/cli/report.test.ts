import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runCli, withoutCommits } from '../helpers.js';

const reference = 'fixtures/2023-11-12.md';

/** The JSON with each file's git commit written as `<commit>`, so the expected report does not depend on the history. */
function withoutJsonCommits(text: string): string {
  return text.replace(/"commit": "[0-9a-f]{7,40}\+?"/g, '"commit": "<commit>"');
}

describe('worklog report', () => {
  it('prints the daily report of the reference log as text: every chart, the whole matrix, every note', async () => {
    const result = await runCli(['report', '--format', 'text', reference]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    await expect(withoutCommits(result.stdout)).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.report.txt'));
  });

  it('prints it as markdown for a wiki', async () => {
    const result = await runCli(['report', '--format', 'markdown', reference]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    await expect(withoutCommits(result.stdout)).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.report.md'));
  });

  it('prints it as JSON: the status document', async () => {
    const result = await runCli(['report', '--format', 'json', reference]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    await expect(withoutJsonCommits(result.stdout)).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.report.json'));
    expect(result.stdout).toBe((await runCli(['status', '--format', 'json', reference])).stdout);
  });

  it('is the morning view in full: the text report holds everything the status view shows', async () => {
    const status = (await runCli(['status', reference])).stdout;
    const report = (await runCli(['report', reference])).stdout;
    expect(report.length).toBeGreaterThan(status.length);
    expect(report).toContain('Gantt chart (line');
    expect(status).not.toContain('Gantt chart (line');
  });
});
