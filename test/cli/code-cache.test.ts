import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'worklog-code-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function worklog(cacheDir: string, env: Record<string, string> = {}, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/worklog.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, WORKLOG_CACHE_DIR: cacheDir, ...env },
  });
}

// Parsed logs are kept in the same folder; --no-cache leaves these runs to the compiled code alone.
const status = (cacheDir: string, env: Record<string, string> = {}) => worklog(cacheDir, env, 'status', '--no-cache', 'fixtures/2023-11-12.md');
const cached = (cacheDir: string) => readdirSync(join(cacheDir, 'code'), { recursive: true, encoding: 'utf8' });

describe('compiled code kept between runs', () => {
  const uncached = status(join(scratch, 'unused'), { NODE_DISABLE_COMPILE_CACHE: '1' });

  it('prints the same with and without the cache, and keeps it in WORKLOG_CACHE_DIR', () => {
    const dir = join(scratch, 'fresh');
    const first = status(dir);
    const second = status(dir);
    expect(uncached.status).toBe(0);
    for (const run of [first, second]) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(uncached.stdout);
    }
    expect(cached(dir).length).toBeGreaterThan(0);
  });

  it('writes no cache when NODE_DISABLE_COMPILE_CACHE is set', () => {
    const dir = join(scratch, 'disabled');
    expect(status(dir, { NODE_DISABLE_COMPILE_CACHE: '1' }).status).toBe(0);
    expect(() => readdirSync(dir)).toThrow();
  });

  it('runs as usual from a cache that is not V8 data, and replaces it', () => {
    const dir = join(scratch, 'corrupt');
    expect(status(dir).status).toBe(0);
    const files = cached(dir).filter((name) => name.endsWith('.v8'));
    // Node 22.1+ keeps a cache of its own; older Node's is a file of V8 data for each script of the build the run ran.
    if (!('enableCompileCache' in module)) expect(files.length).toBeGreaterThan(1);
    for (const name of files) writeFileSync(join(dir, 'code', name), 'not a code cache');
    const run = status(dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(uncached.stdout);
    for (const name of files) expect(readFileSync(join(dir, 'code', name), 'utf8')).not.toBe('not a code cache');
    expect(status(dir).stdout).toBe(uncached.stdout);
  });

  it('runs without a cache where the cache directory cannot be made', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    const run = status(join(file, 'below'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(uncached.stdout);
    expect(worklog(join(file, 'below'), {}, '--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
