import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

// The built launcher, as users run it; `npm test` builds before it tests.
function worklog(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/worklog.js'), ...args], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH } });
}

describe('bin/worklog.js', () => {
  it('has a built CLI to load (run `npm run build`)', () => {
    expect(existsSync(join(root, 'dist/cli.js'))).toBe(true);
  });

  it('prints the status of the reference log and exits 0', () => {
    const child = worklog('status', 'fixtures/2023-11-12.md');
    expect(child.status).toBe(0);
    expect(child.stdout).toContain('2023-11-12 Sun · 今日工作 2023年11月12日');
    expect(child.stdout).toContain('31 items: 23 open · 8 done');
    expect(child.stdout).not.toMatch(/\u001b\[/);
  });

  it('prints its version', () => {
    const child = worklog('--version');
    expect(child.status).toBe(0);
    expect(child.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [['status', 'missing.md'], 'worklog: missing.md: no such file or directory\n'],
    [['nonsense'], "worklog: unknown command 'nonsense'\n"],
  ])('exits 2 with one line and no stack trace for %j', (args, stderr) => {
    const child = worklog(...args);
    expect(child.status).toBe(2);
    expect(child.stderr).toBe(stderr);
  });
});

describe('the production bundle', () => {
  it('does not contain mermaid or jsdom (they are only for the conformance tests)', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'));
    const bundle = files.map((name) => readFileSync(join(root, 'dist', name), 'utf8')).join('\n');
    expect(files.length).toBeGreaterThan(1);
    expect(bundle).not.toMatch(/mermaidAPI|ganttDb|getDiagramFromText|JSDOM/);
    expect(bundle.length).toBeLessThan(1024 * 1024);
  });

  it("keeps the entry small: a command's work loads only when it runs", async () => {
    const { statSync } = await import('node:fs');
    expect(statSync(join(root, 'dist/cli.js')).size).toBeLessThan(20 * 1024);
  });
});

describe('a reader that stops early', () => {
  it('ends the run quietly when the pipe closes (`worklog report | head`)', () => {
    const child = spawnSync('sh', ['-c', `"${process.execPath}" "${join(root, 'bin/worklog.js')}" report --format html fixtures/2023-11-12.md | head -c 10`], { cwd: root, encoding: 'utf8' });
    expect(child.stdout).toBe('<!DOCTYPE ');
    expect(child.stderr).toBe('');
  });
});
