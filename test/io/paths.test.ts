import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayName, expandPaths, type LogEntry } from '../../src/io/paths.js';
import { temporaryDirectory } from '../helpers.js';

let dir = '';

beforeAll(() => {
  dir = temporaryDirectory('worklog-paths-');
  mkdirSync(join(dir, 'logs/2023'), { recursive: true });
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'logs/2023-11-13.md'), '# 2023-11-13\n');
  writeFileSync(join(dir, 'logs/2023-11-12.md'), '# 2023-11-12\n');
  writeFileSync(join(dir, 'logs/readme.txt'), 'not a log\n');
  writeFileSync(join(dir, 'logs/2023/2023-10-01.md'), '# 2023-10-01\n');
  writeFileSync(join(dir, 'empty/notes.txt'), '');
});

/** The names findings give the entries. */
const files = async (paths: string[]) => (await expandPaths(paths, dir)).map((entry: LogEntry) => entry.file);

describe('expandPaths', () => {
  it('takes a file as given, to be read from its absolute path', async () => {
    expect(await expandPaths(['logs/readme.txt'], dir)).toEqual([{ file: 'logs/readme.txt', path: join(dir, 'logs/readme.txt') }]);
  });

  it("takes a directory's markdown files and those of the directories in it, sorted", async () => {
    expect(await files(['logs'])).toEqual(['logs/2023-11-12.md', 'logs/2023-11-13.md', 'logs/2023/2023-10-01.md']);
  });

  it('expands globs, recursive ones too', async () => {
    expect(await files(['logs/**/*.md'])).toEqual(['logs/2023-11-12.md', 'logs/2023-11-13.md', 'logs/2023/2023-10-01.md']);
  });

  it('lists each file once', async () => {
    expect(await files(['logs/2023-11-12.md', 'logs'])).toEqual(['logs/2023-11-12.md', 'logs/2023-11-13.md', 'logs/2023/2023-10-01.md']);
  });

  it('reads `-` from standard input, under the name it is given', async () => {
    expect(await expandPaths(['-', 'logs/2023-11-12.md', '-'], dir)).toEqual([
      { file: '-', path: null },
      { file: 'logs/2023-11-12.md', path: join(dir, 'logs/2023-11-12.md') },
    ]);
    expect(await expandPaths(['-'], dir, { stdinName: 'piped.md' })).toEqual([{ file: 'piped.md', path: null }]);
  });

  it("lists every markdown entry of a directory, whatever it is, for reading to say what is wrong with it", async () => {
    const odd = temporaryDirectory('worklog-paths-odd-');
    writeFileSync(join(odd, '2023-11-12.md'), '# 2023-11-12\n');
    symlinkSync('missing.md', join(odd, 'dangling.md'));
    symlinkSync('loop.md', join(odd, 'loop.md'));
    mkdirSync(join(odd, 'x.md'));
    execFileSync('mkfifo', [join(odd, 'fifo.md')]);
    expect((await expandPaths([odd], '/')).map((entry) => entry.file.slice(odd.length + 1)))
      .toEqual(['2023-11-12.md', 'dangling.md', 'fifo.md', 'loop.md', 'x.md']);
  });

  it('takes a dangling link named on the command line as a file to report, not as a missing path', async () => {
    const odd = temporaryDirectory('worklog-paths-link-');
    symlinkSync('missing.md', join(odd, 'dangling.md'));
    expect(await expandPaths(['dangling.md'], odd)).toEqual([{ file: 'dangling.md', path: join(odd, 'dangling.md') }]);
  });

  it('lists a name that is not UTF-8 with its other bytes written <E9>, and opens it by its bytes', async () => {
    const odd = temporaryDirectory('worklog-paths-name-');
    const name = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64]);
    writeFileSync(Buffer.concat([Buffer.from(`${odd}/`), name]), '# 2023-11-12\n');
    writeFileSync(join(odd, '咖啡.md'), '# 2023-11-13\n');
    const entries = await expandPaths(['.'], odd);
    expect(entries.map((entry) => entry.file)).toEqual(['caf<E9>.md', '咖啡.md']);
    expect(entries[0]?.path).toEqual(Buffer.concat([Buffer.from(`${odd}/`), name]));
    const matched = await expandPaths(['*.md'], odd);
    expect(matched.map((entry) => entry.file)).toEqual(['caf<E9>.md', '咖啡.md']);
    expect(matched[0]?.path).toEqual(Buffer.concat([Buffer.from(`${odd}/`), name]));
    // Named on the command line, the name reaches worklog with U+FFFD for its stray byte.
    expect(await expandPaths(['caf\uFFFD.md'], odd)).toEqual([{ file: 'caf<E9>.md', path: Buffer.concat([Buffer.from(`${odd}/`), name]) }]);
  });

  it('reads a folder whose name is not UTF-8 by its bytes, and does not follow a link to a folder', async () => {
    const odd = temporaryDirectory('worklog-paths-nested-');
    const folder = Buffer.concat([Buffer.from(`${odd}/`), Buffer.from([0x6c, 0x6f, 0x67, 0xe9])]);
    mkdirSync(folder);
    writeFileSync(Buffer.concat([folder, Buffer.from('/2023-11-12.md')]), '# 2023-11-12\n');
    symlinkSync(odd, join(odd, 'loop'));
    const entries = await expandPaths(['.'], odd);
    expect(entries).toEqual([{ file: 'log<E9>/2023-11-12.md', path: Buffer.concat([folder, Buffer.from('/2023-11-12.md')]) }]);
  });

  it('writes each byte that is not UTF-8 as <FF> and keeps the rest', () => {
    expect(displayName(Buffer.from([0xe5, 0x92, 0x96, 0xff, 0xfe, 0x2e, 0x6d, 0x64]))).toBe('咖<FF><FE>.md');
    expect(displayName(Buffer.from('日志.md'))).toBe('日志.md');
  });

  it.each([
    [['missing.md'], 'missing.md: no such file or directory'],
    [['empty'], "empty: no markdown logs (*.md, *.markdown) in this directory or the ones in it; for other files pass a quoted glob, e.g. 'empty/**/*.txt'"],
    [['nothing/*.md'], 'nothing/*.md: no files match this pattern'],
  ])('refuses %j', async (paths, message) => {
    await expect(expandPaths(paths, dir)).rejects.toThrow(message);
  });
});
