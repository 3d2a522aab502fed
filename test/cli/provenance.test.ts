import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, utimesSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { git } from '../git.js';
import { fixturesDir, root, runCli, temporaryDirectory } from '../helpers.js';

const base = temporaryDirectory('worklog-provenance-');
const markers = join(base, 'markers');
const repo = join(base, 'repo');
mkdirSync(markers);
mkdirSync(join(repo, 'logs'), { recursive: true });

/** A program that leaves a marker named `name` and otherwise behaves as a pass-through filter. */
function hook(name: string): string {
  const path = join(base, `${name}.sh`);
  writeFileSync(path, `#!/bin/sh\ntouch '${join(markers, name)}'\ncat 2>/dev/null\nexit 0\n`);
  chmodSync(path, 0o755);
  return path;
}

// A repository an archive could bring along: every program git runs on its say-so leaves a marker.
git(repo, 'init', '-q');
writeFileSync(join(repo, 'logs/2023-11-12.md'), execFileSync('cat', [join(fixturesDir, '2023-11-12.md')]));
writeFileSync(join(repo, 'logs/2023-11-20.md'), execFileSync('cat', [join(fixturesDir, 'io/2023-11-20.md')]));
writeFileSync(join(repo, '.gitattributes'), '*.md filter=evil diff=evil\n');
git(repo, 'add', '-A');
git(repo, 'commit', '-qm', 'logs');
mkdirSync(join(repo, 'hooks'));
for (const name of ['post-index-change', 'pre-commit', 'post-checkout']) writeFileSync(join(repo, 'hooks', name), `#!/bin/sh\ntouch '${join(markers, name)}'\n`, { mode: 0o755 });
const settings: [string, string][] = [
  ['core.fsmonitor', hook('fsmonitor')],
  ['core.hooksPath', join(repo, 'hooks')],
  ['core.pager', hook('pager')],
  ['filter.evil.clean', hook('clean')],
  ['filter.evil.smudge', hook('smudge')],
  ['filter.evil.required', 'true'],
  ['diff.evil.textconv', hook('textconv')],
  ['diff.external', hook('external-diff')],
  ['log.showSignature', 'true'],
  ['gpg.program', hook('gpg')],
];
for (const [key, value] of settings) git(repo, 'config', key, value);

const leftMarkers = () => readdirSync(markers);

