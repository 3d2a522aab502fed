import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runCli, withoutCommits } from '../helpers.js';
import { referenceWithMoreItems } from '../e2e/build-report.js';

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

  it('shows the sections --sections names, in that order, and no other', async () => {
    const result = await runCli(['report', '--format', 'markdown', '--sections', 'open-items,coverage', reference]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.match(/^## .*/gm)).toEqual(['## Open by priority', '## Fault-injection coverage']);
    await expect(withoutCommits(result.stdout)).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.report.open-coverage.md'));
  });

  it('lists notes too when the configuration sets report.minSeverity to info, every coverage note once the matrix is not shown', async () => {
    const result = await runCli(['report', '--config', 'fixtures/report/config/notes.config.json', reference]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('coverage/gap  info × 27');
    expect(result.stdout).not.toContain('Open by priority');
    await expect(withoutCommits(result.stdout)).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.report.notes.txt'));
  });

  it('stops with exit 2 and the valid names on an unknown section, on the command line or in the configuration', async () => {
    const given = await runCli(['report', '--sections', 'open,coverage', reference]);
    expect(given).toMatchObject({ code: 2, stdout: '' });
    expect(given.stderr.trim().split('\n')).toHaveLength(1);
    expect(given.stderr).toContain('unknown section open; the sections are due-items, open-items, since-previous, schedule, coverage, diagrams, findings');
    const configured = await runCli(['report', '--config', 'fixtures/report/config/unknown-section.config.json', reference]);
    expect(configured).toMatchObject({ code: 2, stdout: '' });
    expect(configured.stderr.trim().split('\n')).toHaveLength(1);
    expect(configured.stderr).toContain('report.sections.1');
  });

  it('keeps every finding in JSON, whatever the report lists: JSON is the contract', async () => {
    const result = await runCli(['report', '--format', 'json', '--sections', 'findings', reference]);
    expect(JSON.parse(result.stdout).findings).toHaveLength(62);
  });

  it('says on stderr, once, when even the cut-down HTML report is over the mail budget, and still prints it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'worklog-report-budget-'));
    try {
      const busy = referenceWithMoreItems(dir, 300);
      const result = await runCli(['report', '--format', 'html', '--no-provenance', busy]);
      expect(result.code).toBe(0);
      const kb = Math.ceil(Buffer.byteLength(result.stdout) / 1024);
      expect(result.stderr).toBe(`worklog: report is ${kb} KB, over the 100 KB mail budget: Gmail will clip it\n`);
      expect(result.stdout).toContain(`This report is ${kb} KB`);
      expect((await runCli(['report', '--format', 'html', '--no-provenance', reference])).stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
