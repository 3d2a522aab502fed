/** Reads files inside a repository as data only: regular files alone, opened without waiting, never more than a bound. */

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** An open regular file, or null for anything else (missing, a FIFO, a device, a directory). */
export function openRegularFile(path: string): { fd: number; size: number } | null {
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

/** `length` bytes from `position`, fewer at the end of the file. */
export function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const read = readSync(fd, buffer, filled, length - filled, position + filled);
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
    return file.size > limit ? null : readAt(file.fd, 0, file.size);
  } finally {
    closeSync(file.fd);
  }
}
