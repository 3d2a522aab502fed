import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import { runCli, temporaryDirectory } from '../helpers.js';

describe('worklog init', () => {
  it('writes a small configuration: only the keys a team edits first, the rest left to the built-in defaults', async () => {
    const dir = temporaryDirectory('worklog-init-');
    const result = await runCli(['init'], { cwd: dir });
    expect(result).toMatchObject({
      code: 0,
      stdout: 'wrote worklog.config.json: set logDir and coverage.systems; every other key keeps its built-in default (init --full lists them all)\n',
    });
    expect(JSON.parse(readFileSync(join(dir, 'worklog.config.json'), 'utf8'))).toEqual({
      $schema: './node_modules/worklog/schema/worklog.config.schema.json',
      logDir: '.',
      ignores: ['**/README.md', '**/TEMPLATE.md'],
      rules: {},
      coverage: { systems: [] },
    });
    const loaded = await loadConfig({ cwd: dir });
    expect(loaded.coverage).toEqual(defaultConfig.coverage);
    expect(loaded.calendar).toEqual(defaultConfig.calendar);
    expect(loaded.limits).toEqual(defaultConfig.limits);
    expect(loaded.logDir).toBe(dir);
    expect(readdirTemporary(dir)).toEqual([]);
  });

  it('writes every key at its default with --full, and it loads back to the defaults', async () => {
    const dir = temporaryDirectory('worklog-init-');
    const result = await runCli(['init', '--full'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: 'wrote worklog.config.json with every key at its default: edit it, or delete the keys you keep at their defaults\n' });
    const written = JSON.parse(readFileSync(join(dir, 'worklog.config.json'), 'utf8'));
    expect(Object.keys(written)).toEqual(['$schema', 'logDir', 'ignores', 'calendar', 'people', 'staffing', 'coverage', 'statuses', 'limits', 'annotations', 'rules']);
    expect(written.limits).toEqual({ fileMegabytes: 20, nestingDepth: 100, horizonYears: 5 });
    expect(written.annotations).toEqual({ errors: 10, warnings: 10, notices: 0 });
    expect(written.ignores).toEqual(['**/README.md', '**/TEMPLATE.md']);
    const loaded = await loadConfig({ cwd: dir });
    expect(loaded.coverage).toEqual(defaultConfig.coverage);
    expect(loaded.calendar).toEqual(defaultConfig.calendar);
    expect(loaded.staffing.sectionIsPerson).toBe('auto');
    expect(loaded.logDir).toBe(dir);
  });

  it('the small configuration lets a status run in its folder skip the README and read the logs', async () => {
    const dir = temporaryDirectory('worklog-init-');
    writeFileSync(join(dir, 'README.md'), '# Our logs\n');
    expect((await runCli(['status'], { cwd: dir })).code).toBe(2);
    await runCli(['init'], { cwd: dir });
    writeFileSync(join(dir, '2024-03-11.md'), '# 2024-03-11\n\n- [ ] P1 one thing\n');
    expect(await runCli(['status', '--format', 'json'], { cwd: dir })).toMatchObject({ code: 0, stdout: expect.stringContaining('"file": "2024-03-11.md"') });
  });

  it('never overwrites an existing configuration', async () => {
    const dir = temporaryDirectory('worklog-init-');
    await runCli(['init'], { cwd: dir });
    const before = readFileSync(join(dir, 'worklog.config.json'), 'utf8');
    const again = await runCli(['init'], { cwd: dir });
    expect(again).toMatchObject({ code: 2, stderr: 'worklog: worklog.config.json: already exists; worklog never overwrites it\n' });
    expect(readFileSync(join(dir, 'worklog.config.json'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'worklog.config.json'))).toBe(true);
  });
});

function readdirTemporary(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}
