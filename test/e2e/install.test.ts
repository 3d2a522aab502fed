/** Packs the project and installs the tarball as users do, offline: the bundled CLI needs no runtime dependency. */

import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, temporaryDirectory } from '../helpers.js';

// npm passes its own settings to the scripts it runs (`npm test`); the install must see none of them.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

function run(command: string, args: string[], cwd: string) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env });
}

function installedBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(dir, name)))
    .filter((info) => info.isFile())
    .reduce((total, info) => total + info.size, 0);
}

describe('npm install -g of the packed tarball', () => {
  const dir = temporaryDirectory('worklog-install-');
  const prefix = join(dir, 'prefix');
  const worklog = join(prefix, 'bin', 'worklog');
  let installOutput = '';

  beforeAll(() => {
    const pack = run('npm', ['pack', '--json', '--pack-destination', dir], root);
    expect(pack.status, pack.stderr).toBe(0);
    const [{ filename }] = JSON.parse(pack.stdout) as [{ filename: string }];
    // An empty cache and --offline: any dependency to fetch fails the install.
    const install = run('npm', ['install', '--global', '--prefix', prefix, '--offline', '--cache', join(dir, 'cache'), '--no-audit', '--no-fund', join(dir, filename)], dir);
    installOutput = install.stdout + install.stderr;
    expect(install.status, installOutput).toBe(0);
  }, 180_000);

  it('installs worklog alone, in under 5 MB', () => {
    expect(installOutput).toMatch(/added 1 package\b/);
    const installed = join(prefix, 'lib', 'node_modules');
    expect(readdirSync(installed)).toEqual(['worklog']);
    expect(readdirSync(join(installed, 'worklog')).sort()).toEqual(['README.md', 'bin', 'dist', 'package.json', 'schema']);
    expect(installedBytes(prefix)).toBeLessThan(5 * 1024 * 1024);
  });

  it('prints its version', () => {
    const child = run(worklog, ['--version'], root);
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints the status of the reference log', () => {
    const child = run(worklog, ['status', 'fixtures/2023-11-12.md'], root);
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout).toContain('31 items: 23 open · 8 done');
  });
});
