import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import { runCli, temporaryDirectory } from '../helpers.js';

describe('worklog init', () => {
  it('writes a starter configuration that loads back to the defaults', async () => {
    const dir = temporaryDirectory('worklog-init-');
    const result = await runCli(['init'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: 'wrote worklog.config.json: edit it, or delete the keys you keep at their defaults\n' });
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
    expect(readdirTemporary(dir)).toEqual([]);
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
