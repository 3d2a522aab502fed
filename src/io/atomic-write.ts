/** Writing a file so that a reader sees the old contents or the new, never part of them. */

import { renameSync, rmSync, writeFileSync } from 'node:fs';

// Each write of this process gets its own temporary name, as do other processes by their pid.
let temporaries = 0;

/** Writes `text` under `<path>.<pid>.<n>.tmp`, then renames it to `path`; the temporary is removed if the rename fails. */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.${temporaries++}.tmp`;
  writeFileSync(temporary, text);
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
