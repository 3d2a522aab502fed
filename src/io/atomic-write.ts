/** Writing a file so that a reader sees the old contents or the new, never part of them. */

import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { chunksOf } from './chunks.js';

// Each write of this process gets its own temporary name, as do other processes by their pid.
let temporaries = 0;

// Small pieces are gathered up to this many characters before they are written.
const gatherChars = 1 << 20;

/** Writes all of `text` at the file's end, as UTF-8; the number of bytes written. */
function writeAll(descriptor: number, text: string): number {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length;) done += writeSync(descriptor, bytes, done);
  return bytes.length;
}

/**
 * Writes `text` under `<path>.<pid>.<n>.tmp`, then renames it to `path`; the temporary is removed if either fails.
 * Text given in pieces (`jsonPieces`) is written as it comes, so that a big file is never one string. Returns the
 * number of bytes written.
 */
export function writeFileAtomically(path: string, text: string | Iterable<string>): number {
  const temporary = `${path}.${process.pid}.${temporaries++}.tmp`;
  try {
    const descriptor = openSync(temporary, 'w');
    let written = 0;
    try {
      for (const chunk of chunksOf(typeof text === 'string' ? [text] : text, gatherChars)) written += writeAll(descriptor, chunk);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, path);
    return written;
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
