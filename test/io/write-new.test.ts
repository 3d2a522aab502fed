import * as fs from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorklogError } from '../../src/errors.js';
import { writeNewFile, type FileOperations } from '../../src/io/write-new.js';
import { temporaryDirectory } from '../helpers.js';

/** Writes half the text, then fails as a full disk does. */
const diskFull: FileOperations = {
  ...fs,
  writeFile: async (path, text, options) => {
    await fs.writeFile(path, String(text).slice(0, 10), options);
    throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
  },
};

const renameFails: FileOperations = { ...fs, rename: async () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })) };

describe('writing a file atomically', () => {
  it('leaves no file, whole or partial, when the write fails', async () => {
    const dir = temporaryDirectory('worklog-write-');
    const path = join(dir, '2024-04-09.md');
    const failing = writeNewFile(path, '# 2024-04-09\n- [ ] one\n', '2024-04-09.md', { files: diskFull });
    await expect(failing).rejects.toThrow(new WorklogError('2024-04-09.md: cannot write (ENOSPC)'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves the old file whole when replacing it fails', async () => {
    const dir = temporaryDirectory('worklog-write-');
    const path = join(dir, '2024-04-09.md');
    writeFileSync(path, 'old\n');
    await expect(writeNewFile(path, 'new\n', '2024-04-09.md', { replace: true, files: renameFails })).rejects.toThrow('cannot write (EBUSY)');
    expect(readdirSync(dir)).toEqual(['2024-04-09.md']);
    expect(readFileSync(path, 'utf8')).toBe('old\n');
  });

  it('replaces only when asked', async () => {
    const dir = temporaryDirectory('worklog-write-');
    const path = join(dir, 'log.md');
    writeFileSync(path, 'old\n');
    await expect(writeNewFile(path, 'new\n', 'log.md')).rejects.toThrow('log.md: already exists; worklog never overwrites it');
    await writeNewFile(path, 'new\n', 'log.md', { replace: true });
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false);
  });
});