describe('provenance on a repository that configures programs', () => {
  it('is a repository whose configuration really runs them when git reads it', () => {
    // Touching the log makes its index entry stale, so `git status` asks the fsmonitor and runs the clean filter.
    utimesSync(join(repo, 'logs/2023-11-20.md'), new Date(), new Date(Date.now() + 5000));
    git(repo, 'status', '--porcelain');
    expect(leftMarkers()).toEqual(expect.arrayContaining(['clean', 'fsmonitor']));
    for (const marker of leftMarkers()) rmSync(join(markers, marker));
    utimesSync(join(repo, 'logs/2023-11-20.md'), new Date(), new Date(Date.now() + 10_000));
  });

  const runs: string[][] = [
    ...['text', 'markdown', 'json'].map((format) => ['status', '--format', format, 'logs']),
    ...['text', 'markdown', 'html', 'json'].map((format) => ['report', '--format', format, 'logs']),
    ...['text', 'json', 'github', 'sarif', 'junit'].map((format) => ['check', '--format', format, 'logs']),
    ['items', 'logs'], ['schedule', 'logs'], ['coverage', 'logs'], ['parse', 'logs'],
  ];

  it('runs none of them and takes no lock, for every command and format', async () => {
    const seen: string[] = [];
    const watcher = watch(join(repo, '.git'), (_event, name) => void seen.push(String(name)));
    try {
      for (const args of runs) {
        const result = await runCli(args, { cwd: repo, env: { WORKLOG_TODAY: '2023-11-20' } });
        expect(result.code, args.join(' ')).toBeLessThan(2);
        expect(leftMarkers(), args.join(' ')).toEqual([]);
      }
      // From outside the repository, with --provenance: the log's own repository is read, and still nothing runs.
      const outside = await runCli(['status', '--format', 'json', '--provenance', join(repo, 'logs')], { cwd: base });
      const commits = JSON.parse(outside.stdout).provenance.files.map((file: { commit: string | null }) => file.commit);
      expect(commits).toEqual(Array(2).fill(git(repo, 'log', '-1', '--format=%h')));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seen.filter((name) => name.startsWith('index'))).toEqual([]);
      expect(leftMarkers()).toEqual([]);
      // The watcher does see a lock when git takes one.
      git(repo, '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', 'update-index', '--refresh');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seen).toContain('index.lock');
    } finally {
      watcher.close();
      for (const marker of leftMarkers()) rmSync(join(markers, marker));
    }
  }, 120_000);

  it('names no commit with --no-provenance, and none outside the working directory\'s repository without --provenance', async () => {
    const commitsOf = async (args: string[], cwd: string) => JSON.parse((await runCli(['status', '--format', 'json', ...args], { cwd })).stdout)
      .provenance.files.map((file: { commit: string | null }) => file.commit);
    expect(await commitsOf(['--no-provenance', 'logs'], repo)).toEqual([null, null]);
    expect(await commitsOf([join(repo, 'logs')], base)).toEqual([null, null]);
    expect(await commitsOf(['logs'], repo)).toEqual(Array(2).fill(git(repo, 'log', '-1', '--format=%h')));
  });

  it('names commits while git adds files in the same repository, and no git add is refused', async () => {
    const adds = (async () => {
      const outcomes: string[] = [];
      for (let round = 0; round < 20; round += 1) {
        writeFileSync(join(repo, `scratch-${round}.txt`), `${round}\n`);
        const { stderr } = await promisify(execFile)('git', ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', 'add', `scratch-${round}.txt`], { cwd: repo });
        outcomes.push(stderr);
      }
      return outcomes;
    })();
    for (let round = 0; round < 10; round += 1) expect((await runCli(['status', '--format', 'json', 'logs'], { cwd: repo })).code).toBe(0);
    expect(await adds).toEqual(Array(20).fill(''));
  }, 60_000);
});

describe('provenance of many committed logs', () => {
  it('runs no git at all: 200 logs in one repository, each with the commit that last changed it', () => {
    const many = temporaryDirectory('worklog-provenance-many-');
    mkdirSync(join(many, 'logs'));
    for (let batch = 0; batch < 10; batch += 1) {
      for (let day = 0; day < 20; day += 1) {
        const name = `logs/2023-${String(batch + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}.md`;
        writeFileSync(join(many, name), `# 2023-${String(batch + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}\n\n- [ ] 事项 ${batch}\n`);
      }
      if (batch === 0) git(many, 'init', '-q');
      git(many, 'add', '-A');
      git(many, 'commit', '-qm', `batch ${batch}`);
    }
    // Any git the run starts would find this one first on the PATH, and leave a line behind.
    const fakeBin = join(many, 'fake-bin');
    const calls = join(many, 'git-calls');
    mkdirSync(fakeBin);
    writeFileSync(join(fakeBin, 'git'), `#!/bin/sh\necho "$@" >> '${calls}'\nexit 1\n`, { mode: 0o755 });
    const env = { PATH: `${fakeBin}:${process.env.PATH ?? ''}`, WORKLOG_TODAY: '2023-11-20' };
    expect(spawnSync('sh', ['-c', 'git --version'], { env }).status).toBe(1);
    expect(existsSync(calls)).toBe(true);
    rmSync(calls);

    const child = spawnSync(process.execPath, [join(root, 'bin/worklog.js'), 'status', '--format', 'json', 'logs'], { cwd: many, env, encoding: 'utf8' });
    expect(child.status).toBe(0);
    expect(existsSync(calls)).toBe(false);
    const files = JSON.parse(child.stdout).provenance.files as { file: string; commit: string }[];
    expect(files).toHaveLength(200);
    const expected = files.map((file) => git(many, 'log', '-1', '--format=%h', '--', file.file));
    expect(files.map((file) => file.commit)).toEqual(expected);
    expect(new Set(expected).size).toBe(10);
  }, 60_000);
});
