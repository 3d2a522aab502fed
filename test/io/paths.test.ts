import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../src/io/paths.js';
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

describe('expandPaths', () => {
  it('takes a file as given', async () => {
    expect(await expandPaths(['logs/readme.txt'], dir)).toEqual(['logs/readme.txt']);
  });

  it("takes a directory's markdown files, sorted, not recursing", async () => {
    expect(await expandPaths(['logs'], dir)).toEqual(['logs/2023-11-12.md', 'logs/2023-11-13.md']);
  });

  it('expands globs, recursive ones too', async () => {
    expect(await expandPaths(['logs/**/*.md'], dir)).toEqual(['logs/2023-11-12.md', 'logs/2023-11-13.md', 'logs/2023/2023-10-01.md']);
  });

  it('lists each file once', async () => {
    expect(await expandPaths(['logs/2023-11-12.md', 'logs'], dir)).toEqual(['logs/2023-11-12.md', 'logs/2023-11-13.md']);
  });

  it.each([
    [['missing.md'], 'missing.md: no such file or directory'],
    [['empty'], 'empty: no markdown logs (*.md) in this directory'],
    [['nothing/*.md'], 'nothing/*.md: no files match this pattern'],
  ])('refuses %j', async (paths, message) => {
    await expect(expandPaths(paths, dir)).rejects.toThrow(message);
  });
});
