/** Creates a file atomically and never over an existing one: written beside it, then linked into place. */

import { link, unlink, writeFile } from 'node:fs/promises';
import { WorklogError } from '../errors.js';

export async function writeNewFile(path: string, text: string, shown: string = path): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    // link() fails when the target exists, so a file that appeared meanwhile is never replaced.
    await link(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WorklogError(`${shown}: already exists; worklog never overwrites it`);
    throw new WorklogError(`${shown}: cannot write (${code ?? String(error)})`);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
