import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, root, runCli, withoutCommits } from '../helpers.js';
import { width } from '../../src/render/terminal.js';

const reference = 'fixtures/2023-11-12.md';
const commands = ['status', 'report', 'schedule', 'coverage', 'check'] as const;

/** The text a reader sees with the wrapping undone: lines joined, runs of spaces as one. */
const joined = (text: string) => text.replace(/\s+/g, ' ');
/** The same with no spaces at all, for a message whose CJK was broken where it had none. */
const unspaced = (text: string) => text.replace(/\s+/g, '');

/** The reference log's finding messages; with `'warning'`, only those the report lists by default (no notes). */
async function findingMessages(least: 'info' | 'warning' = 'info'): Promise<string[]> {
  const { stdout } = await runCli(['check', '--format', 'json', reference]);
  const document = JSON.parse(stdout) as { findings: { message: string; severity: string }[] };
  return document.findings.filter((finding) => least === 'info' || finding.severity !== 'info').map((finding) => finding.message);
}

describe('text output in a terminal', () => {
  for (const columns of [80, 40]) {
    for (const command of commands) {
      it(`${command} fits ${columns} columns`, async () => {
        const result = await runCli([command, reference], { isTTY: true, columns, env: { NO_COLOR: '1' } });
        expect(result.stderr).toBe('');
        await expect(withoutCommits(result.stdout)).toMatchFileSnapshot(join(fixturesDir, 'terminal', `2023-11-12.${command}.${columns}.txt`));
      });
    }
  }

  it('shows every finding whole in `check` at 80 columns, and every one that is not a note in `status` and `report`', async () => {
    const messages = await findingMessages();
    expect(messages.length).toBeGreaterThan(20);
    const check = (await runCli(['check', reference], { isTTY: true, columns: 80, env: { NO_COLOR: '1' } })).stdout;
    for (const message of messages) expect(unspaced(check)).toContain(unspaced(message));
    const { stdout } = await runCli(['status', '--format', 'json', reference]);
    const listed = (JSON.parse(stdout) as { findings: { message: string; severity: string }[] }).findings.filter((finding) => finding.severity !== 'info');
    expect(listed.length).toBeGreaterThan(20);
    // The report lists warnings and above by default (`report.minSeverity`), as the morning view does.
    for (const command of ['status', 'report'] as const) {
      const output = (await runCli([command, reference], { isTTY: true, columns: 80, env: { NO_COLOR: '1' } })).stdout;
      for (const { message } of listed) expect(unspaced(output)).toContain(unspaced(message));
    }
  });

  it('keeps every line within the width and cuts no title or message', async () => {
    for (const command of commands) {
      const { stdout } = await runCli([command, reference], { isTTY: true, columns: 80, env: { NO_COLOR: '1' } });
      expect(stdout.split('\n').filter((line) => width(line) > 80)).toEqual([]);
      expect(stdout.split('\n').filter((line) => line.includes('…'))).toEqual([]);
    }
  });

  it('wraps a message with a hanging indent: its next lines start under its first', async () => {
    const { stdout } = await runCli(['status', reference], { isTTY: true, columns: 80, env: { NO_COLOR: '1' } });
    const lines = stdout.split('\n');
    const first = lines.findIndex((line) => line.includes('schedule/over-allocation'));
    const column = width((lines[first] ?? '').slice(0, (lines[first] ?? '').indexOf('张迪 is booked')));
    expect(column).toBeGreaterThan(30);
    expect(lines[first + 1]).toMatch(new RegExp(`^ {${column}}\\S`));
  });
});

describe('--width', () => {
  it('overrides the terminal width', async () => {
    const wide = await runCli(['status', '--width', '40', reference], { isTTY: true, columns: 200, env: { NO_COLOR: '1' } });
    const narrow = await runCli(['status', reference], { isTTY: true, columns: 40, env: { NO_COLOR: '1' } });
    expect(wide.stdout).toBe(narrow.stdout);
  });

  it('wraps piped output too when asked', async () => {
    const piped = await runCli(['check', '--width', '80', reference]);
    const terminal = await runCli(['check', reference], { isTTY: true, columns: 80, env: { NO_COLOR: '1' } });
    expect(piped.stdout).toBe(terminal.stdout);
  });

  it('refuses a width no row would fit, in one line with exit 2', async () => {
    const result = await runCli(['status', '--width', '5', reference]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('20 or more');
  });
});

describe('piped output', () => {
  it('is never wrapped or cut: the wrapped text joined is the piped text', async () => {
    const piped = await runCli(['report', reference]);
    const terminal = await runCli(['report', reference], { isTTY: true, columns: 80, env: { NO_COLOR: '1' } });
    for (const message of await findingMessages('warning')) expect(joined(piped.stdout)).toContain(joined(message));
    expect(unspaced(piped.stdout).length).toBeGreaterThan(0);
    expect(terminal.stdout).not.toBe(piped.stdout);
  });
});

// A real pseudo-terminal, through util-linux's `script`, as a person at an 80-column terminal would run it.
describe.runIf(existsSync('/usr/bin/script') && existsSync(join(root, 'dist', 'cli.js')))('a pseudo-terminal of 80 columns', () => {
  it('shows every finding of `status` that is not a note in full', async () => {
    const output = execFileSync('/usr/bin/script', ['-qec', `stty cols 80 rows 50; node bin/worklog.js status --no-color ${reference}`, '/dev/null'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' },
    }).replace(/\r/g, '');
    const { stdout } = await runCli(['status', '--format', 'json', reference]);
    const listed = (JSON.parse(stdout) as { findings: { message: string; severity: string }[] }).findings.filter((finding) => finding.severity !== 'info');
    expect(listed.length).toBeGreaterThan(10);
    for (const { message } of listed) expect(unspaced(output)).toContain(unspaced(message));
    expect(Math.max(...output.split('\n').filter((line) => !line.startsWith('from ')).map(width))).toBeLessThanOrEqual(80);
  });
});
