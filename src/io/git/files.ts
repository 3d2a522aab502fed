/** Reads files inside a repository as data only: regular files alone, opened without waiting, never more than a bound. */

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** A file open for reading, with its size when it was opened. */
export interface OpenFile {
  fd: number;
  size: number;
}

/** An open regular file, or null for anything else (missing, a FIFO, a device, a directory). */
export function openRegularFile(path: string): OpenFile | null {
  let fd: number;
  try {
    // Without O_NONBLOCK a FIFO planted where a ref or an object should be would block the run.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  const info = (() => {
    try {
      return fstatSync(fd);
    } catch {
      return null;
    }
  })();
  if (!info?.isFile()) {
    closeSync(fd);
    return null;
  }
  return { fd, size: info.size };
}

/** `length` bytes from `position`, fewer at the end of the file: a length read from a damaged file never allocates more than is there. */
export function readAt({ fd, size }: OpenFile, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
  let filled = 0;
  while (filled < buffer.length) {
    const read = readSync(fd, buffer, filled, buffer.length - filled, position + filled);
    if (read === 0) break;
    filled += read;
  }
  return buffer.subarray(0, filled);
}

/** A whole small file (a ref, HEAD, `.git`), or null when it is missing, not a regular file or larger than `limit` bytes. */
export function readSmallFile(path: string, limit: number): Buffer | null {
  const file = openRegularFile(path);
  if (!file) return null;
  try {
    return file.size > limit ? null : readAt(file, 0, file.size);
  } finally {
    closeSync(file.fd);
  }
}
