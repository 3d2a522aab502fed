/**
 * Sixty generated daily logs read together: what `check`, `status`, `trend` and `coverage` report over them is
 * checked in, so that making the work across many logs cheaper cannot change a single word of it.
 */

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedJson, fixturesDir, root, runCli, temporaryDirectory } from '../helpers.js';

const expectedDir = join(fixturesDir, 'many-logs');
// The generator is seeded: the same sixty logs every run (2024-01-02 to 2024-03-25, weekdays).
const corpus = temporaryDirectory('worklog-many-');
execFileSync(process.execPath, [join(root, 'scripts/daily-logs.mjs'), corpus, '60']);

describe('sixty daily logs read together', () => {
  it.each([
    ['check', ['check', '--format', 'json']],
    ['status', ['status', '--format', 'json']],
    ['trend', ['trend', '--format', 'json']],
    ['coverage', ['coverage', '--format', 'json']],
  ])('%s reports what it reported before', async (name, args) => {
    // Run from inside the folder so that files are named as `2024-01-02.md`, wherever the folder is.
    const result = await runCli([...args, '.'], { cwd: corpus, env: { WORKLOG_TODAY: '2024-03-29' } });
    expect(result.stderr).toBe('');
    const actual: unknown = JSON.parse(result.stdout);
    expect(actual).toEqual(expectedJson(join(expectedDir, `${name}.expected.json`), actual));
  }, 60_000);
});
