import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, temporaryDirectory } from '../helpers.js';

const hint = "pass a log, a folder or a quoted glob (e.g. logs/ or 'logs/**/*.md'), or set \"logDir\" in worklog.config.json (worklog init writes one)";

function folder(files: Record<string, string>): string {
  const dir = temporaryDirectory('worklog-first-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const commands = ['status', 'report', 'items', 'schedule', 'coverage', 'trend'];

describe('a command run where there are no logs', () => {
  it.each(commands)('%s in an empty folder says how to point it at logs, on one line, exit 2', async (command) => {
    expect(await runCli([command], { cwd: folder({}) })).toEqual({
      code: 2, stdout: '', stderr: `worklog: no logs in the current directory; ${hint}\n`,
    });
  });

  it.each(commands)('%s in a folder with only a README says the README is not a log, instead of an empty report', async (command) => {
    expect(await runCli([command], { cwd: folder({ 'README.md': '# Our logs\n\nOne file a day.\n' }) })).toEqual({
      code: 2, stdout: '', stderr: `worklog: no logs in the current directory (README.md: no date, no items); ${hint}\n`,
    });
  });

  it('names the configured logDir when that is where it looked', async () => {
    const dir = folder({ 'worklog.config.json': '{ "logDir": "logs" }\n', 'logs/README.md': '# Logs\n' });
    expect((await runCli(['status'], { cwd: dir })).stderr)
      .toBe('worklog: no logs in logs (logDir in worklog.config.json) (logs/README.md: no date, no items); pass a log, a folder or a quoted glob (e.g. logs/ or \'logs/**/*.md\'), or fix "logDir" in worklog.config.json\n');
  });

  it('counts what the ignores skipped', async () => {
    const dir = folder({ 'worklog.config.json': '{ "ignores": ["**/README.md"] }\n', 'README.md': '# Logs\n' });
    expect((await runCli(['status'], { cwd: dir })).stderr)
      .toBe(`worklog: no logs in the current directory (1 skipped by ignores or .gitignore); ${hint}\n`);
  });

  it('still reports an undated log that has items, and a file named on the command line', async () => {
    const dir = folder({ 'notes.md': '# Notes\n\n- [ ] P1 one thing\n', 'README.md': '# Readme\n' });
    expect(await runCli(['status'], { cwd: dir })).toMatchObject({ code: 0 });
    expect(await runCli(['status', 'README.md'], { cwd: dir })).toMatchObject({ code: 0 });
  });

  it('leaves check as it is: CI names its logs, and an undated file is a finding there', async () => {
    const dir = folder({ 'README.md': '# Readme\n' });
    expect(await runCli(['check'], { cwd: dir })).toMatchObject({ code: 0 });
  });
});
