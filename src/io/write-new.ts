/** Creates a file atomically, never over an existing one unless asked: written beside it, then linked (or renamed) into place. */

import * as fs from 'node:fs/promises';
import { WorklogError } from '../errors.js';

/** The file operations a write uses, so that a test can make one of them fail. */
export type FileOperations = Pick<typeof fs, 'writeFile' | 'link' | 'rename' | 'unlink'>;

export interface WriteOptions {
  /** Replace a file already there (`--force`); the old one stays whole until the new one is complete. */
  replace?: boolean;
  /** The new file's permissions, e.g. those of the file it replaces. */
  mode?: number;
  files?: FileOperations;
}

export async function writeNewFile(path: string, text: string, shown: string = path, options: WriteOptions = {}): Promise<void> {
  const files = options.files ?? fs;
  // In the same directory, so that the last step is a rename or link within one file system.
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await files.writeFile(temporary, text, { flag: 'wx', ...(options.mode === undefined ? {} : { mode: options.mode }) });
    // link() fails when the target exists, so a file that appeared meanwhile is never replaced.
    await (options.replace ? files.rename(temporary, path) : files.link(temporary, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WorklogError(`${shown}: already exists; worklog never overwrites it`);
    throw new WorklogError(`${shown}: cannot write (${code ?? String(error)})`);
  } finally {
    await files.unlink(temporary).catch(() => undefined);
  }
}
