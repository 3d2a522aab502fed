import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitsOf } from '../../src/io/git.js';
import { lastCommits } from '../../src/io/git/history.js';
import { openObjectStore } from '../../src/io/git/objects.js';
import { findRepository, headCommit } from '../../src/io/git/repository.js';
import { git } from '../git.js';
import { temporaryDirectory } from '../helpers.js';

/** A log long enough for git to store its versions as deltas of each other. */
const logText = (name: string, version: number) =>
  `# ${name}\n\n${Array.from({ length: 120 }, (_, line) => `- [${line < version ? 'x' : ' '}] ${name} 事项 ${line}`).join('\n')}\n`;

function write(dir: string, file: string, text: string): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const files = ['logs/a.md', 'logs/b.md', 'logs/c.md', 'logs/d.md', 'logs/2023/e.md', 'notes.md'];

/** A history with branches, merges (one that changes a file itself), a file removed and added back, and untouched files. */
function buildHistory(dir: string): void {
  git(dir, 'init', '-q');
  for (const file of files.slice(0, 4)) write(dir, file, logText(file, 0));
  write(dir, 'notes.md', 'notes\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'start');
  write(dir, 'logs/a.md', logText('a', 1));
  git(dir, 'commit', '-qam', 'a 1');
  git(dir, 'checkout', '-qb', 'side');
  write(dir, 'logs/b.md', logText('b', 2));
  write(dir, 'logs/2023/e.md', logText('e', 0));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'side: b, e');
  write(dir, 'logs/c.md', logText('c', 3));
  git(dir, 'commit', '-qam', 'side: c');
  git(dir, 'checkout', '-q', 'main');
  write(dir, 'logs/a.md', logText('a', 2));
  write(dir, 'logs/c.md', logText('c', 4));
  git(dir, 'commit', '-qam', 'main: a, c');
  // c differs on both sides: the merge resolves it to a third version, so the merge itself changed c.
  try {
    git(dir, 'merge', '-q', '--no-edit', 'side');
  } catch {
    write(dir, 'logs/c.md', logText('c', 5));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'merge side');
  }
  git(dir, 'rm', '-q', 'logs/d.md');
  git(dir, 'commit', '-qm', 'drop d');
  write(dir, 'logs/d.md', logText('logs/d.md', 0));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'd again');
  write(dir, 'logs/b.md', logText('b', 7));
  git(dir, 'commit', '-qam', 'b 7');
}

/** What `git log -1 -- FILE` names for each file. */
const gitLast = (dir: string) => new Map(files.map((file) => [file, git(dir, 'log', '-1', '--format=%H', '--', file)]));

function ourLast(dir: string): Map<string, string | null> {
  const repository = findRepository(dir);
  if (!repository) throw new Error('no repository');
  const store = openObjectStore(join(repository.commondir, 'objects'));
  try {
    const found = lastCommits(store, headCommit(repository) ?? '', files);
    return new Map(files.map((file) => [file, found.get(file)?.commit ?? null]));
  } finally {
    store.close();
  }
}

describe('the commit that last changed each file, read from the object store', () => {
  const dir = temporaryDirectory('worklog-git-');

  beforeAll(() => buildHistory(dir));

  it('agrees with git log from loose objects', () => {
    expect(ourLast(dir)).toEqual(gitLast(dir));
  });

  it('agrees with git log from a pack of deltas', () => {
    git(dir, 'repack', '-adq', '--depth=50', '--window=50');
    const deltas = git(dir, 'verify-pack', '-v', ...execFileSync('sh', ['-c', 'ls .git/objects/pack/*.idx'], { cwd: dir, encoding: 'utf8' }).trim().split('\n'))
      .split('\n').filter((line) => /^[0-9a-f]{40} (blob|tree) .* [0-9a-f]{40}$/.test(line));
    // The test means something only if some objects are deltas.
    expect(deltas.length).toBeGreaterThan(0);
    expect(ourLast(dir)).toEqual(gitLast(dir));
  });

  it('names the abbreviated commit, + for a file changed since, and nothing for an untracked one', () => {
    const short = (file: string) => git(dir, 'log', '-1', '--format=%h', '--', file);
    const read = (file: string) => ({ path: join(dir, file), text: readFileSync(join(dir, file), 'utf8') });
    const changed = { path: join(dir, 'logs/a.md'), text: `${readFileSync(join(dir, 'logs/a.md'), 'utf8')}- [ ] 新的\n` };
    const crlf = { path: join(dir, 'notes.md'), text: 'notes\r\n' };
    write(dir, 'logs/untracked.md', '# new\n');
    expect(commitsOf([read('logs/b.md'), changed, crlf, read('logs/untracked.md')], dir, 'working-directory'))
      .toEqual([short('logs/b.md'), `${short('logs/a.md')}+`, short('notes.md'), null]);
  });

  it("reads a linked work tree's HEAD, with the objects of its main repository", () => {
    const linked = join(temporaryDirectory('worklog-git-linked-'), 'wt');
    git(dir, 'worktree', 'add', '-q', linked, '-b', 'linked');
    write(linked, 'logs/a.md', logText('a', 9));
    git(linked, 'commit', '-qam', 'a 9 in the linked tree');
    const query = { path: join(linked, 'logs/a.md'), text: readFileSync(join(linked, 'logs/a.md'), 'utf8') };
    expect(commitsOf([query], join(linked, 'logs'), 'working-directory')).toEqual([git(linked, 'log', '-1', '--format=%h', '--', 'logs/a.md')]);
  });

  it("names commits only in the working directory's repository unless asked for any", () => {
    const elsewhere = temporaryDirectory('worklog-git-elsewhere-');
    const query = { path: join(dir, 'logs/b.md'), text: readFileSync(join(dir, 'logs/b.md'), 'utf8') };
    expect(commitsOf([query], elsewhere, 'working-directory')).toEqual([null]);
    expect(commitsOf([query], elsewhere, 'any')).toEqual([git(dir, 'log', '-1', '--format=%h', '--', 'logs/b.md')]);
  });

  it('never takes a folder laid out as a bare repository for one', () => {
    const bare = join(temporaryDirectory('worklog-git-bare-'), 'logs');
    git(join(bare, '..'), 'init', '-q', '--bare', 'logs');
    writeFileSync(join(bare, '2023-11-20.md'), '# 2023-11-20\n');
    expect(findRepository(bare)).toBeNull();
    expect(commitsOf([{ path: join(bare, '2023-11-20.md'), text: '# 2023-11-20\n' }], bare, 'any')).toEqual([null]);
  });

  it('gives up, quickly and without a commit, on a store that lies: forged ids in a circle, a FIFO and a device for objects', () => {
    const forged = temporaryDirectory('worklog-git-forged-');
    git(forged, 'init', '-q');
    write(forged, 'logs/a.md', '# a\n');
    git(forged, 'add', '-A');
    git(forged, 'commit', '-qm', 'a');
    const tree = git(forged, 'rev-parse', 'HEAD^{tree}');
    // Two commits stored under ids that are not their hashes, each naming the other as its parent.
    const [first, second] = ['1'.repeat(40), '2'.repeat(40)];
    const store = (id: string, parent: string) => {
      const body = `tree ${tree}\nparent ${parent}\nauthor T <t@e> 0 +0000\ncommitter T <t@e> 0 +0000\n\ncircle\n`;
      mkdirSync(join(forged, '.git/objects', id.slice(0, 2)), { recursive: true });
      writeFileSync(join(forged, '.git/objects', id.slice(0, 2), id.slice(2)), deflateSync(`commit ${body.length}\0${body}`));
    };
    store(first, second);
    store(second, first);
    writeFileSync(join(forged, '.git/refs/heads/main'), `${first}\n`);
    const query = { path: join(forged, 'logs/a.md'), text: '# a\n' };
    expect(commitsOf([query], forged, 'working-directory')).toEqual([null]);
    // A FIFO where the commit should be is never opened; a link to a device is never read.
    rmSync(join(forged, '.git/objects', first.slice(0, 2), first.slice(2)));
    execFileSync('mkfifo', [join(forged, '.git/objects', first.slice(0, 2), first.slice(2))]);
    expect(commitsOf([query], forged, 'working-directory')).toEqual([null]);
    rmSync(join(forged, '.git/HEAD'));
    symlinkSync('/dev/zero', join(forged, '.git/HEAD'));
    expect(findRepository(forged)).toBeNull();
  });
});
